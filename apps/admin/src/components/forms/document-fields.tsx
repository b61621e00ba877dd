import { useTranslation } from 'react-i18next';
import { Field } from '../ui/field';
import { DateInput } from './date-input';
import type { DocumentDraft } from './document-draft';

type Props = {
  legend: string;
  hint?: string;
  value: DocumentDraft;
  onChange: (value: DocumentDraft) => void;
  errors?: Partial<Record<keyof DocumentDraft, string>>;
};

/** A numbered paper (DocumentInput): number, date, issuer, title. */
export function DocumentFields({ legend, hint, value, onChange, errors = {} }: Props) {
  const { t } = useTranslation();
  const set = (key: keyof DocumentDraft) => (event: { target: { value: string } }) =>
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
      <Field label={t('document.title')} error={errors.title}>
        <input value={value.title} onChange={set('title')} />
      </Field>
    </fieldset>
  );
}
