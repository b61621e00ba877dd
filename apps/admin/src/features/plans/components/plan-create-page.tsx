import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DateInput } from '../../../components/forms/date-input';
import { FormErrors } from '../../../components/forms/form-errors';
import { refusalOf } from '../../../components/forms/refusal';
import { useCheckedForm } from '../../../components/forms/use-checked-form';
import { Field } from '../../../components/ui/field';
import { useCanEdit } from '../../../lib/session';
import { usePlanCreate } from '../api/plan-create.mutation';
import {
  EMPTY_PLAN_FORM,
  planFieldOf,
  readPlanForm,
  REASONS,
  type PlanField,
  type PlanFormValues,
} from '../utils/plan-form-values';
import { IssuingUnitField } from './issuing-unit-field';

const DATES = ['issuedOn', 'periodStart', 'periodEnd'] as const;
const NUMBERS = ['targetCount', 'longTenureYears', 'youngAgeLimit'] as const;

/** A new rotation plan with its criteria; the plan's page opens once the server has written it. */
export function PlanCreatePage() {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  const [, create] = usePlanCreate();
  const reasonsErrorId = useId();
  const form = useCheckedForm({
    initial: EMPTY_PLAN_FORM,
    read: readPlanForm,
    fieldOf: planFieldOf,
    problemText: (problem) => t(problem.key, problem.values ?? {}),
    onSubmit: async (input) => {
      // A new plan changes the list of plans, which held no plan to invalidate when empty.
      const result = await create({ input }, { additionalTypenames: ['RotationPlanConnection'] });
      const payload = result.data?.rotationPlanCreate;
      if (payload?.rotationPlan) {
        void navigate(`/plans/${encodeURIComponent(payload.rotationPlan.id)}`);
        return [];
      }
      return refusalOf(payload?.userErrors, result.error, t('state.error'));
    },
  });
  const { values, message } = form;
  const change = <K extends keyof PlanFormValues>(
    key: K,
    value: PlanFormValues[K],
    field: PlanField,
  ) => {
    const next: Partial<PlanFormValues> = {};
    next[key] = value;
    // The period is judged as a whole: changing either end retires what was said of the other.
    form.change(next, field === 'periodStart' ? ['periodStart', 'periodEnd'] : [field]);
  };

  if (!canEdit) return <p role="alert">{t('state.notFound')}</p>;
  const reasonsError = message('reasons');
  return (
    <section>
      <p>
        <Link to="/plans">← {t('plans.back')}</Link>
      </p>
      <h1>{t('plans.form.title')}</h1>
      <form ref={form.formRef} onSubmit={form.submit} noValidate aria-label={t('plans.form.title')}>
        <div className="toolbar">
          <Field label={t('plans.code')} hint={t('plans.form.codeHint')} error={message('code')}>
            <input
              name="code"
              autoComplete="off"
              aria-required
              value={values.code}
              onChange={(event) => change('code', event.target.value, 'code')}
            />
          </Field>
          <Field label={t('plans.name')} error={message('title')}>
            <input
              name="title"
              autoComplete="off"
              aria-required
              value={values.title}
              onChange={(event) => change('title', event.target.value, 'title')}
            />
          </Field>
        </div>
        <IssuingUnitField
          value={values.issuingUnit}
          issuedOn={values.issuedOn}
          error={message('issuingUnitId')}
          onChange={(unit) => change('issuingUnit', unit, 'issuingUnitId')}
        />
        <div className="toolbar">
          {DATES.map((field) => (
            <Field
              key={field}
              label={t(`plans.form.${field}`)}
              hint={field === 'periodEnd' ? t('plans.form.periodEndHint') : undefined}
              error={message(field)}
            >
              <DateInput
                name={field}
                required
                value={values[field]}
                onChange={(day) => change(field, day, field)}
              />
            </Field>
          ))}
        </div>
        <fieldset className="toolbar">
          <legend>{t('plans.criteria')}</legend>
          {NUMBERS.map((field) => (
            <Field key={field} label={t(`plans.form.${field}`)} error={message(field)}>
              <input
                name={field}
                type="number"
                inputMode="numeric"
                step={1}
                value={values[field]}
                onChange={(event) => change(field, event.target.value, field)}
              />
            </Field>
          ))}
        </fieldset>
        <fieldset className="checks" aria-describedby={reasonsError ? reasonsErrorId : undefined}>
          <legend>{t('plans.form.reasons')}</legend>
          {REASONS.map((reason) => (
            <label key={reason}>
              <input
                type="checkbox"
                aria-invalid={reasonsError ? true : undefined}
                checked={values.reasons.includes(reason)}
                onChange={(event) =>
                  change(
                    'reasons',
                    event.target.checked
                      ? [...values.reasons, reason]
                      : values.reasons.filter((kept) => kept !== reason),
                    'reasons',
                  )
                }
              />
              {t(`reason.${reason}`)}
            </label>
          ))}
          {reasonsError && (
            <div id={reasonsErrorId} className="field-error">
              {reasonsError}
            </div>
          )}
        </fieldset>
        <FormErrors fieldsInvalid={form.fieldsInvalid} unplaced={form.unplaced} />
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={form.submitting}>
            {t('plans.form.submit')}
          </button>
          <Link className="btn" to="/plans">
            {t('plans.form.cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}
