import type { Rating } from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { RATING_RULE_SETS } from './rating-rule-sets';
import { rateEvaluation, type EvaluationInput } from './rating';

// Rule 5 at its edges: the value before, on and after every boundary (the current year, the
// ends of the scale, each band, the day score bands took effect, discipline).

const evaluation = (input: Partial<EvaluationInput>): EvaluationInput => ({
  year: 2025,
  score: null,
  rating: null,
  disciplined: false,
  ...input,
});

describe('a year in the future is refused (the current year may be evaluated)', () => {
  it.each([
    ['last year may be evaluated', 2025, '2026-12-02', 'RATED'],
    ['the current year may be evaluated before it ends', 2026, '2026-12-02', 'RATED'],
    ['next year may not, even on 31 December', 2027, '2026-12-31', 'INVALID'],
    ['next year may once it has begun, on 1 January', 2027, '2027-01-01', 'RATED'],
  ])('%s', (_rule, year, today, decision) => {
    const result = rateEvaluation(evaluation({ year, today, score: 80 }));
    expect(result.decision).toBe(decision);
    if (decision === 'INVALID') expect(result).toMatchObject({ code: 'YEAR_IN_FUTURE' });
  });

  it('says which year has not come and which years may be evaluated', () => {
    expect(rateEvaluation(evaluation({ year: 2027, today: '2026-12-02' })).message).toEqual({
      vi: 'Năm 2027 chưa đến (hôm nay là 02/12/2026): chỉ đánh giá được từ năm 2026 trở về trước',
      en: '2027 has not come yet (today is 2026-12-02): evaluate 2026 or an earlier year',
    });
  });
});

describe('a score is 0 to 100 inclusive', () => {
  it.each([
    ['-0.1 is off the scale', -0.1, 'INVALID'],
    ['0 is on the scale', 0, 'RATED'],
    ['100 is on the scale', 100, 'RATED'],
    ['100.1 is off the scale', 100.1, 'INVALID'],
  ])('%s', (_rule, score, decision) => {
    expect(rateEvaluation(evaluation({ score })).decision).toBe(decision);
  });

  it('says what the scale is', () => {
    const result = rateEvaluation(evaluation({ score: 120 }));
    expect(result).toMatchObject({ code: 'SCORE_OUT_OF_RANGE', field: 'score' });
    expect(result.message.vi).toBe('Điểm 120 nằm ngoài thang điểm: nhập điểm từ 0 đến 100');
  });
});

describe('a score alone is rated only where score bands were in force on 31 December', () => {
  const latest = RATING_RULE_SETS[RATING_RULE_SETS.length - 1];
  if (latest === undefined) throw new Error('no rating rule sets');
  const bandsFrom = (effectiveFrom: string) => [{ ...latest, effectiveFrom }];

  it.each([
    ['2024, before Regulation 366-QĐ/TW: no bands', 2024, RATING_RULE_SETS, 'INVALID'],
    ['2025, bands in force since 30/8/2025: rated', 2025, RATING_RULE_SETS, 'RATED'],
    ['bands taking effect on 31 December rate that year', 2025, bandsFrom('2025-12-31'), 'RATED'],
    ['bands taking effect on 1 January do not', 2025, bandsFrom('2026-01-01'), 'CANNOT_DECIDE'],
  ])('%s', (_rule, year, sets, decision) => {
    expect(rateEvaluation(evaluation({ year, score: 80 }), sets).decision).toBe(decision);
  });

  it('asks for the rating where there are no bands', () => {
    const result = rateEvaluation(evaluation({ year: 2020, score: 80 }));
    expect(result).toMatchObject({ code: 'NO_SCORE_BANDS', field: 'rating' });
    expect(result.message).toEqual({
      vi: 'Năm 2020 chưa có thang điểm: chọn mức xếp loại',
      en: 'No score bands were in force in 2020: choose a rating',
    });
  });
});

