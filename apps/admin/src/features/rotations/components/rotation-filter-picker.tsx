import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { matchesWords } from '../../../lib/fold-text';
import { useDebounced } from '../../../lib/use-debounced';
import {
  useRotationFilterChoices,
  type FilterRecordKind,
} from '../api/rotation-filter-choices.query';

type Choice = { id: string; label: string };

type Props = {
  kind: FilterRecordKind;
  /** The chosen record's id (from the address), or null. */
  value: string | null;
  /** Its name: undefined while it loads, null when the id names nothing. */
  name: string | null | undefined;
  onChange: (id: string | null) => void;
};

/** A search by name and the matching records of one kind (cadre, unit or plan) to narrow to. */
export function RotationFilterPicker({ kind, value, name, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const settled = useDebounced(search);
  const [{ data, fetching }] = useRotationFilterChoices(kind, settled);
  const found: Choice[] = [
    ...(data?.cadres?.nodes ?? []).map((cadre) => ({
      id: cadre.id,
      label: cadre.birthYear ? `${cadre.fullName} (${cadre.birthYear})` : cadre.fullName,
    })),
    ...(data?.units?.nodes ?? []).map((unit) => ({ id: unit.id, label: unit.name })),
    ...(data?.rotationPlans?.nodes ?? [])
      .map((plan) => ({ id: plan.id, label: `${plan.code}: ${plan.title}` }))
      .filter((plan) => matchesWords(plan.label, settled)),
  ];
  // The chosen record stays offered, by name, whatever is typed since.
  const choices =
    value && !found.some((choice) => choice.id === value)
      ? [
          {
            id: value,
            label: name ?? t(`rotations.filters.${name === null ? 'unknown' : 'loadingName'}`),
          },
          ...found,
        ]
      : found;
  return (
    <div className="filter-picker">
      <Field label={t(`rotations.filters.search.${kind}`)}>
        <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </Field>
      <Field label={t(`rotations.filters.record.${kind}`)}>
        <select
          value={value ?? ''}
          aria-busy={fetching}
          onChange={(event) => onChange(event.target.value || null)}
        >
          <option value="">{t('rotations.filters.all')}</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
