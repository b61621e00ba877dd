import type { GraphQLContext } from '../context';
import { AppError } from '../errors';
import type { CadreFilter, CadreOrder as CadreOrderInput } from '../generated/resolver-types';
import { pageRequest, type PageArgs } from '../pagination';
import { requireExistingRowId } from '../row-id-argument';
import { searchTermOf } from '../search-terms';
import { t } from '../../i18n/messages';
import type { CadreWhere } from '../../read/cadre.queries';
import { cadreCursorShape, type CadreOrder } from '../../read/cadre-order';
import type { CursorValue, PageRequest } from '../../read/page';
import { seesPersonalData } from '../../personal-data/personal-data-access';

// The `cadres` arguments decoded once: the filter with its reference day, and a page request
// whose cursor must come from the same order (its first value names the order), so a cursor
// read by name is never taken for a position in the birth-date order.

export async function cadreWhereOf(
  filter: CadreFilter | null | undefined,
  ctx: GraphQLContext,
): Promise<CadreWhere> {
  const poolTitle = searchTermOf(filter?.successionPoolTitle, ctx);
  const inPool = filter?.inSuccessionPool ?? null;
  if (poolTitle !== null && inPool === null) {
    throw new AppError(
      'BAD_USER_INPUT',
      `${t(ctx.language, 'poolTitleWithoutPool')}: filter.successionPoolTitle`,
    );
  }
  return {
    search: searchTermOf(filter?.search, ctx),
    unitId: await requireExistingRowId(filter?.unitId, 'Unit', 'filter.unitId', ctx),
    activeAt: filter?.activeAt,
    status: filter?.status,
    ageBand: filter?.ageBand,
    inSuccessionPool: inPool,
    successionPoolTitle: poolTitle,
    asOf: filter?.asOf ?? filter?.activeAt ?? ctx.today,
    scope: ctx.scope,
    ageBandByYear: !seesPersonalData(ctx.principal),
  };
}

/** The order asked for; by age band for a caller who may not read birth dates (cadre-order.ts). */
export function cadreOrderOf(
  orderBy: CadreOrderInput | null | undefined,
  ctx: GraphQLContext,
): CadreOrder {
  const field = orderBy?.field ?? 'NAME';
  return {
    field,
    direction: orderBy?.direction ?? 'ASC',
    bandsOn: field === 'BIRTH_DATE' && !seesPersonalData(ctx.principal) ? ctx.today : null,
  };
}

// A band order's cursor is not a birth-date order's: neither is read as the other.
const tagOf = (order: CadreOrder) =>
  `${order.field}:${order.direction}${order.bandsOn ? ':AGE_BAND' : ''}`;

/** The page asked for, its cursor checked against the order; the order's tag stripped. */
export function cadrePageRequest(
  page: PageArgs,
  order: CadreOrder,
  ctx: GraphQLContext,
): PageRequest {
  const request = pageRequest(page, ['text', ...cadreCursorShape(order)], ctx);
  if (request.cursor === null) return request;
  const [tag, ...values] = request.cursor;
  if (tag !== tagOf(order)) {
    throw new AppError('BAD_USER_INPUT', t(ctx.language, 'cursorOfAnotherOrder'));
  }
  return { ...request, cursor: values };
}

/** The cursor values of a row: the order's tag, then its sort values and id. */
export function cadreCursorOf(order: CadreOrder, values: CursorValue[]): CursorValue[] {
  return [tagOf(order), ...values];
}
