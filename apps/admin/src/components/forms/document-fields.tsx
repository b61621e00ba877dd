import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../lib/format';
import { Field } from '../ui/field';
import { DateInput } from './date-input';
import type { DocumentDraft } from './document-draft';
import { UnitChoiceField } from './unit-choice-field';

type Props = {
  legend: string;
  hint?: string;
  value: DocumentDraft;
  onChange: (value: DocumentDraft) => void;
  errors?: Partial<Record<keyof DocumentDraft, string | undefined>>;
};

type TextPart = 'number' | 'issuer' | 'title';

/** A numbered paper (DocumentInput): number, date, issuer and its unit, title. */
export function DocumentFields({ legend, hint, value, onChange, errors = {} }: Props) {
  const { t } = useTranslation();
  const set = (key: TextPart) => (event: { target: { value: string } }) =>
    onChange({ ...value, [key]: event.target.value });
  return (
    <fieldset className="toolbar">
      <legend>{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      <Field label={t('document.number')} error={errors.number}>
        <input value={value.number} onChange={set('number')} placeholder="123-QĐ/TU" />
      </Field>
      <Field label={t('document.issuedOn')} error={errors.issuedOn}>
        <DateInput
          value={value.issuedOn}
          onChange={(issuedOn) => onChange({ ...value, issuedOn })}
        />
      </Field>
      <Field label={t('document.issuer')} error={errors.issuer}>
        <input value={value.issuer} onChange={set('issuer')} />
      </Field>
      {/* Units that existed on the day of issue, once it is typed. */}
      <UnitChoiceField
        label={t('document.issuerUnit')}
        searchLabel={t('document.issuerUnitSearch')}
        hint={t('document.issuerUnitHint')}
        noneLabel={t('document.noIssuerUnit')}
        value={value.issuerUnit}
        onChange={(issuerUnit) => onChange({ ...value, issuerUnit })}
        activeAt={isIsoDate(value.issuedOn) ? value.issuedOn : null}
        error={errors.issuerUnit}
      />
      <Field label={t('document.title')} error={errors.title}>
        <input value={value.title} onChange={set('title')} />
      </Field>
    </fieldset>
  );
}
