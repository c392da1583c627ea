/** The people tab: officials with their titles and mentions, companies with their short names. */
import { contentLang } from '../../components/labels';
import { SLOT, withSlot } from '../../components/slot';
import type { RevealKind } from '../../lib/messages';
import type { TabReport } from '../../lib/report';
import { t } from '../../utils/i18n';

export function EntityList({ report, onReveal }: { report: TabReport; onReveal: (kind: RevealKind, key: string) => void }) {
  const lang = contentLang(report.script?.target);
  const sep = t('meta.listSeparator');
  return (
    <div class="entities">
      <h3>{t('people.officials')}<span class="count">{report.officials.length}</span></h3>
      {report.officials.length === 0 ? (
        <p class="muted">{t('people.noOfficials')}</p>
      ) : (
        <ul class="entity-list">
          {report.officials.map((o) => (
            <li>
              <button type="button" class="entity" data-testid="official" data-name={o.name} onClick={() => onReveal('official', o.name)}>
                <strong class="mark-official" lang={lang} data-content>{o.name}</strong>
                {o.titles.length > 0 && <span class="muted" lang={lang} data-content>{o.titles.join(sep)}</span>}
                <span class="muted small mentions">{t('people.mentions', o.mentions)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('people.enterprises')}<span class="count">{report.enterprises.length}</span></h3>
      {report.enterprises.length === 0 ? (
        <p class="muted">{t('people.noEnterprises')}</p>
      ) : (
        <ul class="entity-list">
          {report.enterprises.map((e) => (
            <li>
              <button type="button" class="entity" data-testid="enterprise" data-name={e.name} onClick={() => onReveal('enterprise', e.name)}>
                <strong class="mark-enterprise" lang={lang} data-content>{e.name}</strong>
                {e.aliases.length > 0 && (
                  <span class="muted">
                    {withSlot(t('people.shortNames', [SLOT]), <span lang={lang} data-content>{e.aliases.join(sep)}</span>)}
                  </span>
                )}
                <span class="muted small mentions">{t('people.mentions', e.mentions)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
