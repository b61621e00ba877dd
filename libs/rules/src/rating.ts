import type { Rating } from '@luanchuyen/domain';
import { RATING_LABELS } from './labels';
import { RATING_RULE_SETS, type RatingParams, type ScoreBand } from './rating-rule-sets';
import { undecided, type CannotDecide, type Explanation, type LegalBasis } from './rule-result';
import { basisOf, ruleSetInForce, type RuleSet } from './rule-sets';

// PRODUCT.md rule 5 (Regulation 366-QĐ/TW, Decree 335/2025/NĐ-CP): a yearly rating from the
// score bands in force at the end of the year; discipline in the year means not completed; a
// rating given without a score is taken as given. Evaluated at 31 December of the year.

export type EvaluationInput = {
  year: number;
  score: number | null;
  rating: Rating | null;
  disciplined: boolean;
};

export type RatingResult =
  | (Explanation<'EVALUATION_RATING'> & {
      decision: 'RATED';
      rating: Rating;
      source: 'DISCIPLINE' | 'SCORE' | 'GIVEN';
    })
  | (Explanation<'EVALUATION_RATING'> & { decision: 'INVALID'; field: 'year' | 'score' | 'rating' })
  | CannotDecide<'EVALUATION_RATING'>;

const RULE = 'EVALUATION_RATING';

function bandFor(score: number, bands: readonly ScoreBand[]): Rating | null {
  return bands.find((band) => score >= band.minScore)?.rating ?? null;
}

function rated(
  rating: Rating,
  source: 'DISCIPLINE' | 'SCORE' | 'GIVEN',
  input: EvaluationInput,
  legalBasis: LegalBasis,
): RatingResult {
  const label = RATING_LABELS[rating];
  const why = {
    DISCIPLINE: { vi: 'bị kỷ luật trong năm', en: 'disciplined in the year' },
    SCORE: { vi: `${input.score} điểm`, en: `${input.score} points` },
    GIVEN: { vi: 'theo kết luận của cấp có thẩm quyền', en: 'as given by the competent authority' },
  }[source];
  return {
    rule: RULE,
    decision: 'RATED',
    rating,
    source,
    facts: { ...input },
    legalBasis,
    message: { vi: `${label.vi} (${why.vi})`, en: `${label.en} (${why.en})` },
  };
}

function invalid(
  field: 'year' | 'score' | 'rating',
  input: EvaluationInput,
  legalBasis: LegalBasis | null,
  maxScore = 100,
): RatingResult {
  const messages = {
    year: { vi: 'Năm đánh giá không hợp lệ', en: 'The evaluation year is not valid' },
    score: {
      vi: `Điểm đánh giá phải từ 0 đến ${maxScore}`,
      en: `The score must be between 0 and ${maxScore}`,
    },
    rating: {
      vi: 'Mức xếp loại không khớp với điểm đánh giá',
      en: 'The rating does not match the score',
    },
  };
  return {
    rule: RULE,
    decision: 'INVALID',
    field,
    facts: { ...input },
    legalBasis,
    message: messages[field],
  };
}

export function rateEvaluation(
  input: EvaluationInput,
  sets: readonly RuleSet<RatingParams>[] = RATING_RULE_SETS,
): RatingResult {
  const { year, score } = input;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return invalid('year', input, null);
  const set = ruleSetInForce(sets, `${year}-12-31`);
  if (set === null) return undecided(RULE, ['ruleSet'], { facts: { ...input }, legalBasis: null });
  const { params } = set;
  const bandsBasis = basisOf(set, params.clauses.bands);
  if (score !== null && !(Number.isFinite(score) && score >= 0 && score <= params.maxScore)) {
    return invalid('score', input, bandsBasis, params.maxScore);
  }
  if (input.disciplined) {
    const disciplineBasis = basisOf(set, params.clauses.discipline);
    return rated(params.disciplinedRating, 'DISCIPLINE', input, disciplineBasis);
  }
  if (score !== null && params.bands !== null) {
    const banded = bandFor(score, params.bands);
    if (banded === null) {
      return undecided(RULE, ['rating'], { facts: { ...input }, legalBasis: bandsBasis });
    }
    if (input.rating !== null && input.rating !== banded) {
      return invalid('rating', input, bandsBasis);
    }
    return rated(banded, 'SCORE', input, bandsBasis);
  }
  if (input.rating !== null) return rated(input.rating, 'GIVEN', input, bandsBasis);
  // Without bands only the authority's rating will do; with bands a score would too.
  return undecided(RULE, [params.bands === null ? 'rating' : 'score'], {
    facts: { ...input },
    legalBasis: bandsBasis,
  });
}
