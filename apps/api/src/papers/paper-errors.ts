import { rowIdOf, type NodeType } from '../global-ids';
import type { MessageKey } from '../i18n/messages';

// A document paper that cannot be made: the route answers it as JSON (404 for an id that names
// nothing, 422 for a paper too large to print) in the caller's language, with the codes the
// tabular papers use. Bad query parameters are paper-query.ts's PaperQueryError.

export class PaperRefusal extends Error {
  constructor(
    readonly status: 404 | 422,
    readonly code: 'NOT_FOUND' | 'TOO_MANY_ROWS',
    readonly messageKey: MessageKey,
    /** The parameter at fault, appended to the message ("…: unitId"). */
    readonly parameter: string | null = null,
  ) {
    super(`${code}: ${messageKey}${parameter ? ` (${parameter})` : ''}`);
  }
}

/** The row id a path's global id names: 404 for one that is not of `type`. */
export function pathRowId(globalId: string, type: NodeType): string {
  const found = rowIdOf(globalId, type);
  if (!found) throw new PaperRefusal(404, 'NOT_FOUND', 'unknownId');
  return found.id;
}
