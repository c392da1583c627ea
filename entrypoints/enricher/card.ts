/**
 * The hover/focus card for a tagged official or enterprise: name, titles found in this
 * article, number of mentions, jump to the next mention, search links (opened only on click).
 * Keyboard: Alt+Shift+N moves to the next tagged mention and opens its card with focus in
 * it; Escape closes it and gives focus back. Everything is built with createElement and
 * textContent inside our own *closed* shadow root: page text never becomes markup, and page
 * scripts cannot reach into the card (to rewrite its search links, say). The host element
 * says only whether the card is open (data-state) and, with focus, that it has focus.
 * Words come from the interface language (t), colours from lib/palette.
 */
import { positionOf, rangeForSpan, type TextMap } from '../../lib/dom';
import { mentionAt, nextMention, searchLinks, type Mention, type SearchSite } from '../../lib/mentions';
import { t, useCatalog } from '../../utils/i18n';
import { loadSettings } from '../../utils/settings-store';
import { CARD_CSS } from './card-style';
import { cardCatalog } from './card-text';


const SEARCH_SITE_KEY = {
  baike: 'card.site.baike',
  wikipedia: 'card.site.wikipedia',
  gsxt: 'card.site.gsxt',
  qcc: 'card.site.qcc',
} as const satisfies Record<SearchSite, string>;

export interface CardSource {
  map: TextMap | null;
  mentions: Mention[];
}

export class EntityCard {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private current: Mention | null = null;
  private returnFocus: Element | null = null;
  private hoverTimer = 0;
  private frame = 0;
  private readonly win: Window;

  constructor(
    private readonly doc: Document,
    private readonly source: () => CardSource,
    private readonly reveal: (m: Mention) => void,
  ) {
    this.win = doc.defaultView!;
    // The reader's interface language, when chosen in the options (else the browser's).
    void loadSettings()
      .then((s) => useCatalog(cardCatalog(s.uiLanguage)))
      .catch(() => undefined);
  }

  attach(): void {
    this.doc.addEventListener('mousemove', this.onMove, { passive: true });
    this.doc.addEventListener('keydown', this.onKey, true);
  }

  detach(): void {
    this.doc.removeEventListener('mousemove', this.onMove);
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.hide();
    this.host?.remove();
    this.host = null;
  }

  /** Open the card for a mention; with focus when reached by keyboard. */
  show(m: Mention, focus: boolean): void {
    const { map } = this.source();
    if (!map) return;
    const range = rangeForSpan(map, m.start, m.end);
    if (!range) return;
    const card = this.ensureCard();
    this.current = m;
    card.replaceChildren(...this.content(m));
    card.setAttribute('aria-label', m.name);
    card.lang = t('meta.lang');
    this.host!.dataset.state = 'open';
    const rect = range.getBoundingClientRect();
    card.style.left = `${Math.max(4, rect.left + this.win.scrollX)}px`;
    card.style.top = `${rect.bottom + this.win.scrollY + 6}px`;
    card.hidden = false;
    if (focus) {
      this.returnFocus ??= this.doc.activeElement;
      card.focus();
    }
  }

  hide(): void {
    if (this.card) this.card.hidden = true;
    if (this.host) this.host.dataset.state = 'closed';
    this.current = null;
    const back = this.returnFocus as HTMLElement | null;
    this.returnFocus = null;
    back?.focus?.();
  }

  private ensureCard(): HTMLElement {
    if (this.card && this.host?.isConnected) return this.card;
    this.host = this.doc.createElement('zhengwen-card');
    this.host.setAttribute('data-zhengwen-ui', '');
    this.host.dataset.state = 'closed';
    // Closed: the page's scripts get null from host.shadowRoot and cannot touch the card.
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    this.card = this.doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'dialog');
    this.card.tabIndex = -1;
    this.card.hidden = true;
    this.card.addEventListener('mouseleave', () => this.scheduleHide());
    this.card.addEventListener('mouseenter', () => this.win.clearTimeout(this.hoverTimer));
    shadow.append(style, this.card);
    this.doc.documentElement.append(this.host);
    return this.card;
  }

  private content(m: Mention): Node[] {
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
      const e = this.doc.createElement(tag);
      if (text !== undefined) e.textContent = text;
      if (cls) e.className = cls;
      return e;
    };
    const head = el('div');
    const name = el('strong', m.name);
    // The name is page text: in the page's language, whatever the card's interface language.
    name.lang = this.doc.documentElement.lang;
    head.append(name, el('span', m.kind === 'official' ? t('card.official') : t('card.enterprise'), `kind ${m.kind}`));
    const nodes: Node[] = [head];
    if (m.details.length) {
      const details = m.details.join(t('meta.listSeparator'));
      nodes.push(el('div', m.kind === 'official' ? details : t('card.shortNames', [details]), 'details'));
    }
    nodes.push(el('div', t('card.mention', [m.nth + 1, m.total]), 'count'));
    const row = el('div', undefined, 'row');
    const next = el('button', t('card.next'));
    next.dataset.action = 'next';
    next.disabled = m.total < 2;
    next.addEventListener('click', () => {
      const n = nextMention(this.source().mentions, m, true);
      if (n) {
        this.reveal(n);
        this.show(n, true);
      }
    });
    const close = el('button', t('card.close'));
    close.addEventListener('click', () => this.hide());
    row.append(next, close);
    for (const link of searchLinks(m)) {
      const a = el('a', t(SEARCH_SITE_KEY[link.site]));
      a.href = link.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      row.append(a);
    }
    nodes.push(row);
    return nodes;
  }

  private scheduleHide(): void {
    this.win.clearTimeout(this.hoverTimer);
    this.hoverTimer = this.win.setTimeout(() => {
      if (!this.returnFocus) this.hide();
    }, 400);
  }

  private onMove = (e: MouseEvent): void => {
    if (this.frame || (this.host && e.composedPath().includes(this.host))) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      const m = this.mentionAtPoint(e.clientX, e.clientY);
      if (m && (m.start !== this.current?.start || this.card?.hidden)) {
        this.win.clearTimeout(this.hoverTimer);
        this.hoverTimer = this.win.setTimeout(() => this.show(m, false), 150);
      } else if (!m && this.current && !this.returnFocus) this.scheduleHide();
    });
  };

  private onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.current) {
      e.stopPropagation();
      this.hide();
    } else if (e.altKey && e.shiftKey && (e.code === 'KeyN' || e.key.toLowerCase() === 'n')) {
      e.preventDefault();
      const m = nextMention(this.source().mentions, this.current);
      if (m) {
        this.reveal(m);
        this.show(m, true);
      }
    }
  };

  private mentionAtPoint(x: number, y: number): Mention | undefined {
    const { map, mentions } = this.source();
    if (!map) return undefined;
    const d = this.doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    const caret = d.caretPositionFromPoint?.(x, y);
    const node = caret ? caret.offsetNode : d.caretRangeFromPoint?.(x, y)?.startContainer;
    const offset = caret ? caret.offset : (d.caretRangeFromPoint?.(x, y)?.startOffset ?? 0);
    if (!node) return undefined;
    const pos = positionOf(map, node, offset);
    return pos < 0 ? undefined : mentionAt(mentions, pos);
  }
}