describe('the competent authority may rate lower than the band of the score, never higher', () => {
  it.each<[string, number, Rating, 'SCORE' | 'GIVEN' | 'REFUSED']>([
    ['90 points may be rated excellent', 90, 'EXCELLENT', 'SCORE'],
    ['89.9 points may not be rated excellent', 89.9, 'EXCELLENT', 'REFUSED'],
    ['70 points may be rated good', 70, 'GOOD', 'SCORE'],
    ['69.9 points may not be rated good', 69.9, 'GOOD', 'REFUSED'],
    ['50 points may be rated completed', 50, 'COMPLETED', 'SCORE'],
    ['49.9 points may not be rated completed', 49.9, 'COMPLETED', 'REFUSED'],
    ['95 points may be rated good, lower than the band', 95, 'GOOD', 'GIVEN'],
    ['70 points may be rated completed, lower than the band', 70, 'COMPLETED', 'GIVEN'],
    ['100 points may be rated not completed', 100, 'NOT_COMPLETED', 'GIVEN'],
  ])('%s', (_rule, score, rating, outcome) => {
    const result = rateEvaluation(evaluation({ score, rating }));
    if (outcome === 'REFUSED') {
      expect(result).toMatchObject({ code: 'RATING_ABOVE_SCORE_BAND', field: 'rating' });
    } else {
      expect(result).toMatchObject({ decision: 'RATED', rating, source: outcome });
    }
  });

  it('names the highest rating the score allows', () => {
    expect(rateEvaluation(evaluation({ score: 89.9, rating: 'EXCELLENT' })).message).toEqual({
      vi: '89.9 điểm chỉ cho phép xếp loại cao nhất là “Hoàn thành tốt nhiệm vụ”, không thể “Hoàn thành xuất sắc nhiệm vụ”: chọn mức đó hoặc thấp hơn, hoặc sửa điểm',
      en: '89.9 points allow at most “Completed tasks well”, not “Completed tasks excellently”: choose that rating or a lower one, or correct the score',
    });
  });

  it('records a lower rating with the score it was given with', () => {
    expect(rateEvaluation(evaluation({ score: 95, rating: 'GOOD' })).message.vi).toBe(
      'Hoàn thành tốt nhiệm vụ (theo kết luận của cấp có thẩm quyền; 95 điểm)',
    );
  });

  it('takes the rating given when the score falls under every band of a set', () => {
    const latest = RATING_RULE_SETS[RATING_RULE_SETS.length - 1];
    if (latest === undefined) throw new Error('no rating rule sets');
    const noFloor = {
      ...latest,
      params: { ...latest.params, bands: [{ minScore: 50, rating: 'COMPLETED' as const }] },
    };
    expect(
      rateEvaluation(evaluation({ score: 20, rating: 'NOT_COMPLETED' }), [noFloor]),
    ).toMatchObject({ decision: 'RATED', rating: 'NOT_COMPLETED', source: 'GIVEN' });
  });
});

describe('discipline in the year means not completed', () => {
  it.each<[string, Partial<EvaluationInput>, 'RATED' | 'INVALID']>([
    ['a disciplined cadre is rated not completed when no rating is given', {}, 'RATED'],
    ['a rating of not completed is accepted', { rating: 'NOT_COMPLETED' }, 'RATED'],
    ['completed, the next rating up, is refused', { rating: 'COMPLETED' }, 'INVALID'],
    ['excellent with 95 points is refused', { score: 95, rating: 'EXCELLENT' }, 'INVALID'],
  ])('%s', (_rule, input, decision) => {
    const result = rateEvaluation(evaluation({ ...input, disciplined: true }));
    if (decision === 'RATED') {
      expect(result).toMatchObject({ decision, rating: 'NOT_COMPLETED', source: 'DISCIPLINE' });
    } else {
      expect(result).toMatchObject({ decision, code: 'RATING_ABOVE_DISCIPLINE', field: 'rating' });
    }
  });

  it('says why and what to do', () => {
    expect(rateEvaluation(evaluation({ disciplined: true, rating: 'GOOD' })).message).toEqual({
      vi: 'Cán bộ bị kỷ luật trong năm 2025 nên xếp loại “Không hoàn thành nhiệm vụ”, không thể “Hoàn thành tốt nhiệm vụ”: bỏ mức xếp loại hoặc chọn “Không hoàn thành nhiệm vụ”',
      en: 'Disciplined in 2025, the cadre is rated “Did not complete tasks”, not “Completed tasks well”: leave the rating out or choose “Did not complete tasks”',
    });
  });
});
