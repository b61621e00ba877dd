import { cannotCheck, clauseBasis, judged, type CheckRule } from './check-rule';

// Regulation 65-QĐ/TW: a rotated cadre basically takes an equivalent post; a more senior one
// is for outstanding cadres by the authority's decision, so it is a warning that needs a reason.
export const higherRankCheck: CheckRule = (context) => {
  const { fromPosition, toPosition } = context.facts;
  const legalBasis = clauseBasis(context, 'equivalentPost');
  if (fromPosition === null) {
    return cannotCheck('HIGHER_RANK', ['fromPosition'], {
      facts: { toRank: toPosition.rank },
      legalBasis,
    });
  }
  return judged('HIGHER_RANK', toPosition.rank > fromPosition.rank, {
    facts: { fromRank: fromPosition.rank, toRank: toPosition.rank },
    legalBasis,
    fail: {
      vi: 'Bố trí chức vụ cao hơn chức vụ đang đảm nhiệm: cần nêu lý do',
      en: 'A more senior post than the one held: a reason is needed',
    },
    pass: {
      vi: 'Bố trí chức vụ tương đương hoặc thấp hơn chức vụ đang đảm nhiệm',
      en: 'An equivalent or less senior post than the one held',
    },
  });
};
