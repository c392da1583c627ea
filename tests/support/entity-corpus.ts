/**
 * Generated reports for the linear-time checks of entities and directives: many paragraphs,
 * each naming a new official with a title, a new company, two more people and a directive,
 * or the same official and company recurring in every paragraph. Deterministic (seeded).
 */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '建国明华伟军平强磊洋勇杰涛斌超辉鹏飞刚波宇浩凯俊峰晨瑞新文博志远海东丽娟敏静燕芳玲颖婷雪琳慧佳欣怡萍红梅兰英霞秀云春秋';
const BRAND = '鑫源瑞泰恒达宏华盛昌隆兴德康嘉禾润丰汇诚信安永翔腾飞宇航科创智博远晟铭';
const TITLES = ['县委书记', '副县长', '县委常委', '镇党委书记', '区长', '市委副书记'];

/** A small linear congruential generator, so every run builds the same text. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function reportCorpus(paragraphs: number, recurring = false, seed = 7): string {
  const r = rng(seed);
  const pick = (s: string) => s[Math.floor(r() * s.length)];
  const name = () => pick(SURNAMES) + pick(GIVEN) + (r() < 0.6 ? pick(GIVEN) : '');
  const brand = () => pick(BRAND) + pick(BRAND);
  const lines: string[] = [];
  for (let k = 0; k < paragraphs; k++) {
    const official = recurring ? '周立华' : name();
    const company = recurring ? '恒达新材料有限公司' : `${brand()}新材料有限公司`;
    const title = TITLES[k % TITLES.length];
    lines.push(
      `${title}${official}来到${company}调研，详细了解企业生产经营情况，${name()}、${name()}参加。${official}强调，要压实安全生产责任，推动第${k + 1}批项目早日投产见效，确保按期完成年度任务。`,
    );
  }
  return lines.join('\n');
}
