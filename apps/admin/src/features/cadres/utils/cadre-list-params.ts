import type {
  CadreAgeBand,
  CadreFilter,
  CadreOrder,
  CadreOrderField,
  CadreStatus,
  OrderDirection,
} from '../../../lib/gql/graphql';

// The cadres list's whole view lives in the address, so a reload, a bookmark or a link sent to
// a colleague shows the same list: ?q=vu&unit=…&status=ACTIVE&age=UNDER_35&pool=in
// &sort=BIRTH_DATE&dir=DESC&after=…&after=…. The `after` values are the cursors of the pages
// read before this one (the last opens this page), so "previous" works after a reload too.
// A value the list does not know is left out and named, never silently guessed at.

export const CADRE_STATUSES: readonly CadreStatus[] = ['ACTIVE', 'RETIRED', 'LEFT'];
export const AGE_BANDS: readonly CadreAgeBand[] = [
  'UNDER_35',
  'FROM_35_TO_44',
  'FROM_45_TO_54',
  'FROM_55',
  'UNKNOWN',
];
const SORT_FIELDS: readonly CadreOrderField[] = ['NAME', 'BIRTH_DATE'];
const DIRECTIONS: readonly OrderDirection[] = ['ASC', 'DESC'];
export type PoolChoice = 'in' | 'out';
const POOL_CHOICES: readonly PoolChoice[] = ['in', 'out'];

export type CadreListView = {
  search: string;
  unitId: string | null;
  status: CadreStatus | null;
  ageBand: CadreAgeBand | null;
  pool: PoolChoice | null;
  order: CadreOrder;
  /** The cursors of the pages before this one, oldest first; empty on the first page. */
  cursors: string[];
};

export const DEFAULT_ORDER: CadreOrder = { field: 'NAME', direction: 'ASC' };

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((item) => item === value) ?? null;
}

/** The view an address names, and the parameters it had to leave out. */
export function viewFromParams(params: URLSearchParams): {
  view: CadreListView;
  ignored: string[];
} {
  const ignored: string[] = [];
  function pick<T extends string>(key: string, allowed: readonly T[]): T | null {
    const raw = params.get(key);
    const value = oneOf(raw, allowed);
    if (raw !== null && value === null) ignored.push(`${key}=${raw}`);
    return value;
  }
  const view: CadreListView = {
    search: params.get('q') ?? '',
    unitId: params.get('unit') || null,
    status: pick('status', CADRE_STATUSES),
    ageBand: pick('age', AGE_BANDS),
    pool: pick('pool', POOL_CHOICES),
    order: {
      field: pick('sort', SORT_FIELDS) ?? DEFAULT_ORDER.field,
      direction: pick('dir', DIRECTIONS) ?? DEFAULT_ORDER.direction,
    },
    cursors: params.getAll('after').filter(Boolean),
  };
  return { view, ignored };
}

/** The address of a view; defaults are left out, so the plain list is plain /cadres. */
export function paramsFromView(view: CadreListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search.trim()) params.set('q', view.search.trim());
  if (view.unitId) params.set('unit', view.unitId);
  if (view.status) params.set('status', view.status);
  if (view.ageBand) params.set('age', view.ageBand);
  if (view.pool) params.set('pool', view.pool);
  if (
    view.order.field !== DEFAULT_ORDER.field ||
    view.order.direction !== DEFAULT_ORDER.direction
  ) {
    params.set('sort', view.order.field);
    params.set('dir', view.order.direction);
  }
  for (const cursor of view.cursors) params.append('after', cursor);
  return params;
}

/** The API's filter for a view (the pool as a yes or no; age and pool judged today). */
export function filterOfView(view: CadreListView): CadreFilter {
  return {
    search: view.search.trim() || null,
    unitId: view.unitId,
    status: view.status,
    ageBand: view.ageBand,
    inSuccessionPool: view.pool === null ? null : view.pool === 'in',
  };
}

/** Sorting by a column: the sorted column turns around, another starts from ASC. */
export function orderAfterClick(order: CadreOrder, field: CadreOrderField): CadreOrder {
  if (order.field !== field) return { field, direction: 'ASC' };
  return { field, direction: order.direction === 'ASC' ? 'DESC' : 'ASC' };
}

/**
 * The catalogue key of the line under the list that says how it is sorted. A reader the API
 * hides birth dates from is sorted by age band (the API's BIRTH_DATE order for such callers).
 */
export function orderHintKey(order: CadreOrder, birthDatesHidden: boolean): string {
  if (order.field === 'NAME') return 'cadreList.nameOrderHint';
  return birthDatesHidden ? 'cadreList.bandOrderHint' : 'cadreList.birthOrderHint';
}
