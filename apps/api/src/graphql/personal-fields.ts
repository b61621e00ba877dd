import type { GraphQLContext } from './context';
import { AppError } from './errors';
import { seesPersonalData } from '../personal-data/personal-data-access';
import { personalDataText } from '../personal-data/personal-data-messages';

// A personal field (birth date, home area, evaluations, notes) answers for a caller who may
// see it, and the cadre is noted for the request's one record of reads (the plugin writes it
// when the answer goes out); for anyone else it answers null with the field error
// PERSONAL_DATA_HIDDEN in `errors`, at the field's path, so hidden is never read as unknown.

const readsOfRequest = new WeakMap<GraphQLContext, Set<string>>();

export function personalDataHidden(ctx: GraphQLContext): AppError {
  return new AppError('PERSONAL_DATA_HIDDEN', personalDataText(ctx.language, 'hidden'));
}

/** Notes that this request read personal data of the cadre. */
export function notePersonalRead(ctx: GraphQLContext, cadreId: string): void {
  const reads = readsOfRequest.get(ctx);
  if (reads) reads.add(cadreId);
  else readsOfRequest.set(ctx, new Set([cadreId]));
}

/**
 * The value of a personal field of the cadre, or the field error for a caller without access:
 * a reader below the top sees the personal data only of the cadres their body manages.
 */
export function personalField<T>(
  ctx: GraphQLContext,
  cadreId: string,
  value: () => T,
): T | Promise<Awaited<T>> {
  if (!seesPersonalData(ctx.principal)) throw personalDataHidden(ctx);
  if (!ctx.scope) {
    notePersonalRead(ctx, cadreId);
    return value();
  }
  return ctx.loaders.cadreInScope.load(cadreId).then((inScope) => {
    if (!inScope) throw personalDataHidden(ctx);
    notePersonalRead(ctx, cadreId);
    return value() as Awaited<T>;
  });
}

/** Whether the caller reads the cadre's personal data: by role, and below the top in scope. */
export async function seesPersonalDataOf(ctx: GraphQLContext, cadreId: string): Promise<boolean> {
  if (!seesPersonalData(ctx.principal)) return false;
  return !ctx.scope || ctx.loaders.cadreInScope.load(cadreId);
}

const hiddenOfRequest = new WeakMap<GraphQLContext, WeakSet<object>>();

/**
 * Marks answers about a cadre outside the caller's scope (an eligibility and its findings):
 * their messages are told without personal facts, as to a caller without personal-data access.
 */
export function hidePersonalIn(ctx: GraphQLContext, objects: readonly object[]): void {
  let hidden = hiddenOfRequest.get(ctx);
  if (!hidden) hiddenOfRequest.set(ctx, (hidden = new WeakSet()));
  for (const item of objects) hidden.add(item);
}

/** Whether the caller may read the personal facts this answer (or its part) tells. */
export function seesPersonalIn(ctx: GraphQLContext, answer: object): boolean {
  return seesPersonalData(ctx.principal) && !hiddenOfRequest.get(ctx)?.has(answer);
}

/** The cadres whose personal data this request read so far. */
export function personalReadsOf(ctx: GraphQLContext): ReadonlySet<string> {
  return readsOfRequest.get(ctx) ?? new Set();
}
