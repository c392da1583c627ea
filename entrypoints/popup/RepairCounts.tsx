import type { EditKind } from '../../lib/types';

export const REPAIR_LABELS: Record<EditKind, string> = {
  pinyin: '拼音注音 Pinyin annotations',
  mojibake: '乱码 Mojibake',
  lossy: '无法恢复 Unrecoverable runs',
  punctuation: '标点 Punctuation',
  junk: '杂项 Junk lines',
  duplicate: '重复段落 Duplicated blocks',
  script: '繁简转换 Script conversion',
};

export function RepairCounts({ repairs }: { repairs: Partial<Record<EditKind, number>> }) {
  const kinds = (Object.keys(REPAIR_LABELS) as EditKind[]).filter((k) => (repairs[k] ?? 0) > 0);
  if (kinds.length === 0) return <p class="empty">此页面无需修复。Nothing needed repair.</p>;
  return (
    <ul class="repairs">
      {kinds.map((k) => (
        <li data-testid="repair-count" data-kind={k} data-count={repairs[k]}>
          <span>{REPAIR_LABELS[k]}</span> <strong>{repairs[k]}</strong>
        </li>
      ))}
    </ul>
  );
}
