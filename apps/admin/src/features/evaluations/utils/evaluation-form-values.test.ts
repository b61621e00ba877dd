import { describe, expect, it } from 'vitest';
import {
  EMPTY_EVALUATION_FORM,
  evaluationErrorField,
  formValuesOf,
  readEvaluationForm,
} from './evaluation-form-values';

const recorded = { evaluator: null, notes: null, disciplined: false };

describe('the evaluation form values', () => {
  it.each([
    ['a score rated by its band', { year: 2025, score: 92, rating: 'EXCELLENT' }, ''],
    ['a rating below the band', { year: 2025, score: 92, rating: 'GOOD' }, 'GOOD'],
    ['a rating given without bands', { year: 2024, score: null, rating: 'GOOD' }, 'GOOD'],
  ] as const)('keeps the rating chosen only for %s', (_name, evaluation, rating) => {
    expect(formValuesOf({ ...recorded, ...evaluation }).rating).toBe(rating);
  });

  it('reads a decimal comma, trims the words and sends none for empty ones', () => {
    const values = { ...EMPTY_EVALUATION_FORM, year: '2025', score: '85,5', evaluator: '  ' };
    expect(readEvaluationForm(values)).toEqual({
      ok: true,
      facts: {
        year: 2025,
        score: 85.5,
        rating: null,
        disciplined: false,
        evaluator: null,
        notes: null,
      },
    });
  });

  it('objects to a missing year and a score that is no number', () => {
    expect(readEvaluationForm({ ...EMPTY_EVALUATION_FORM, score: 'tám' })).toEqual({
      ok: false,
      problems: { year: { key: 'yearRequired' }, score: { key: 'scoreInvalid' } },
    });
  });

  it('places a userError by its input path', () => {
    expect(evaluationErrorField(['input', 'rating'])).toBe('rating');
    expect(evaluationErrorField(['input', 'expectedVersion'])).toBeNull();
  });
});
