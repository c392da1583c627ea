/**
 * Is this page an article? Runs on every matched page, so it stays small: site profiles
 * (data), a few cheap DOM scans and character counts. No word lists, no converters.
 */
import { bodyCandidates, MIN_BODY_CJK, MIN_SHORT_BODY_CJK, pickBody, proseOf, type BodyCandidate } from './body';
import { CMS_BODY_SELECTORS, pathOf, profileForUrl, SITE_PROFILES, type SiteProfile } from './profiles';
import { hasByline, hasDateLine } from './signals';

export interface Detection {
  isArticle: boolean;
  reason: string;
  profile?: string;
  /** What decided: the page's text ('content'); a profile only ever refines where to look. */
  decidedBy: 'content';
  /** Whether the URL has the shape the site profile expects of articles (undefined: no shape known). */
  urlAgrees?: boolean;
  /** 0…1; ≥ 0.5 exactly when isArticle. */
  score: number;
  /** The article's body element (articles only): the extractor starts from it instead of searching again. */
  body?: Element;
}

/** Video pages carry a player and a blurb; a long text next to a player is still an article. */
const MEDIA_PAGE_MAX_PROSE = 400;

export function urlIsProfileArticle(profile: SiteProfile, url: string): boolean | undefined {
  if (!profile.articleUrl) return undefined;
  const full = pathOf(url);
  const path = full.replace(/[?#].*$/, '');
  return profile.articleUrl.test(path) || profile.articleUrl.test(full);
}

/** Text around the body (its parent), where date lines and bylines sit. */
function furniture(c: BodyCandidate): string {
  const around = c.el.parentElement ?? c.el;
  return (around.textContent ?? '').slice(0, 4000);
}

function describe(el: Element): string {
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  return el.tagName.toLowerCase() + (id ? `#${id}` : '') + (cls ? `.${cls.trim().split(/\s+/)[0]}` : '');
}

export function detectArticle(doc: Document, url: string, profiles: readonly SiteProfile[] = SITE_PROFILES): Detection {
  const profile = profileForUrl(url, profiles);
  const pid = profile?.id;
  const urlAgrees = profile ? urlIsProfileArticle(profile, url) : undefined;
  const urlNote = urlAgrees === undefined ? '' : urlAgrees ? `; URL has the ${pid} article shape` : `; URL unlike ${pid} articles (content decides)`;
  const verdict = (isArticle: boolean, reason: string, score: number, el?: Element): Detection => ({
    isArticle,
    reason: reason + urlNote,
    profile: pid,
    decidedBy: 'content',
    ...(urlAgrees === undefined ? {} : { urlAgrees }),
    score,
    ...(el ? { body: el } : {}),
  });
  const cands = bodyCandidates(doc, profile ? [...profile.body, ...CMS_BODY_SELECTORS] : CMS_BODY_SELECTORS);

  let body = pickBody(cands);
  let signals = body ? furniture(body) : '';
  if (!body) {
    // Short news items still count when they look like news: byline or date line, ≥ 2 paragraphs.
    const short = pickBody(cands, MIN_SHORT_BODY_CJK);
    if (short && short.stats.paras >= 2) {
      const around = furniture(short);
      if (hasByline(around) && hasDateLine(around)) {
        body = short;
        signals = around;
      }
    }
  }
  if (!body) {
    let top: BodyCandidate | undefined;
    for (const c of cands) if (!top || proseOf(c) > proseOf(top)) top = c;
    const reason = top ? `no article body: best block ${describe(top.el)} is ${top.flaw}` : 'no article body: no text blocks';
    const score = top ? Math.min(0.49, (0.5 * Math.max(0, proseOf(top))) / MIN_BODY_CJK) : 0;
    return verdict(false, reason, Math.round(score * 100) / 100);
  }

  const prose = proseOf(body);
  if (prose < MEDIA_PAGE_MAX_PROSE && doc.querySelector('video, embed, object, iframe[src*="player"]')) {
    return verdict(false, `media page: a player and ${prose} characters of text`, 0.3);
  }
  const byline = hasByline(signals);
  const dateLine = hasDateLine(signals);
  const score = Math.min(1, 0.5 + 0.3 * Math.min(1, prose / 1000) + (byline ? 0.1 : 0) + (dateLine ? 0.1 : 0));
  const s = body.stats;
  const reason =
    `article body ${describe(body.el)} (${body.via}): ${prose} Chinese characters, ${s.punct} sentence marks, ` +
    `${s.paras} paragraphs, ${Math.round((100 * s.linkCjk) / Math.max(1, s.cjk))}% link text` +
    (byline ? ', byline' : '') +
    (dateLine ? ', date line' : '');
  return verdict(true, reason, Math.round(score * 100) / 100, body.el);
}
