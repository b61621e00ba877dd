import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { isIsoDate } from '../../../lib/format';
import { useDebounced } from '../../../lib/use-debounced';
import { useIssuingUnitChoices } from '../api/plan-create.mutation';
import type { UnitChoice } from '../utils/plan-form-values';

type Props = {
  value: UnitChoice | null;
  onChange: (choice: UnitChoice | null) => void;
  /** Units that existed on the day the plan was issued are offered, once it is known. */
  issuedOn: string;
  error?: string | undefined;
};

/** A search box and the matching units; the plan may leave its issuer unrecorded. */
export function IssuingUnitField({ value, onChange, issuedOn, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useIssuingUnitChoices(
    useDebounced(search),
    isIsoDate(issuedOn) ? issuedOn : null,
  );
  const found: UnitChoice[] = data?.units.nodes ?? [];
  const choices = value && !found.some((unit) => unit.id === value.id) ? [value, ...found] : found;
  return (
    <div className="toolbar">
      <Field label={t('plans.form.issuerSearch')} hint={t('plans.form.issuerHint')}>
        <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </Field>
      <Field label={t('plans.issuer')} error={error}>
        <select
          name="issuingUnitId"
          value={value?.id ?? ''}
          aria-busy={fetching}
          onChange={(event) =>
            onChange(choices.find((unit) => unit.id === event.target.value) ?? null)
          }
        >
          <option value="">{t('plans.form.noIssuer')}</option>
          {choices.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
