/** The repairs tab: how many edits of each kind were made. */
import { REPAIR_KIND_KEY } from '../../components/labels';
import type { EditKind } from '../../lib/types';
import { t } from '../../utils/i18n';

export const REPAIR_KINDS = Object.keys(REPAIR_KIND_KEY) as EditKind[];

export const repairTotal = (repairs: Partial<Record<EditKind, number>>) => REPAIR_KINDS.reduce((n, k) => n + (repairs[k] ?? 0), 0);

export function RepairCounts({ repairs }: { repairs: Partial<Record<EditKind, number>> }) {
  const kinds = REPAIR_KINDS.filter((k) => (repairs[k] ?? 0) > 0);
  if (kinds.length === 0) return <p class="muted">{t('repairs.none')}</p>;
  return (
    <ul class="repairs">
      {kinds.map((k) => (
        <li data-testid="repair-count" data-kind={k} data-count={repairs[k]}>
          <span>{t(REPAIR_KIND_KEY[k])}</span> <strong>{repairs[k]}</strong>
        </li>
      ))}
    </ul>
  );
}
