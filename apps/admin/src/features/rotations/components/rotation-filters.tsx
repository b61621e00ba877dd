import { useTranslation } from 'react-i18next';
import { ROTATION_CATEGORIES, ROTATION_STATUSES } from '@luanchuyen/domain';
import { Field } from '../../../components/ui/field';
import type { RotationCategory, RotationFilter, RotationStatus } from '../../../lib/gql/graphql';

type Props = { filter: RotationFilter; onChange: (filter: RotationFilter) => void };

function toggle<T>(list: readonly T[] | null | undefined, value: T): T[] | null {
  const next = list?.includes(value)
    ? list.filter((item) => item !== value)
    : [...(list ?? []), value];
  return next.length > 0 ? next : null;
}

/** RotationFilter as a form: categories, statuses and dates; ids come from links (?cadreId=…). */
export function RotationFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const date = (key: 'startedFrom' | 'startedTo' | 'activeAt') => ({
    value: filter[key] ?? '',
    onChange: (event: { target: { value: string } }) =>
      onChange({ ...filter, [key]: event.target.value || null }),
  });
  return (
    <details className="card" open>
      <summary>{t('rotations.filters.title')}</summary>
      <fieldset className="checks">
        <legend>{t('rotations.filters.categories')}</legend>
        {ROTATION_CATEGORIES.map((category: RotationCategory) => (
          <label key={category}>
            <input
              type="checkbox"
              checked={filter.categories?.includes(category) ?? false}
              onChange={() =>
                onChange({ ...filter, categories: toggle(filter.categories, category) })
              }
            />
            {t(`category.${category}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend>{t('rotations.filters.statuses')}</legend>
        {ROTATION_STATUSES.map((status: RotationStatus) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={filter.statuses?.includes(status) ?? false}
              onChange={() => onChange({ ...filter, statuses: toggle(filter.statuses, status) })}
            />
            {t(`status.${status}`)}
          </label>
        ))}
      </fieldset>
      <div className="toolbar">
        <Field label={t('rotations.filters.startedFrom')}>
          <input type="date" {...date('startedFrom')} />
        </Field>
        <Field label={t('rotations.filters.startedTo')}>
          <input type="date" {...date('startedTo')} />
        </Field>
        <Field label={t('rotations.filters.activeAt')}>
          <input type="date" {...date('activeAt')} />
        </Field>
        <button type="button" className="btn" onClick={() => onChange({})}>
          {t('rotations.filters.clear')}
        </button>
      </div>
    </details>
  );
}
