/**
 * OpenCC's traditional→simplified tables keep 著 everywhere, but the mainland standard
 * writes 著 only for zhù (著名, 显著, 著作) and 着 for zhuó/zháo/zhe (着力, 着眼, 接着, 随着).
 * In a traditional text both are 著, so after conversion 著 becomes 着 unless it stands in
 * a zhù word. The zhù words are few and closed; the 着 uses are many and open.
 */
const ZHU_WORDS = [
  '著名', '著作', '著称', '著述', '著录', '著者', '著书', '著有', '著文', '著译',
  '显著', '卓著', '昭著', '土著', '名著', '专著', '编著', '论著', '原著', '巨著',
  '遗著', '译著', '合著', '撰著', '新著', '拙著', '大著', '杰著', '宏著', '旧著', '近著', '力著', '自著',
];

/** For each 著 at index i, is it inside a zhù word? */
function inZhuWord(text: string, i: number): boolean {
  for (const w of ZHU_WORDS) {
    const at = w.indexOf('著');
    if (text.startsWith(w, i - at)) return true;
  }
  return false;
}

/** Apply to text already converted to zh-CN (same length in and out). */
export function fixZhuZhuo(text: string): string {
  if (!text.includes('著')) return text;
  let out = '';
  let last = 0;
  for (let i = text.indexOf('著'); i >= 0; i = text.indexOf('著', i + 1)) {
    if (inZhuWord(text, i)) continue;
    out += text.slice(last, i) + '着';
    last = i + 1;
  }
  return out + text.slice(last);
}
