/**
 * The directives, grouped by who issued them (one group per official, one per body), each
 * one click from its place in the page, with its own copy button; a filter box when there
 * are more than FILTER_THRESHOLD.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { contentLang, forceLabel } from '../../components/labels';
import { filterDirectives, FILTER_THRESHOLD } from '../../lib/directive-filter';
import { groupBySpeaker } from '../../lib/export';
import type { TabReport } from '../../lib/report';
import { t } from '../../utils/i18n';

const LONG = 80;
type Directive = TabReport['directives'][number];

function DirectiveItem({ d, lang, onReveal, onCopy }: { d: Directive; lang: string; onReveal: () => void; onCopy: () => void }) {
  const [open, setOpen] = useState(false);
  const long = d.text.length > LONG;
  const label = forceLabel(d.force);
  return (
    <li class="directive">
      <button type="button" class="directive-text" data-testid="directive" data-speaker={d.speaker ?? ''} data-force={d.force} data-index={d.index}
        aria-label={`${label}: ${d.text}`} onClick={onReveal}>
        <span class={`force force-${d.force}`}>{label}</span>{' '}
        <span lang={lang} data-content>{long && !open ? `${d.text.slice(0, LONG)}…` : d.text}</span>
      </button>
      <span class="directive-actions">
        {long && (
          <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('directives.less') : t('directives.more')}
          </button>
        )}
        <button type="button" class="link" data-testid="copy-directive" aria-label={t('directives.copyOne')} title={t('directives.copyOne')} onClick={onCopy}>
          {t('common.copy')}
        </button>
      </span>
    </li>
  );
}

export function DirectiveList(props: {
  report: TabReport;
  onReveal: (index: number) => void;
  onCopy: (text: string) => void;
  children?: ComponentChildren;
}) {
  const { report } = props;
  const [query, setQuery] = useState('');
  if (report.directives.length === 0) return <p class="muted" data-testid="no-directives">{t('directives.none')}</p>;
  const lang = contentLang(report.script?.target);
  const titles = new Map(report.officials.map((o) => [o.name, o.titles]));
  const shown = filterDirectives(report, query);
  const withFilter = report.directives.length > FILTER_THRESHOLD;
  return (
    <div class="directives">
      {props.children}
      {withFilter && (
        <div class="filter">
          <input type="search" data-testid="directive-filter" aria-label={t('directives.filter')} placeholder={t('directives.filterPlaceholder')}
            value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
          <span class="muted small" aria-live="polite" data-testid="filter-count">{t('directives.shown', [shown.length, report.directives.length])}</span>
        </div>
      )}
      {shown.length === 0 && <p class="muted">{t('directives.noMatch')}</p>}
      {groupBySpeaker(shown).map((g) => (
        <section class="speaker-group" data-testid="speaker-group" data-speaker={g.speaker ?? ''} data-body={g.body ?? ''}>
          <h3>
            {g.speaker ? (
              <>
                <span class="mark-official" lang={lang} data-content>{g.speaker}</span>{' '}
                <span class="muted small" lang={lang} data-content>{(titles.get(g.speaker) ?? []).join(t('meta.listSeparator'))}</span>
              </>
            ) : g.body ? (
              <>
                <span lang={lang} data-content>{g.body}</span> <span class="tag small">{t('directives.body')}</span>
              </>
            ) : (
              <span class="muted">{t('directives.unnamed')}</span>
            )}
            <span class="count">{g.items.length}</span>
          </h3>
          <ol>
            {g.items.map((d) => (
              <DirectiveItem d={d} lang={lang} onReveal={() => props.onReveal(d.index)} onCopy={() => props.onCopy(d.text)} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
