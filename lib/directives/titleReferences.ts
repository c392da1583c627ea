/**
 * Later mentions by surname and title (罗书记, 刘区长, 王副市长): news style names an official in
 * full once, then by surname plus the post. Each such reference resolves to the one official
 * with that surname holding that post; an ambiguous reference (two 王 who are both 书记) is left out.
 */
import type { Official } from '../types';
import { ADDRESS_POSTS, anyOf, COMPOUND_SURNAMES } from '../entities/lexicon';
import { MultiSearch, nonOverlapping } from '../entities/multiSearch';
import { Claimed } from '../entities/text';
import type { Mention } from './issuers';

/** The post at the end of a title that readers use as a form of address. */
const ADDRESS_POST = new RegExp(`副?${anyOf(ADDRESS_POSTS)}$`);
/** Two-character surnames; every other name is taken to have a one-character surname. */
const COMPOUND = new Set(COMPOUND_SURNAMES);

function surnameOf(name: string): string {
  return COMPOUND.has(name.slice(0, 2)) ? name.slice(0, 2) : name.slice(0, 1);
}

/** Posts by which an official may be addressed: 市委书记 → 书记, 区委副书记 → 副书记, 市长 → 市长. */
function postsOf(titles: string[]): string[] {
  const posts = new Set<string>();
  for (const t of titles) {
    const m = ADDRESS_POST.exec(t);
    if (m) posts.add(m[0]);
  }
  return [...posts];
}

/** Surname-and-post references in `text` that do not overlap the mentions already known. */
export function titleReferences(text: string, officials: Official[], known: Mention[]): Mention[] {
  const byForm = new Map<string, Set<string>>();
  for (const o of officials) {
    if (o.name.length < 2) continue;
    for (const post of postsOf(o.titles)) {
      const form = surnameOf(o.name) + post;
      if (!byForm.has(form)) byForm.set(form, new Set());
      byForm.get(form)!.add(o.name);
    }
  }
  const out: Mention[] = [];
  const taken = new Claimed(text.length);
  for (const m of known) taken.claim(m);
  // Every unambiguous form searched in one pass; each form's occurrences left to right.
  const forms = [...byForm].filter(([, names]) => names.size === 1);
  const spans = new MultiSearch(forms.map(([form]) => form)).spansByWord(text);
  forms.forEach(([, names], k) => {
    const name = [...names][0];
    for (const s of nonOverlapping(spans[k])) {
      if (!taken.isFree(s)) continue;
      out.push({ start: s.start, end: s.end, name });
      taken.claim(s);
    }
  });
  return out;
}
