/**
 * A page the browser decoded with the wrong charset (GBK bytes shown as windows-1252, UTF-8
 * bytes read as GBK) holds its exact text in its own bytes: re-read them (same URL, from the
 * cache, as the page's own origin would), decode them by what they are (lib/encoding), and
 * put the right text into the page's text nodes, pairing the two parses node by node. Only
 * where this is impossible (a mirror that stored the damage as text) does the text-level
 * mojibake repair have to guess. Every write goes through the undo log.
 */
import { decodeBytes, encodingOfLabel } from '../../lib/encoding';
import type { UndoLog } from '../../lib/dom';

const SHOW = 0x1 | 0x4; // NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT

/** Signs, on a sample of the page text, that its bytes were read in the wrong charset. */
function looksMisdecoded(doc: Document): boolean {
  const sample = (doc.body?.textContent ?? '').slice(0, 20000);
  let latinPairs = 0;
  let gbkMarks = 0;
  let lost = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    const next = sample.charCodeAt(i + 1);
    if (c >= 0xa1 && c <= 0xff && next >= 0xa1 && next <= 0xff) latinPairs++;
    // UTF-8 ，。、 read as GBK: 锛 紝 銆 (see lib/article/text-stats).
    if (c === 0x951b || c === 0x7d1d || c === 0x9286) gbkMarks++;
    if (c === 0xfffd) lost++;
  }
  return latinPairs >= 20 || gbkMarks >= 3 || lost >= 10;
}

/** The page's own bytes, from the cache where the browser has them. */
async function pageBytes(url: string): Promise<Uint8Array | null> {
  // Firefox: content.fetch runs as the page (the plain fetch of a content script runs as the extension).
  const pageFetch = (globalThis as { content?: { fetch?: typeof fetch } }).content?.fetch ?? fetch;
  try {
    const res = await pageFetch(url, { cache: 'force-cache', credentials: 'include' });
    if (!res.ok) return null;
    return new Uint8Array(await res.arrayBuffer());
  } catch {
    return null;
  }
}

/** ASCII survives every one of these mis-decodings: the right text's ASCII must be found, in order, in the wrong one. */
function asciiAgrees(right: string, wrong: string): boolean {
  let j = 0;
  for (let i = 0; i < right.length; i++) {
    const c = right.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) continue;
    while (j < wrong.length && wrong.charCodeAt(j) !== c) j++;
    if (j++ >= wrong.length) return false;
  }
  return true;
}

/** Pair the live document's text nodes with the fresh parse's, in document order; write the right text where it differs. */
function adoptText(live: Document, fresh: Document, undo: UndoLog): number {
  const a = live.createTreeWalker(live.documentElement, SHOW);
  const b = fresh.createTreeWalker(fresh.documentElement, SHOW);
  let x: Node | null = a.currentNode;
  let y: Node | null = b.currentNode;
  let changed = 0;
  while (x && y) {
    if (x.nodeType === y.nodeType && (x.nodeType === 3 || (x as Element).localName === (y as Element).localName)) {
      if (x.nodeType === 3) {
        const wrong = (x as Text).data;
        const right = (y as Text).data;
        if (wrong !== right && asciiAgrees(right, wrong)) {
          undo.setData(x as Text, right);
          changed++;
        }
      }
      x = a.nextNode();
      y = b.nextNode();
      continue;
    }
    // The live page has something the bytes don't (a script added it): pass over it, a few nodes at most.
    let skipped = 0;
    let probe: Node | null = x;
    while (probe && skipped < 8 && !(probe.nodeType === y.nodeType && (probe.nodeType === 3 || (probe as Element).localName === (y as Element).localName))) {
      probe = a.nextNode();
      skipped++;
    }
    if (!probe || skipped >= 8) break;
    x = probe;
  }
  return changed;
}

/** Charset families: GBK, GB2312 and GB18030 are one; labels the browser reports are normalised. */
function family(label: string): string {
  return encodingOfLabel(label) ?? label.toLowerCase();
}

let cached: { url: string; text: string; encoding: string } | null = null;

/** Re-read a mis-decoded page from its own bytes; returns how many text nodes were corrected. */
export async function repairCharset(doc: Document, undo: UndoLog): Promise<number> {
  if (!looksMisdecoded(doc)) return 0;
  const url = doc.location?.href ?? '';
  if (cached?.url !== url) {
    const bytes = await pageBytes(url);
    if (!bytes) return 0;
    const decoded = decodeBytes(bytes);
    cached = { url, text: decoded.text, encoding: decoded.encoding };
  }
  if (family(cached.encoding) === family(doc.characterSet)) return 0;
  const fresh = new DOMParser().parseFromString(cached.text, 'text/html');
  return adoptText(doc, fresh, undo);
}
