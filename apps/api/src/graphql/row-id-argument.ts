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
