import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCheckedForm, type UserErrorLike } from '../../../components/forms/use-checked-form';
import { Field } from '../../../components/ui/field';
import { todayIso } from '../../../lib/format';
import {
  RATINGS,
  evaluationErrorField,
  ratingInputOf,
  readEvaluationForm,
  type EvaluationFacts,
  type EvaluationFormField,
  type EvaluationFormValues,
} from '../utils/evaluation-form-values';
// The summary is the cadre forms' own; it belongs in components/forms beside the hook.
import { FormErrors } from '../../../components/forms/form-errors';
import { RatingPreview } from './rating-preview';

type Props = {
  initial: EvaluationFormValues;
  /** The form's accessible name, usually the page title. */
  label: string;
  submitLabel: string;
  /** A correction keeps the year it corrects. */
  yearFixed: boolean;
  cancelTo: string;
  /** Sends the facts; resolves to the server's userErrors, none when saved. */
  onSubmit: (facts: EvaluationFacts) => Promise<readonly UserErrorLike[]>;
  /** Shown above the buttons, e.g. the page's notice about a stale version. */
  children?: ReactNode;
};

// Rule 5 judges the year, score, rating and discipline together: a change to one retires what
// the server said about any of them.
const RATED: readonly EvaluationFormField[] = ['year', 'score', 'rating', 'disciplined'];

/** One year's evaluation, with the rating the rules give it shown as it is typed. */
export function EvaluationForm(props: Props) {
  const { initial, label, submitLabel, yearFixed, cancelTo, onSubmit, children } = props;
  const { t } = useTranslation();
  const [today] = useState(todayIso);
  const form = useCheckedForm({
    initial,
    read: readEvaluationForm,
    fieldOf: evaluationErrorField,
    problemText: (problem) => t(`evaluations.form.errors.${problem.key}`, problem.values ?? {}),
    onSubmit,
  });
  const { values, formRef, submit, submitting, message, unplaced, fieldsInvalid } = form;

  return (
    <div className="form-with-panel">
      <form ref={formRef} onSubmit={submit} noValidate aria-label={label}>
        <div className="toolbar">
          <Field
            label={t('evaluations.form.year')}
            hint={t(yearFixed ? 'evaluations.form.yearFixed' : 'evaluations.form.yearHint')}
            error={message('year')}
          >
            <input
              type="number"
              name="year"
              inputMode="numeric"
              step={1}
              max={today.slice(0, 4)}
              aria-required
              disabled={yearFixed}
              value={values.year}
              onChange={(event) => form.change({ year: event.target.value }, RATED)}
            />
          </Field>
          <Field
            label={t('evaluations.form.score')}
            hint={t('evaluations.form.scoreHint')}
            error={message('score')}
          >
            <input
              name="score"
              inputMode="decimal"
              autoComplete="off"
              value={values.score}
              onChange={(event) => form.change({ score: event.target.value }, RATED)}
            />
          </Field>
          <Field
            label={t('evaluations.form.rating')}
            hint={t('evaluations.form.ratingHint')}
            error={message('rating')}
          >
            <select
              name="rating"
              value={values.rating}
              onChange={(event) =>
                form.change(
                  { rating: RATINGS.find((rating) => rating === event.target.value) ?? '' },
                  RATED,
                )
              }
            >
              <option value="">{t('evaluations.form.ratingByRules')}</option>
              {RATINGS.map((rating) => (
                <option key={rating} value={rating}>
                  {t(`rating.${rating}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className={message('disciplined') ? 'field field-invalid' : 'field'}>
          <label>
            <input
              type="checkbox"
              name="disciplined"
              checked={values.disciplined}
              onChange={(event) => form.change({ disciplined: event.target.checked }, RATED)}
            />{' '}
            {t('evaluations.form.disciplined')}
          </label>
          {message('disciplined') && <div className="field-error">{message('disciplined')}</div>}
        </div>
        <Field label={t('evaluations.form.evaluator')} error={message('evaluator')}>
          <input
            name="evaluator"
            autoComplete="off"
            value={values.evaluator}
            onChange={(event) => form.change({ evaluator: event.target.value }, ['evaluator'])}
          />
        </Field>
        <Field label={t('evaluations.form.notes')} error={message('notes')}>
          <textarea
            name="notes"
            rows={3}
            value={values.notes}
            onChange={(event) => form.change({ notes: event.target.value }, ['notes'])}
          />
        </Field>
        <FormErrors fieldsInvalid={fieldsInvalid} unplaced={unplaced} />
        {children}
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={submitting}>
            {submitting ? t('evaluations.form.submitting') : submitLabel}
          </button>
          <Link className="btn" to={cancelTo}>
            {t('evaluations.form.cancel')}
          </Link>
        </div>
      </form>
      <RatingPreview input={ratingInputOf(values, today)} />
    </div>
  );
}
