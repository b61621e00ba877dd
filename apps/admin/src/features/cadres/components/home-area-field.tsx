import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useDebounced } from '../../../lib/use-debounced';
import { useHomeAreaChoices } from '../api/home-area-choices.query';
import type { AreaChoice } from '../utils/cadre-form-values';

type Props = {
  value: AreaChoice | null;
  onChange: (choice: AreaChoice | null) => void;
  /** Areas that exist on this day are offered. */
  today: string;
  error?: string | undefined;
};

/**
 * A search box and the matching areas, by name. The current choice stays offered even when a
 * search no longer matches it or it has since been merged away (a cadre's recorded home area).
 */
export function HomeAreaField({ value, onChange, today, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useHomeAreaChoices(useDebounced(search), today);
  const areas = data?.areas;
  const found: AreaChoice[] = (areas?.nodes ?? []).map((area) => ({
    id: area.id,
    // Names are not identifiers: the enclosing area tells two of the same name apart.
    label: area.parent ? `${area.name} (${area.parent.name})` : area.name,
  }));
  const choices = value && !found.some((area) => area.id === value.id) ? [value, ...found] : found;
  const more =
    areas && areas.totalCount > areas.nodes.length
      ? t('cadres.form.homeAreaMore', { shown: areas.nodes.length, total: areas.totalCount })
      : null;
  return (
    <div className="toolbar">
      <Field label={t('cadres.form.homeAreaSearch')} hint={more ?? t('cadres.form.homeAreaHint')}>
        <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </Field>
      <Field label={t('cadres.form.homeArea')} error={error}>
        <select
          name="homeAreaId"
          value={value?.id ?? ''}
          aria-busy={fetching}
          onChange={(event) =>
            onChange(choices.find((area) => area.id === event.target.value) ?? null)
          }
        >
          <option value="">{t('cadres.form.unknown')}</option>
          {choices.map((area) => (
            <option key={area.id} value={area.id}>
              {area.label}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
