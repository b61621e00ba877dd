import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/forms/date-input';
import { FormErrors } from '../../../components/forms/form-errors';
import type { UserErrorLike } from '../../../components/forms/use-checked-form';
import { Field } from '../../../components/ui/field';
import { StaleNotice } from './stale-notice';

// What the area, unit, post and merge forms share: a choice among an enum's values, the days a
// version exists (its first day and its last day, stored as the exclusive validTo), and the
// foot of the form.

type ChoiceProps<T extends string> = {
  choices: readonly T[];
  /** One of the choices, or '' for none chosen yet. */
  value: T | '';
  onChange: (value: T | '') => void;
  labelOf: (choice: T) => string;
  /** Given by Field. */
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
};

/** A select of an enum's values with a "choose" first option; answers only values it offers. */
export function ChoiceSelect<T extends string>({
  choices,
  value,
  onChange,
  labelOf,
  ...aria
}: ChoiceProps<T>) {
  const { t } = useTranslation();
  return (
    <select
      {...aria}
      value={value}
      onChange={(event) => onChange(choices.find((choice) => choice === event.target.value) ?? '')}
    >
      <option value="">{t('units.choose')}</option>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labelOf(choice)}
        </option>
      ))}
    </select>
  );
}

type Validity = { validFrom: string; lastDay: string };

type ValidityForm = {
  values: Validity;
  change: (patch: Partial<Validity>, fields: readonly ('validFrom' | 'lastDay')[]) => void;
  message: (field: 'validFrom' | 'lastDay') => string | undefined;
};

/** The first day and the last day of a version, each checked against the other. */
export function ValidityFields({ form }: { form: ValidityForm }) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('units.form.validFrom')} error={form.message('validFrom')}>
        <DateInput
          value={form.values.validFrom}
          onChange={(validFrom) => form.change({ validFrom }, ['validFrom', 'lastDay'])}
        />
      </Field>
      <Field
        label={t('units.form.lastDay')}
        hint={t('units.form.lastDayHint')}
        error={form.message('lastDay')}
      >
        <DateInput
          value={form.values.lastDay}
          onChange={(lastDay) => form.change({ lastDay }, ['validFrom', 'lastDay'])}
        />
      </Field>
    </>
  );
}

type FooterProps = {
  form: {
    fieldsInvalid: boolean;
    unplaced: readonly UserErrorLike[];
    submitting: boolean;
  };
  staleness: { stale: boolean; reload: () => void };
  saveLabel: string;
  onCancel: () => void;
};

/** The refusals not placed beside a field, the stale-version notice, save and cancel. */
export function RegistryFormFooter({ form, staleness, saveLabel, onCancel }: FooterProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormErrors fieldsInvalid={form.fieldsInvalid} unplaced={form.unplaced} />
      {staleness.stale && <StaleNotice onReload={staleness.reload} />}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={form.submitting}>
          {form.submitting ? t('units.saving') : saveLabel}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('units.cancel')}
        </button>
      </div>
    </>
  );
}
