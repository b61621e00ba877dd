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

/** The value of a personal field of the cadre, or the field error for a caller without access. */
export function personalField<T>(ctx: GraphQLContext, cadreId: string, value: () => T): T {
  if (!seesPersonalData(ctx.principal)) throw personalDataHidden(ctx);
  notePersonalRead(ctx, cadreId);
  return value();
}

/** The cadres whose personal data this request read so far. */
export function personalReadsOf(ctx: GraphQLContext): ReadonlySet<string> {
  return readsOfRequest.get(ctx) ?? new Set();
}
