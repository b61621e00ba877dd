import { describe, expect, it } from 'vitest';
import { RATING_RULE_SETS } from './rating-rule-sets';
import { rateEvaluation, type EvaluationInput } from './rating';

const evaluation = (input: Partial<EvaluationInput>): EvaluationInput => ({
  year: 2025,
  score: null,
  rating: null,
  disciplined: false,
  ...input,
});

describe('yearly ratings (Regulation 366-QĐ/TW, Decree 335/2025/NĐ-CP)', () => {
  it.each([
    ['100 points is excellent', 100, 'EXCELLENT'],
    ['90 points is excellent', 90, 'EXCELLENT'],
    ['89.9 points is good', 89.9, 'GOOD'],
    ['70 points is good', 70, 'GOOD'],
    ['69.5 points is completed', 69.5, 'COMPLETED'],
    ['50 points is completed', 50, 'COMPLETED'],
    ['49.9 points is not completed', 49.9, 'NOT_COMPLETED'],
    ['0 points is not completed', 0, 'NOT_COMPLETED'],
  ])('%s', (_rule, score, rating) => {
    expect(rateEvaluation(evaluation({ score }))).toMatchObject({
      decision: 'RATED',
      rating,
      source: 'SCORE',
    });
  });

  it('explains a rating from the score', () => {
    const result = rateEvaluation(evaluation({ score: 92 }));
    expect(result.message).toEqual({
      vi: 'Hoàn thành xuất sắc nhiệm vụ (92 điểm)',
      en: 'Completed tasks excellently (92 points)',
    });
    expect(result.legalBasis?.document).toContain('Quy định 366-QĐ/TW');
  });

  it.each([
    ['a high score', { score: 95 }],
    ['a rating given as not completed', { rating: 'NOT_COMPLETED' as const }],
    ['no score and no rating', {}],
  ])('rates anyone disciplined in the year as not completed, whatever %s', (_case, input) => {
    const result = rateEvaluation(evaluation({ ...input, disciplined: true }));
    expect(result).toMatchObject({
      decision: 'RATED',
      rating: 'NOT_COMPLETED',
      source: 'DISCIPLINE',
    });
    expect(result.message.vi).toBe('Không hoàn thành nhiệm vụ (bị kỷ luật trong năm)');
  });

  it.each([
    ['a score above 100', { score: 100.5 }, 'SCORE_OUT_OF_RANGE', 'score'],
    ['a negative score', { score: -1 }, 'SCORE_OUT_OF_RANGE', 'score'],
    ['a score that is not a number', { score: Number.NaN }, 'SCORE_OUT_OF_RANGE', 'score'],
    [
      'a rating above the band of the score',
      { score: 75, rating: 'EXCELLENT' as const },
      'RATING_ABOVE_SCORE_BAND',
      'rating',
    ],
    [
      'a rating above not completed for the disciplined',
      { disciplined: true, rating: 'GOOD' as const },
      'RATING_ABOVE_DISCIPLINE',
      'rating',
    ],
    [
      'a score alone in a year without bands',
      { year: 2020, score: 80 },
      'NO_SCORE_BANDS',
      'rating',
    ],
    ['a year that is not a whole number', { year: 2025.5 }, 'INVALID_INPUT', 'year'],
    ['a year out of range', { year: 99 }, 'INVALID_INPUT', 'year'],
  ])('refuses %s, with its own code and field', (_case, input, code, field) => {
    expect(rateEvaluation(evaluation(input))).toMatchObject({ decision: 'INVALID', code, field });
  });

  it('accepts a rating given without a score as given', () => {
    expect(rateEvaluation(evaluation({ rating: 'GOOD' }))).toMatchObject({
      decision: 'RATED',
      rating: 'GOOD',
      source: 'GIVEN',
    });
    expect(rateEvaluation(evaluation({ score: 75, rating: 'GOOD' }))).toMatchObject({
      source: 'SCORE',
    });
  });

  it('takes the rating the authority gave in years without score bands', () => {
    const result = rateEvaluation(evaluation({ year: 2018, score: 95, rating: 'GOOD' }));
    expect(result).toMatchObject({ decision: 'RATED', rating: 'GOOD', source: 'GIVEN' });
    expect(result.legalBasis?.document).toContain('Quy định 132-QĐ/TW');
    expect(
      rateEvaluation(evaluation({ year: 2017, rating: 'GOOD' })).legalBasis?.document,
    ).toContain('Luật Cán bộ, công chức');
    expect(
      rateEvaluation(evaluation({ year: 2024, rating: 'COMPLETED' })).legalBasis?.document,
    ).toContain('Quy định 124-QĐ/TW');
  });

  it.each([
    ['nothing given needs a score', {}, ['score']],
    ['nothing given in a year without bands needs the rating', { year: 2019 }, ['rating']],
    [
      'a year before any rating rules needs a rule set',
      { year: 2005, rating: 'GOOD' as const },
      ['ruleSet'],
    ],
  ])('cannot decide when %s', (_case, input, missingFacts) => {
    expect(rateEvaluation(evaluation(input))).toMatchObject({
      decision: 'CANNOT_DECIDE',
      missingFacts,
    });
  });

  it('cannot decide a score that falls under every band of a set', () => {
    const latest = RATING_RULE_SETS[RATING_RULE_SETS.length - 1];
    if (latest === undefined) throw new Error('no rating rule sets');
    const noFloor = {
      ...latest,
      params: { ...latest.params, bands: [{ minScore: 50, rating: 'COMPLETED' as const }] },
    };
    expect(rateEvaluation(evaluation({ score: 20 }), [noFloor])).toMatchObject({
      decision: 'CANNOT_DECIDE',
      missingFacts: ['rating'],
    });
  });
});
