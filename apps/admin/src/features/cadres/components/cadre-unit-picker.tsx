import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { formatLastDay } from '../../../lib/format';
import { useDebounced } from '../../../lib/use-debounced';
import { useCadreListUnitChoices, useCadreListUnitName } from '../api/cadre-list-units.query';

type Props = {
  /** The chosen unit's id (from the address), or null for every unit. */
  value: string | null;
  onChange: (unitId: string | null) => void;
};

type Choice = { id: string; label: string };

/** A search by unit name and the matching units; the chosen one stays offered by its name. */
export function CadreUnitPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useCadreListUnitChoices(useDebounced(search));
  const [{ data: named, fetching: naming }] = useCadreListUnitName(value);
  // Names are not identifiers: a closed unit says until when it existed.
  const found: Choice[] = (data?.units.nodes ?? []).map((unit) => ({
    id: unit.id,
    label: unit.validTo
      ? t('cadreList.unitClosed', { name: unit.name, lastDay: formatLastDay(unit.validTo) })
      : unit.name,
  }));
  const chosenName =
    named?.node && 'name' in named.node
      ? named.node.name
      : t(naming ? 'cadreList.unitLoading' : 'cadreList.unitUnknown');
  const choices =
    value && !found.some((choice) => choice.id === value)
      ? [{ id: value, label: chosenName }, ...found]
      : found;
  return (
    <div className="filter-picker">
      <Field label={t('cadreList.unitSearch')} hint={t('cadreList.unitSearchHint')}>
        <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </Field>
      <Field label={t('cadreList.unit')}>
        <select
          value={value ?? ''}
          aria-busy={fetching}
          onChange={(event) => onChange(event.target.value || null)}
        >
          <option value="">{t('cadreList.all')}</option>
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
