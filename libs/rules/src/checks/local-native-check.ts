import { versionOn } from '../lineage';
import { isLocalNative } from '../local-native';
import { cannotCheck, checked, clauseBasis, type CheckRule } from './check-rule';

// Rule 3 (Regulation 65-QĐ/TW art. 4: key provincial and district posts go to non-locals): a
// post that must be held by a non-local is not given to a native of the unit's area, judged
// on the areas as they stood on the start date.
export const localNativeCheck: CheckRule = (context) => {
  const code = 'LOCAL_NATIVE_TO_NON_LOCAL_POST';
  const { toPosition, registry, cadre } = context.facts;
  const { startDate } = context.input;
  const legalBasis = clauseBasis(context, 'nonLocal');
  const homeAreaId = cadre.cadre.homeAreaId;
  if (!toPosition.requiresNonLocal) {
    return checked(code, false, {
      facts: { requiresNonLocal: false },
      legalBasis,
      message: {
        vi: 'Chức vụ không yêu cầu người ngoài địa phương',
        en: 'The post has no non-local requirement',
      },
    });
  }
  const unit = versionOn(registry.units, toPosition.unitId, startDate);
  if (unit === null) {
    return cannotCheck(code, ['unitVersion'], {
      facts: { toUnitId: toPosition.unitId, startDate },
      legalBasis,
    });
  }
  const facts = { requiresNonLocal: true, homeAreaId, unitAreaId: unit.areaId, startDate };
  const verdict = isLocalNative(registry.areas, homeAreaId, unit.areaId, startDate);
  if (verdict.decision === 'CANNOT_DECIDE')
    return cannotCheck(code, verdict.missingFacts, { facts, legalBasis });
  return checked(code, verdict.decision === 'YES', {
    facts,
    legalBasis,
    message:
      verdict.decision === 'YES'
        ? {
            vi: 'Chức vụ phải do người không phải người địa phương đảm nhiệm, nhưng cán bộ là người địa phương',
            en: 'The post must be held by a non-local, and the cadre is a local native',
          }
        : {
            vi: 'Cán bộ không phải người địa phương của đơn vị đến',
            en: 'The cadre is not a native of the destination',
          },
  });
};
