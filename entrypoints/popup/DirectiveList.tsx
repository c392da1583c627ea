import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { groupBySpeaker } from '../../lib/export';
import type { TabReport } from '../../lib/report';

const LONG = 80;

function DirectiveItem({ d, onReveal }: { d: TabReport['directives'][number]; onReveal: () => void }) {
  const [open, setOpen] = useState(false);
  const long = d.text.length > LONG;
  return (
    <li data-testid="directive" data-speaker={d.speaker ?? ''} data-force={d.force} data-index={d.index}
      tabIndex={0} role="button" aria-label={`${d.force}: ${d.text}`}
      onClick={onReveal}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onReveal();
        }
      }}>
      <span class={`force force-${d.force}`}>{d.force === 'require' ? '要求' : '鼓励'}</span>{' '}
      <span class="text">{long && !open ? `${d.text.slice(0, LONG)}…` : d.text}</span>
      {long && (
        <button class="link expander" aria-expanded={open}
          onClick={(e) => {
            e.stopPropagation();
            setOpen(!open);
          }}>
          {open ? '收起' : '展开'}
        </button>
      )}
    </li>
  );
}

export function DirectiveList({ report, onReveal, children }: { report: TabReport; onReveal: (index: number) => void; children?: ComponentChildren }) {
  if (report.directives.length === 0) {
    return <p class="empty" data-testid="no-directives">本文未发现指示。No directives found in this article.</p>;
  }
  const titles = new Map(report.officials.map((o) => [o.name, o.titles]));
  return (
    <div class="directives">
      {children}
      {groupBySpeaker(report.directives).map((g) => (
        <section data-testid="speaker-group" data-speaker={g.speaker ?? ''}>
          <h3>
            {g.speaker ?? g.items[0]?.body ?? '未署名 No named speaker'}{' '}
            {g.speaker && <span class="titles">{(titles.get(g.speaker) ?? []).join('、')}</span>}
          </h3>
          <ol>
            {g.items.map((d) => (
              <DirectiveItem d={d} onReveal={() => onReveal(d.index)} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
