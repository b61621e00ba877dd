import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCheckedForm, type UserErrorLike } from '../../../components/forms/use-checked-form';
import { DateInput } from '../../../components/forms/date-input';
import { UnitChoiceField } from '../../../components/forms/unit-choice-field';
import { Field } from '../../../components/ui/field';
import { isIsoDate, todayIso } from '../../../lib/format';
import type { Sex } from '../../../lib/gql/graphql';
import {
  readCadreForm,
  shownBirthYear,
  userErrorField,
  type CadreFacts,
  type CadreFormField,
  type CadreFormValues,
} from '../utils/cadre-form-values';
import { FormErrors } from '../../../components/forms/form-errors';
import { HomeAreaField } from './home-area-field';

type Props = {
  initial: CadreFormValues;
  /** The form's accessible name, usually the page title. */
  label: string;
  submitLabel: string;
  notesHint: string;
  cancelTo: string;
  /** Sends the facts; resolves to the server's userErrors, none when saved. */
  onSubmit: (facts: CadreFacts) => Promise<readonly UserErrorLike[]>;
  /** Shown above the buttons, e.g. the page's own notice about a stale version. */
  children?: ReactNode;
  /** Ask for the managing body (on creation; afterwards it changes from a date on the profile). */
  askBody?: boolean;
};

const SEXES: readonly Sex[] = ['MALE', 'FEMALE'];

// The input each value is sent as, which is what a userError's path names.
const FIELD_OF: Record<keyof CadreFormValues, CadreFormField> = {
  fullName: 'fullName',
  code: 'code',
  sex: 'sex',
  birthDate: 'birthDate',
  birthYear: 'birthYear',
  homeArea: 'homeAreaId',
  notes: 'notes',
  body: 'bodyId',
};

/** A cadre's own facts, checked as the API checks them before anything is sent. */
export function CadreForm(props: Props) {
  const { initial, label, submitLabel, notesHint, cancelTo, onSubmit, children, askBody } = props;
  const { t } = useTranslation();
  const [today] = useState(todayIso);
  const form = useCheckedForm({
    initial,
    read: (current: CadreFormValues) => readCadreForm(current, today),
    fieldOf: userErrorField,
    problemText: (problem) => t(`cadres.form.errors.${problem.key}`, problem.values ?? {}),
    onSubmit,
  });
  const { values, formRef, submit, submitting, message, unplaced, fieldsInvalid } = form;

  const change = <K extends keyof CadreFormValues>(key: K, value: CadreFormValues[K]) => {
    const next: Partial<CadreFormValues> = {};
    next[key] = value;
    form.change(next, [FIELD_OF[key]]);
  };

  const dateGiven = isIsoDate(values.birthDate);
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={label}>
      <Field
        label={t('cadres.form.fullName')}
        hint={t('cadres.form.fullNameHint')}
        error={message('fullName')}
      >
        <input
          name="fullName"
          autoComplete="off"
          aria-required
          value={values.fullName}
          onChange={(event) => change('fullName', event.target.value)}
        />
      </Field>
      <Field label={t('cadres.form.code')} hint={t('cadres.form.codeHint')} error={message('code')}>
        <input
          name="code"
          autoComplete="off"
          value={values.code}
          onChange={(event) => change('code', event.target.value)}
        />
      </Field>
      <div className="toolbar">
        <Field label={t('cadres.form.sex')} error={message('sex')}>
          <select
            name="sex"
            value={values.sex}
            onChange={(event) =>
              change('sex', SEXES.find((sex) => sex === event.target.value) ?? '')
            }
          >
            <option value="">{t('cadres.form.unknown')}</option>
            {SEXES.map((sex) => (
              <option key={sex} value={sex}>
                {t(`cadres.sex.${sex}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('cadres.form.birthDate')}
          hint={t('cadres.form.birthDateHint')}
          error={message('birthDate')}
        >
          <DateInput
            name="birthDate"
            value={values.birthDate}
            onChange={(birthDate) => change('birthDate', birthDate)}
          />
        </Field>
        <Field
          label={t('cadres.form.birthYear')}
          hint={t(dateGiven ? 'cadres.form.birthYearFromDate' : 'cadres.form.birthYearHint')}
          error={message('birthYear')}
        >
          {/* A known date decides the year (the API derives it), so the year is only shown. */}
          <input
            type="number"
            name="birthYear"
            inputMode="numeric"
            min={1900}
            max={today.slice(0, 4)}
            step={1}
            disabled={dateGiven}
            value={shownBirthYear(values)}
            onChange={(event) => change('birthYear', event.target.value)}
          />
        </Field>
      </div>
      <HomeAreaField
        value={values.homeArea}
        onChange={(choice) => change('homeArea', choice)}
        today={today}
        error={message('homeAreaId')}
      />
      {askBody && (
        <UnitChoiceField
          label={t('managingBody.label')}
          searchLabel={t('managingBody.form.search')}
          hint={t('managingBody.create.hint')}
          noneLabel={t('managingBody.create.none')}
          name="bodyId"
          value={values.body}
          onChange={(body) => change('body', body)}
          activeAt={today}
          error={message('bodyId')}
        />
      )}
      <Field label={t('cadres.form.notes')} hint={notesHint} error={message('notes')}>
        <textarea
          name="notes"
          rows={3}
          value={values.notes}
          onChange={(event) => change('notes', event.target.value)}
        />
      </Field>
      <FormErrors fieldsInvalid={fieldsInvalid} unplaced={unplaced} />
      {children}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={submitting}>
          {submitting ? t('cadres.form.submitting') : submitLabel}
        </button>
        <Link className="btn" to={cancelTo}>
          {t('cadres.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
