import { assertNever } from '@luanchuyen/domain';
import { viDate } from '../messages';
import { isLocalNative } from '../local-native';
import { nonLocalRequirement } from '../non-local-requirement';
import { basisOf } from '../rule-sets';
import { cannotCheck, checked, type CheckRule } from './check-rule';

// Rule 3, the non-local policy (Regulation 65-QĐ/TW art. 4; commune Party secretaries from
// Directive 45-CT/TW of 2025): a post that must be held by a non-local is not given to a native
// of the unit's area, judged on the areas as they stood on the start date. Which levels the
// requirement covers on that date is dated data (non-local-rule-sets.ts).
export const localNativeCheck: CheckRule = (context) => {
  const code = 'LOCAL_NATIVE_TO_NON_LOCAL_POST';
  const { toPosition, registry, cadre } = context.facts;
  const { startDate } = context.input;
  const requirement = nonLocalRequirement(registry.units, toPosition, startDate, context.book);
  const homeAreaId = cadre.cadre.homeAreaId;
  switch (requirement.state) {
    case 'NOT_FLAGGED':
      return checked(code, false, {
        facts: { requiresNonLocal: false },
        legalBasis: null,
        message: {
          vi: 'Chức vụ không yêu cầu người ngoài địa phương',
          en: 'The post has no non-local requirement',
        },
      });
    case 'NO_RULE_SET':
      return cannotCheck(code, ['ruleSet'], { facts: { startDate }, legalBasis: null });
    case 'UNIT_UNKNOWN':
      return cannotCheck(code, ['unitVersion'], {
        facts: { toUnitId: toPosition.unitId, startDate },
        legalBasis: null,
      });
    case 'NOT_AT_THIS_LEVEL': {
      const { set } = requirement;
      return checked(code, false, {
        facts: { requiresNonLocal: true, ruleSet: set.code, levels: set.params.levels, startDate },
        legalBasis: set.legalBasis,
        message: {
          vi: `Vào ngày ${viDate(startDate)} chưa có quy định bố trí chức vụ cấp này không là người địa phương (${set.title.vi})`,
          en: `On ${startDate} no rule yet required a non-local at this level (${set.title.en})`,
        },
      });
    }
    case 'REQUIRED': {
      const { set, areaId } = requirement;
      const legalBasis = basisOf(set, set.legalBasis.clause);
      const facts = {
        requiresNonLocal: true,
        ruleSet: set.code,
        homeAreaId,
        unitAreaId: areaId,
        startDate,
      };
      const verdict = isLocalNative(registry.areas, homeAreaId, areaId, startDate);
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
    }
    default:
      return assertNever(requirement);
  }
};
