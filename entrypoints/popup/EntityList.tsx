import type { RevealKind } from '../../lib/messages';
import type { TabReport } from '../../lib/report';

const onKey = (fn: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    fn();
  }
};

export function EntityList({ report, onReveal }: { report: TabReport; onReveal: (kind: RevealKind, key: string) => void }) {
  return (
    <div class="entities">
      <h3>官员 Officials</h3>
      {report.officials.length === 0 ? (
        <p class="empty">未发现官员。No officials found.</p>
      ) : (
        <ul>
          {report.officials.map((o) => (
            <li data-testid="official" data-name={o.name} tabIndex={0} role="button"
              onClick={() => onReveal('official', o.name)} onKeyDown={onKey(() => onReveal('official', o.name))}>
              <strong>{o.name}</strong> <span class="titles">{o.titles.join('、')}</span> <small>×{o.mentions}</small>
            </li>
          ))}
        </ul>
      )}
      <h3>企业 Enterprises</h3>
      {report.enterprises.length === 0 ? (
        <p class="empty">未发现企业。No enterprises found.</p>
      ) : (
        <ul>
          {report.enterprises.map((e) => (
            <li data-testid="enterprise" data-name={e.name} tabIndex={0} role="button"
              onClick={() => onReveal('enterprise', e.name)} onKeyDown={onKey(() => onReveal('enterprise', e.name))}>
              <strong>{e.name}</strong> {e.aliases.length > 0 && <span class="titles">({e.aliases.join('、')})</span>} <small>×{e.mentions}</small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
