import type { GraphQLContext } from './context';
import { AppError } from './errors';
import { rowIdOf, type NodeType } from '../global-ids';
import { t } from '../i18n/messages';

/**
 * The row id of an argument that must be an id of `type` (a filter's unitId, a planId): a
 * wrong one is a client error naming the argument.
 */
export function requireRowId(
  globalId: string | null | undefined,
  type: NodeType,
  argument: string,
  ctx: GraphQLContext,
): string | null {
  if (globalId === null || globalId === undefined) return null;
  const found = rowIdOf(globalId, type);
  if (!found) {
    throw new AppError('BAD_USER_INPUT', `${t(ctx.language, 'invalidId')}: ${argument}`);
  }
  return found.id;
}

type FilterType = 'Area' | 'Unit' | 'Position' | 'Cadre' | 'RotationPlan';

const LOADER_OF = {
  Area: 'area',
  Unit: 'unit',
  Position: 'position',
  Cadre: 'cadre',
  RotationPlan: 'plan',
} as const satisfies Record<FilterType, keyof GraphQLContext['loaders']>;

/**
 * The row id of a filter's id that must name an existing record: an id that names nothing is
 * NOT_FOUND, so a consumer never mistakes a wrong id for "no rotations there". One batched
 * look-up per request for all the filter's ids.
 */
export async function requireExistingRowId(
  globalId: string | null | undefined,
  type: FilterType,
  argument: string,
  ctx: GraphQLContext,
): Promise<string | null> {
  const id = requireRowId(globalId, type, argument, ctx);
  await requireExisting(id, type, argument, ctx);
  return id;
}

/**
 * Resolves once the row id (a decoded filter id, or null for none) names a record, else
 * NOT_FOUND naming the argument: for a caller that runs its statements beside the check.
 */
export async function requireExisting(
  id: string | null,
  type: FilterType,
  argument: string,
  ctx: GraphQLContext,
): Promise<void> {
  if (id === null) return;
  const found = await ctx.loaders[LOADER_OF[type]].load(id);
  if (!found) throw new AppError('NOT_FOUND', `${t(ctx.language, 'unknownId')}: ${argument}`);
}
