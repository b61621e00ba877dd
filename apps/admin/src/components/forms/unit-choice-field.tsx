import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLastDay } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { Field } from '../ui/field';
import { useUnitChoices } from './unit-choices.query';

/** A unit as a form holds it: its name keeps it offered whatever is searched since. */
export type UnitChoice = { id: string; name: string };

type Props = {
  /** The list's label, e.g. "Phạm vi quản lý". */
  label: string;
  /** Said with the list, e.g. what choosing none means. */
  hint?: string;
  /** The search box's label. */
  searchLabel: string;
  /** Said with the search box, e.g. which units it finds. */
  searchHint?: string;
  /** The first option: what choosing no unit means here. */
  noneLabel: string;
  value: UnitChoice | null;
  onChange: (choice: UnitChoice | null) => void;
  /** Only units existing on this day are offered; null: units of any day, closed ones marked. */
  activeAt: string | null;
  error?: string | undefined;
  /** The select's form name. */
  name?: string;
};

/** A search box and the matching units; the unit chosen stays offered by its name. */
export function UnitChoiceField(props: Props) {
  const { label, hint, searchLabel, searchHint, noneLabel, value, onChange, activeAt, error } =
    props;
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useUnitChoices(useDebounced(search), activeAt);
  const found = (data?.units.nodes ?? []).map((unit) => ({
    choice: { id: unit.id, name: unit.name },
    // Names are not identifiers: a closed unit says until when it existed.
    label: unit.validTo
      ? t('unitChoice.closed', { name: unit.name, lastDay: formatLastDay(unit.validTo) })
      : unit.name,
  }));
  const options =
    value && !found.some((option) => option.choice.id === value.id)
      ? [{ choice: value, label: value.name }, ...found]
      : found;
  return (
    <div className="toolbar">
      <Field label={searchLabel} hint={searchHint}>
        <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </Field>
      <Field label={label} hint={hint} error={error}>
        <select
          name={props.name}
          value={value?.id ?? ''}
          aria-busy={fetching}
          onChange={(event) =>
            onChange(
              options.find((option) => option.choice.id === event.target.value)?.choice ?? null,
            )
          }
        >
          <option value="">{noneLabel}</option>
          {options.map((option) => (
            <option key={option.choice.id} value={option.choice.id}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
