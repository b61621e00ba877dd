import { RATINGS, type Rating } from '@luanchuyen/domain';
import { rateEvaluation, type EvaluationInput } from '@luanchuyen/rules';
import type { Problem, Reading } from '../../../components/forms/use-checked-form';

// What the evaluation form holds (the strings the inputs show) and the facts it sends. Only the
// shape is checked here (a year, a number); what rule 5 accepts is the rules' to say, live in
// the form and again by the API (evaluationRecord).

export { RATINGS };

export type EvaluationFormValues = {
  year: string;
  score: string;
  /** '' to rate by the score (or by discipline). */
  rating: '' | Rating;
  disciplined: boolean;
  evaluator: string;
  notes: string;
};

export type EvaluationFacts = {
  year: number;
  score: number | null;
  rating: Rating | null;
  disciplined: boolean;
  evaluator: string | null;
  notes: string | null;
};

export type EvaluationFormField =
  'year' | 'score' | 'rating' | 'disciplined' | 'evaluator' | 'notes';

const FIELDS: readonly EvaluationFormField[] = [
  'year',
  'score',
  'rating',
  'disciplined',
  'evaluator',
  'notes',
];

export const EMPTY_EVALUATION_FORM: EvaluationFormValues = {
  year: '',
  score: '',
  rating: '',
  disciplined: false,
  evaluator: '',
  notes: '',
};

const clean = (text: string) => text.normalize('NFC').trim();

/** The year typed, or null while it is no four-digit whole number. */
export function yearOf(text: string): number | null {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** The score typed (a decimal comma as Vietnamese writes it, or a point); '' is none. */
function scoreOf(text: string): number | null | 'invalid' {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

/** The facts rule 5 rates, while the year and score can be read; null otherwise. */
export function ratingInputOf(values: EvaluationFormValues, today: string): EvaluationInput | null {
  const year = yearOf(values.year);
  const score = scoreOf(values.score);
  if (year === null || score === 'invalid') return null;
  return { year, score, rating: values.rating || null, disciplined: values.disciplined, today };
}

export function readEvaluationForm(
  values: EvaluationFormValues,
): Reading<EvaluationFacts, EvaluationFormField> {
  const problems: Partial<Record<EvaluationFormField, Problem>> = {};
  const year = yearOf(values.year);
  if (!values.year.trim()) problems.year = { key: 'yearRequired' };
  else if (year === null) problems.year = { key: 'yearInvalid' };
  const score = scoreOf(values.score);
  if (score === 'invalid') problems.score = { key: 'scoreInvalid' };
  if (year === null || score === 'invalid') return { ok: false, problems };
  return {
    ok: true,
    facts: {
      year,
      score,
      rating: values.rating || null,
      disciplined: values.disciplined,
      evaluator: clean(values.evaluator) || null,
      notes: clean(values.notes) || null,
    },
  };
}

/** The field a userError concerns: its path is ["input", "<field>"]. */
export function evaluationErrorField(path: readonly string[] | null): EvaluationFormField | null {
  const name = path?.[0] === 'input' ? path[1] : undefined;
  return FIELDS.find((field) => field === name) ?? null;
}

type Recorded = {
  year: number;
  score: number | null;
  rating: Rating;
  disciplined: boolean;
  evaluator: string | null;
  notes: string | null;
};

/**
 * The form filled with a recorded evaluation. The rating is kept only where the rules would not
 * give it by themselves (a lower rating than the band, or one given without a score), so a
 * corrected score still rates by its band.
 */
export function formValuesOf(evaluation: Recorded): EvaluationFormValues {
  const { year, score, disciplined } = evaluation;
  const byRules = rateEvaluation({ year, score, rating: null, disciplined });
  const given = !(byRules.decision === 'RATED' && byRules.rating === evaluation.rating);
  return {
    year: String(evaluation.year),
    score: evaluation.score === null ? '' : String(evaluation.score),
    rating: given ? evaluation.rating : '',
    disciplined: evaluation.disciplined,
    evaluator: evaluation.evaluator ?? '',
    notes: evaluation.notes ?? '',
  };
}
