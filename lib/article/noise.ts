/**
 * Blocks inside the article root that are not article text: ads, image captions, share bars,
 * related-link lists, "scan the QR code" prompts and blocks that are a single link to another
 * site. Returned as a list for the text collector to skip; the page itself is not touched.
 */
import { hostOf } from './profiles';

/** ad-, -ad, _ad_, ads, adv, advert, gg- (广告), and Google's adsbygoogle slots. */
const AD_NAME = /(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|gg|guanggao)(?:[\s_-]|\d|$)|adsbygoogle|google_ads/i;
/** Captions named as such; bylines in the text (（记者 X 摄）) stay. */
const CAPTION_NAME = /caption|pic-?(?:txt|text|desc|note|info|title)|img-?(?:txt|text|desc|note|info|title)|photo-?(?:txt|desc|note)/i;
const WIDGET_NAME = /(?:^|[\s_-])(?:share|bdshare|bdsharebuttonbox|related|relate|recommend|xgxw|xgwz)(?:[\s_-]|$)/i;
const QR_PROMPT = /长按(?:识别|扫描|二维码)|扫码关注|识别二维码|扫描二维码|長按(?:識別|掃描)|掃碼關注|識別二維碼/;
const PROMPT_MAX = 40;

const nameOf = (el: Element): string => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

/** A block whose only text is one link to another host. */
function isOffsiteLinkBlock(el: Element, pageHost: string): boolean {
  const links = el.getElementsByTagName('a');
  if (links.length !== 1) return false;
  const host = hostOf(links[0].getAttribute('href') ?? '');
  if (!host || host === pageHost) return false;
  const all = (el.textContent ?? '').replace(/\s+/g, '');
  const linked = (links[0].textContent ?? '').replace(/\s+/g, '');
  return linked.length > 0 && all === linked;
}

/** Prompts and single-link blocks are small: a block with more children than this is neither, and its text is not read. */
const SMALL_BLOCK_CHILDREN = 3;

export function noiseBlocks(root: Element, url: string): Element[] {
  const pageHost = hostOf(url);
  const out: Element[] = [];
  // Iterative, and text read only for small blocks: a long article's root has thousands of children.
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const c = stack.pop()!;
    const tag = c.tagName.toUpperCase();
    const name = nameOf(c);
    const small = c.childElementCount <= SMALL_BLOCK_CHILDREN;
    const text = small ? (c.textContent ?? '').trim() : '';
    const noise =
      (tag === 'INS' && /adsbygoogle/.test(name)) ||
      AD_NAME.test(name) ||
      tag === 'FIGCAPTION' ||
      CAPTION_NAME.test(name) ||
      WIDGET_NAME.test(name) ||
      (small && text.length <= PROMPT_MAX && QR_PROMPT.test(text)) ||
      (small && tag !== 'A' && isOffsiteLinkBlock(c, pageHost));
    if (noise) out.push(c);
    else for (let k = c.lastElementChild; k; k = k.previousElementSibling) stack.push(k);
  }
  return out;
}
