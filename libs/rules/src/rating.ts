import { RATINGS, yearOf, type IsoDate, type Rating } from '@luanchuyen/domain';
import { RATING_LABELS } from './labels';
import { RATING_RULE_SETS, type RatingParams, type ScoreBand } from './rating-rule-sets';
import {
  invalidYearMessage,
  noScoreBandsMessage,
  ratingAboveBandMessage,
  ratingAboveDisciplineMessage,
  scoreOutOfRangeMessage,
  yearInFutureMessage,
  type RatingRefusal,
} from './rating-refusals';
import {
  undecided,
  type CannotDecide,
  type Explanation,
  type LegalBasis,
  type Message,
} from './rule-result';
import { basisOf, ruleSetInForce, type RuleSet } from './rule-sets';

// PRODUCT.md rule 5 (Regulation 366-QĐ/TW, Decree 335/2025/NĐ-CP): a yearly rating from the
// score bands in force at the end of the year; discipline in the year means not completed. The
// score is necessary, not sufficient (366-QĐ/TW adds conditions per band), so the competent
// authority may rate lower than the band of the score, never higher. A rating given without a
// score is taken as given. Evaluated at 31 December of the year.

export type EvaluationInput = {
  year: number;
  score: number | null;
  rating: Rating | null;
  disciplined: boolean;
  /** The day it is recorded (in Vietnam): a later year is refused. Left out, none is. */
  today?: IsoDate | null;
};

export type RatingResult =
  | (Explanation<'EVALUATION_RATING'> & {
      decision: 'RATED';
      rating: Rating;
      source: 'DISCIPLINE' | 'SCORE' | 'GIVEN';
    })
  | (Explanation<'EVALUATION_RATING'> & {
      decision: 'INVALID';
      code: RatingRefusal;
      field: 'year' | 'score' | 'rating';
    })
  | CannotDecide<'EVALUATION_RATING'>;

const RULE = 'EVALUATION_RATING';

function bandFor(score: number, bands: readonly ScoreBand[]): Rating | null {
  return bands.find((band) => score >= band.minScore)?.rating ?? null;
}

/** Whether `rating` is better than `than` (RATINGS runs from the best). */
function isAbove(rating: Rating, than: Rating): boolean {
  return RATINGS.indexOf(rating) < RATINGS.indexOf(than);
}

function rated(
  rating: Rating,
  source: 'DISCIPLINE' | 'SCORE' | 'GIVEN',
  input: EvaluationInput,
  legalBasis: LegalBasis,
): RatingResult {
  const label = RATING_LABELS[rating];
  const points = input.score;
  const why = {
    DISCIPLINE: { vi: 'bị kỷ luật trong năm', en: 'disciplined in the year' },
    SCORE: { vi: `${points} điểm`, en: `${points} points` },
    GIVEN:
      points === null
        ? { vi: 'theo kết luận của cấp có thẩm quyền', en: 'as given by the competent authority' }
        : {
            vi: `theo kết luận của cấp có thẩm quyền; ${points} điểm`,
            en: `as given by the competent authority; ${points} points`,
          },
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

function refused(
  code: RatingRefusal,
  field: 'year' | 'score' | 'rating',
  input: EvaluationInput,
  legalBasis: LegalBasis | null,
  message: Message,
): RatingResult {
  return { rule: RULE, decision: 'INVALID', code, field, facts: { ...input }, legalBasis, message };
}

export function rateEvaluation(
  input: EvaluationInput,
  sets: readonly RuleSet<RatingParams>[] = RATING_RULE_SETS,
): RatingResult {
  const { year, score, rating, today } = input;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    return refused('INVALID_INPUT', 'year', input, null, invalidYearMessage());
  }
  // The current year may be evaluated before it ends; a year that has not begun may not.
  if (today && year > yearOf(today)) {
    return refused('YEAR_IN_FUTURE', 'year', input, null, yearInFutureMessage(year, today));
  }
  const set = ruleSetInForce(sets, `${year}-12-31`);
  if (set === null) return undecided(RULE, ['ruleSet'], { facts: { ...input }, legalBasis: null });
  const { params } = set;
  const bandsBasis = basisOf(set, params.clauses.bands);
  if (score !== null && !(Number.isFinite(score) && score >= 0 && score <= params.maxScore)) {
    const message = scoreOutOfRangeMessage(score, params.maxScore);
    return refused('SCORE_OUT_OF_RANGE', 'score', input, bandsBasis, message);
  }
  if (input.disciplined) {
    const disciplineBasis = basisOf(set, params.clauses.discipline);
    const allowed = params.disciplinedRating;
    if (rating !== null && isAbove(rating, allowed)) {
      const message = ratingAboveDisciplineMessage(year, allowed, rating);
      return refused('RATING_ABOVE_DISCIPLINE', 'rating', input, disciplineBasis, message);
    }
    return rated(allowed, 'DISCIPLINE', input, disciplineBasis);
  }
  if (score !== null) return ratedWithScore(input, score, params, bandsBasis);
  if (rating !== null) return rated(rating, 'GIVEN', input, bandsBasis);
  // Without bands only the authority's rating will do; with bands a score would too.
  return undecided(RULE, [params.bands === null ? 'rating' : 'score'], {
    facts: { ...input },
    legalBasis: bandsBasis,
  });
}

/** A score within the scale: its band caps the rating, or the rating is the band's. */
function ratedWithScore(
  input: EvaluationInput,
  score: number,
  params: RatingParams,
  bandsBasis: LegalBasis,
): RatingResult {
  const { rating } = input;
  if (params.bands === null) {
    if (rating !== null) return rated(rating, 'GIVEN', input, bandsBasis);
    return refused('NO_SCORE_BANDS', 'rating', input, bandsBasis, noScoreBandsMessage(input.year));
  }
  const banded = bandFor(score, params.bands);
  // A score under every band of the set: the bands say nothing, so only the authority can.
  if (banded === null) {
    if (rating !== null) return rated(rating, 'GIVEN', input, bandsBasis);
    return undecided(RULE, ['rating'], { facts: { ...input }, legalBasis: bandsBasis });
  }
  if (rating === null || rating === banded) return rated(banded, 'SCORE', input, bandsBasis);
  if (isAbove(rating, banded)) {
    const message = ratingAboveBandMessage(score, banded, rating);
    return refused('RATING_ABOVE_SCORE_BAND', 'rating', input, bandsBasis, message);
  }
  return rated(rating, 'GIVEN', input, bandsBasis);
}
