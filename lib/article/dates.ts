/**
 * Publication dates in the forms Chinese news pages print them, normalised to
 * `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`. Partial forms (`1月6日`, `01-06 08:12`) and relative
 * ones (`昨(5)日`, `昨日`) need a reference date: the page date when one is known.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９：]/g, (c) => (c === '：' ? ':' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

function valid(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function format(y: number, m: number, d: number, hh?: string, mm?: string): string {
  const day = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || mm === undefined) return day;
  const h = Number(hh);
  const mi = Number(mm);
  return h <= 23 && mi <= 59 ? `${day} ${pad(h)}:${pad(mi)}` : day;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parseRef(ref: string | null | undefined): Ymd | null {
  const m = ref ? /^(\d{4})-(\d{2})-(\d{2})/.exec(ref) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function shiftDays(r: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(r.y, r.m - 1, r.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const TIME = '(?:\\s*(\\d{1,2})\\s*[:时時]\\s*(\\d{1,2}))?';
const FULL = new RegExp(`(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*[日号號]?${TIME}`);
/** 昨(5)日 / 今（6）日 / 前(4)日: the day of month is given, the month is the reference's. */
const RELATIVE_DAY = /([昨今前])[天日]?\s*[(（]\s*(\d{1,2})\s*[)）]\s*日/;
const RELATIVE = /([昨今前])(?:天|日)/;
const MONTH_DAY = new RegExp(`(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]${TIME}`);
const DASH_MONTH_DAY = /(?<![\d-])(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})/;

/** The first date in `raw`, normalised; `ref` (YYYY-MM-DD…) completes partial and relative dates. */
export function normalizeDate(raw: string, ref?: string | null): string | null {
  const s = toHalfWidthDigits(raw);
  const full = FULL.exec(s);
  if (full) {
    const [y, m, d] = [Number(full[1]), Number(full[2]), Number(full[3])];
    if (valid(y, m, d)) return format(y, m, d, full[4], full[5]);
  }
  const r = parseRef(ref);
  if (!r) return null;
  const back = { 今: 0, 昨: 1, 前: 2 } as const;
  const rel = RELATIVE_DAY.exec(s);
  if (rel) {
    // The stated day, in the reference month or, if that would be after the reference, the month before.
    const day = Number(rel[2]);
    const guess = shiftDays(r, -back[rel[1] as keyof typeof back]);
    if (guess.d === day) return format(guess.y, guess.m, guess.d);
    let { y, m } = r;
    if (day > r.d) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
    return valid(y, m, day) ? format(y, m, day) : null;
  }
  const md = MONTH_DAY.exec(s) ?? DASH_MONTH_DAY.exec(s);
  if (md) {
    const [m, d] = [Number(md[1]), Number(md[2])];
    // A month after the reference month belongs to the year before (a January page about December).
    const y = m > r.m + 1 ? r.y - 1 : r.y;
    if (valid(y, m, d)) return format(y, m, d, md[3], md[4]);
  }
  const rel2 = RELATIVE.exec(s);
  if (rel2) {
    const t = shiftDays(r, -back[rel2[1] as keyof typeof back]);
    return format(t.y, t.m, t.d);
  }
  return null;
}

const ISO_WITH_ZONE = /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})\s*$/i;

/**
 * A machine date (meta tags, JSON-LD): ISO 8601 with a zone is read in Beijing time, so
 * 2022-06-18T20:00:00Z is 2022-06-19 04:00 as the paper printed it; other forms as normalizeDate.
 */
export function machineDate(value: string): string | null {
  const m = ISO_WITH_ZONE.exec(value);
  if (!m) return normalizeDate(value);
  const zone = m[6].toUpperCase() === 'Z' ? 0 : (m[6][0] === '-' ? -1 : 1) * (Number(m[6].slice(1, 3)) * 60 + Number(m[6].slice(-2)));
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])) - zone * 60_000;
  const t = new Date(utc + 8 * 3600_000).toISOString();
  return valid(Number(t.slice(0, 4)), Number(t.slice(5, 7)), Number(t.slice(8, 10))) ? `${t.slice(0, 10)} ${t.slice(11, 16)}` : null;
}

/** Date in an article URL: /2022/01/06/, /2022-01-06/, /202201/06/, /t20220106_123.html. */
export function urlDate(url: string): string | null {
  const path = url.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, '');
  const forms = [
    /\/((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?=[/_.]|$)/,
    /\/((?:19|20)\d{2})(\d{2})\/(\d{1,2})(?=\/)/,
    /[/t_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[_/.-]|$)/,
  ];
  for (const re of forms) {
    const m = re.exec(path);
    if (m && valid(Number(m[1]), Number(m[2]), Number(m[3]))) return format(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return null;
}

const LABEL = /(?:发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表时间|發表時間|发表于|發表於|更新时间|更新時間|时间|時間|日期)\s*[:：]?\s*/g;

/** A date that follows a label (发布时间：…); null when no label is followed by a date. */
export function labelledDate(text: string, ref?: string | null): string | null {
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const d = normalizeDate(after, ref);
    if (d && /^\s*[\d０-９昨今前]/.test(after)) return d;
  }
  return null;
}

/** `date:` in a Jekyll/Hugo front matter block left in the text by a broken mirror. */
export function frontMatterField(text: string, field: string): string | null {
  const fm = /(?:^|\n)\s*---\s*\n([\s\S]{0,2000}?)\n\s*---\s*(?:\n|$)/.exec(text);
  if (!fm) return null;
  const line = new RegExp(`(?:^|\\n)\\s*${field}:\\s*(.+)`).exec(fm[1]);
  return line ? line[1].trim().replace(/^["']|["']$/g, '') : null;
}
