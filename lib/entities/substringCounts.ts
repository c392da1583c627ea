/**
 * How often a short string occurs in a text (overlaps counted), for the evidence a name reader
 * weighs (does 王建 recur without 国?). All substrings of one length are counted in one pass,
 * the first time a string of that length is asked for, so asking about every name of a long
 * report costs the text's length per length, not per name.
 */
const MAX_INDEXED = 6;

export class SubstringCounts {
  private readonly byLength = new Map<number, Map<string, number>>();

  /** `opens`: the characters that may open an asked string (a surname's first character): only
   * substrings opening with one are indexed, which keeps the tables a fraction of the text. */
  constructor(
    private readonly text: string,
    private readonly opens: (ch: string) => boolean = () => true,
  ) {}

  count(s: string): number {
    if (!s) return 0;
    if (s.length > MAX_INDEXED || !this.opens(s[0])) {
      let n = 0;
      for (let i = this.text.indexOf(s); i >= 0; i = this.text.indexOf(s, i + 1)) n++;
      return n;
    }
    let counts = this.byLength.get(s.length);
    if (!counts) {
      counts = new Map();
      for (let i = 0; i + s.length <= this.text.length; i++) {
        if (!this.opens(this.text[i])) continue;
        const k = this.text.slice(i, i + s.length);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      this.byLength.set(s.length, counts);
    }
    return counts.get(s) ?? 0;
  }
}

let last: { text: string; counts: SubstringCounts } | null = null;

/** The counts of `text`, kept for the text last asked about (one article at a time). */
export function countsOf(text: string, opens?: (ch: string) => boolean): SubstringCounts {
  if (!last || last.text !== text) last = { text, counts: new SubstringCounts(text, opens) };
  return last.counts;
}
