/**
 * Places of China from the generated division table (assets/entities/place-table.ts): full
 * names at every level (四川省, 绵阳市, 涪城区, 首阳镇) and the short forms news writes for
 * provinces, cities and counties (四川, 绵阳, 涪城). One lookup per position: a Set per length.
 */
import { CITIES, COUNTIES, PROVINCES, SUBDISTRICTS, SUMU, TOWNS, TOWNSHIPS } from '../../assets/entities/place-table';

/** Ethnic groups named in the names of autonomous divisions (大理白族自治州 → 大理). */
const ETHNIC =
  '蒙古|维吾尔|哈萨克|柯尔克孜|塔吉克|乌孜别克|俄罗斯|塔塔尔|达斡尔|鄂温克|鄂伦春|土家|布依|朝鲜|哈尼|傈僳|拉祜|纳西|景颇|仫佬|毛南|仡佬|锡伯|阿昌|普米|德昂|保安|裕固|东乡|撒拉|独龙|赫哲|门巴|珞巴|基诺|高山|回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|布朗|怒|京';
const LEVEL_SUFFIX = new RegExp(`(?:(?:${ETHNIC})族)*(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|县|区|旗|盟)$`);

/** 四川省 → 四川, 大理白族自治州 → 大理, 涪城区 → 涪城; null when too short to stand alone (和县). */
export function shortPlace(full: string): string | null {
  const short = full.replace(LEVEL_SUFFIX, '');
  return short !== full && short.length >= 2 ? short : null;
}

const words = (list: string) => list.split(' ').filter(Boolean);
const MAX = 12;

class LengthIndex {
  private readonly byLength: Set<string>[] = Array.from({ length: MAX + 1 }, () => new Set());
  add(name: string): void {
    if (name.length >= 2 && name.length <= MAX) this.byLength[name.length].add(name);
  }
  has(name: string): boolean {
    return name.length <= MAX && this.byLength[name.length].has(name);
  }
  /** Length of the longest name starting at `at`, or 0. */
  longestAt(text: string, at: number): number {
    for (let len = Math.min(MAX, text.length - at); len >= 2; len--) {
      if (this.byLength[len].has(text.slice(at, at + len))) return len;
    }
    return 0;
  }
}

let index: { full: LengthIndex; short: LengthIndex } | null = null;

function places(): { full: LengthIndex; short: LengthIndex } {
  if (index) return index;
  const full = new LengthIndex();
  const short = new LengthIndex();
  for (const name of [...words(PROVINCES), ...words(CITIES), ...words(COUNTIES)]) {
    full.add(name);
    const s = shortPlace(name);
    if (s) short.add(s);
  }
  const townships: [string, string][] = [[TOWNS, '镇'], [TOWNSHIPS, '乡'], [SUBDISTRICTS, '街道'], [SUMU, '苏木']];
  for (const [list, suffix] of townships) for (const stem of words(list)) full.add(stem + suffix);
  index = { full, short };
  return index;
}

/** Is `name` a division written in full (绵阳市, 首阳镇)? */
export function isFullPlace(name: string): boolean {
  return places().full.has(name);
}

/** Is `name` the short form of a province, city or county (四川, 绵阳, 涪城)? */
export function isShortPlace(name: string): boolean {
  return places().short.has(name);
}

/** Length of the longest division written in full at `at` (寿光市, 首阳镇), or 0. */
export function fullPlaceAt(text: string, at: number): number {
  return places().full.longestAt(text, at);
}

/** Length of the longest short form (寿光, 四川) at `at`, or 0. */
export function shortPlaceAt(text: string, at: number): number {
  return places().short.longestAt(text, at);
}

/** Length of the longest place (full name, or short form of a county or above) at `at`, or 0. */
export function placeAt(text: string, at: number): number {
  const p = places();
  return Math.max(p.full.longestAt(text, at), p.short.longestAt(text, at));
}
