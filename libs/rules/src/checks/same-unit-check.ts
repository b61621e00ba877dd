import { sameLineage } from '../lineage';
import { cannotCheck, clauseBasis, judged, type CheckRule } from './check-rule';

// Rule 3: a rotation moves the cadre to another unit; a unit's predecessors and successors
// (mergers, renames) are the same unit.
export const sameUnitCheck: CheckRule = (context) => {
  const { fromPosition, toPosition, registry } = context.facts;
  const legalBasis = clauseBasis(context, 'scope');
  if (fromPosition === null) {
    return cannotCheck('SAME_UNIT', ['fromPosition'], {
      facts: { toUnitId: toPosition.unitId },
      legalBasis,
    });
  }
  const same = sameLineage(registry.units, fromPosition.unitId, toPosition.unitId);
  return judged('SAME_UNIT', same, {
    facts: { fromUnitId: fromPosition.unitId, toUnitId: toPosition.unitId },
    legalBasis,
    fail: {
      vi: 'Luân chuyển trong cùng một đơn vị',
      en: 'The rotation stays within the same unit',
    },
    pass: { vi: 'Luân chuyển sang đơn vị khác', en: 'The rotation moves to another unit' },
  });
};
