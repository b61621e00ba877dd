import { isOneOf, ROTATION_CATEGORIES, ROTATION_STATUSES } from '@luanchuyen/domain';
import { isIsoDate } from '../../../lib/format';
import type { RotationFilter } from '../../../lib/gql/graphql';

// The rotation history's filters live in the address (?planId=…&statuses=ACTIVE,COMPLETED&…),
// so a view can be bookmarked, shared and reloaded, and the browser's back and forward walk
// through the filters chosen. What cannot be read is named, never silently widened to "all".

const ID_KEYS = ['cadreId', 'planId', 'unitId', 'fromUnitId', 'toUnitId'] as const;
const DATE_KEYS = ['startedFrom', 'startedTo', 'activeAt'] as const;
const KNOWN = new Set<string>([
  ...ID_KEYS,
  ...DATE_KEYS,
  'includeLineage',
  'statuses',
  'categories',
  'overdue',
]);

export type ParsedRotationFilter = {
  filter: RotationFilter;
  /** The parameters left out because their value is not one the filter takes. */
  ignored: string[];
};

function listOf<T extends string>(
  raw: string,
  allowed: readonly T[],
): { values: T[]; bad: boolean } {
  const parts = raw.split(',').filter((part) => part !== '');
  const values = parts.filter((part): part is T => isOneOf(allowed, part));
  return { values: [...new Set(values)], bad: values.length !== parts.length };
}

export function filterFromParams(params: URLSearchParams): ParsedRotationFilter {
  const filter: RotationFilter = {};
  const ignored: string[] = [];
  for (const key of ID_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  for (const key of DATE_KEYS) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (isIsoDate(value)) filter[key] = value;
    else ignored.push(key);
  }
  const statuses = params.get('statuses');
  if (statuses) {
    const { values, bad } = listOf(statuses, ROTATION_STATUSES);
    if (values.length > 0) filter.statuses = values;
    if (bad) ignored.push('statuses');
  }
  const categories = params.get('categories');
  if (categories) {
    const { values, bad } = listOf(categories, ROTATION_CATEGORIES);
    if (values.length > 0) filter.categories = values;
    if (bad) ignored.push('categories');
  }
  const overdue = params.get('overdue');
  if (overdue === 'true') filter.overdue = true;
  else if (overdue !== null && overdue !== 'false') ignored.push('overdue');
  // The lineage is the unit's: without a unit the API refuses it, so the address names it.
  const lineage = params.get('includeLineage');
  if (lineage === 'true' && filter.unitId) filter.includeLineage = true;
  else if (lineage !== null && lineage !== 'false') ignored.push('includeLineage');
  for (const key of params.keys()) {
    if (!KNOWN.has(key) && !ignored.includes(key)) ignored.push(key);
  }
  return { filter, ignored };
}

/** The address of a filter: only what is set, in a fixed order, so equal views share a URL. */
export function paramsFromFilter(filter: RotationFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ID_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (filter.includeLineage && filter.unitId) params.set('includeLineage', 'true');
  if (filter.statuses?.length) params.set('statuses', filter.statuses.join(','));
  if (filter.categories?.length) params.set('categories', filter.categories.join(','));
  for (const key of DATE_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (filter.overdue) params.set('overdue', 'true');
  return params;
}
