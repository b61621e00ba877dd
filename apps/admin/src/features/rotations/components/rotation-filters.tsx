import { useTranslation } from 'react-i18next';
import { ROTATION_CATEGORIES, ROTATION_STATUSES } from '@luanchuyen/domain';
import { DateInput } from '../../../components/forms/date-input';
import { Field } from '../../../components/ui/field';
import type {
  RotationCategory,
  RotationFilter,
  RotationFilterNamesQuery,
  RotationStatus,
} from '../../../lib/gql/graphql';
import { useRotationFilterNames } from '../api/rotation-filter-choices.query';
import { RotationFilterPicker } from './rotation-filter-picker';

type Props = { filter: RotationFilter; onChange: (filter: RotationFilter) => void };

function toggle<T>(list: readonly T[] | null | undefined, value: T): T[] | null {
  const next = list?.includes(value)
    ? list.filter((item) => item !== value)
    : [...(list ?? []), value];
  return next.length > 0 ? next : null;
}

type NamedNode = NonNullable<RotationFilterNamesQuery['nodes'][number]>;

/** What a person knows a record by: a cadre's or unit's name, a plan's code and title. */
function nameOf(node: NamedNode): string | null {
  if ('fullName' in node) return node.fullName;
  if ('name' in node) return node.name;
  if ('code' in node) return `${node.code}: ${node.title}`;
  return null;
}

/** RotationFilter as a form: plan, unit and cadre picked by name, categories, statuses, period. */
export function RotationFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const ids = [filter.planId, filter.unitId, filter.cadreId].filter((id): id is string => !!id);
  const [{ data, fetching }] = useRotationFilterNames(ids);
  const names = new Map(
    (data?.nodes ?? []).flatMap((node) => (node ? [[node.id, nameOf(node)] as const] : [])),
  );
  const nameFor = (id: string | null | undefined) =>
    !id ? null : names.has(id) ? (names.get(id) ?? null) : fetching || !data ? undefined : null;
  const date = (key: 'startedFrom' | 'startedTo' | 'activeAt') => ({
    value: filter[key] ?? '',
    onChange: (value: string) => onChange({ ...filter, [key]: value || null }),
  });
  const pick = (key: 'planId' | 'unitId' | 'cadreId') => ({
    value: filter[key] ?? null,
    name: nameFor(filter[key]),
    onChange: (id: string | null) =>
      // The lineage belongs to the unit: clearing the unit clears it (the API refuses it alone).
      onChange({
        ...filter,
        [key]: id,
        ...(key === 'unitId' && !id ? { includeLineage: null } : {}),
      }),
  });
  return (
    <details className="card" open>
      <summary>{t('rotations.filters.title')}</summary>
      <div className="toolbar">
        <RotationFilterPicker kind="plan" {...pick('planId')} />
        <RotationFilterPicker kind="unit" {...pick('unitId')} />
        <label>
          <input
            type="checkbox"
            checked={(filter.includeLineage ?? false) && !!filter.unitId}
            disabled={!filter.unitId}
            onChange={(event) =>
              onChange({ ...filter, includeLineage: event.target.checked || null })
            }
          />
          {t('rotations.filters.includeLineage')}
        </label>
        <RotationFilterPicker kind="cadre" {...pick('cadreId')} />
      </div>
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
        <label>
          <input
            type="checkbox"
            checked={filter.overdue ?? false}
            onChange={(event) => onChange({ ...filter, overdue: event.target.checked || null })}
          />
          {t('rotations.filters.overdue')}
        </label>
      </fieldset>
      <div className="toolbar">
        <Field label={t('rotations.filters.startedFrom')}>
          <DateInput {...date('startedFrom')} />
        </Field>
        <Field label={t('rotations.filters.startedTo')}>
          <DateInput {...date('startedTo')} />
        </Field>
        <Field label={t('rotations.filters.activeAt')}>
          <DateInput {...date('activeAt')} />
        </Field>
        <button type="button" className="btn" onClick={() => onChange({})}>
          {t('rotations.filters.clear')}
        </button>
      </div>
    </details>
  );
}
