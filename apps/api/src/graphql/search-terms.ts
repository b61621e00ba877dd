import type { GraphQLContext } from './context';
import { AppError } from './errors';
import { t } from '../i18n/messages';

// Search text goes into SQL as a parameter, so quotes and wildcards are harmless; what the
// database cannot take (a NUL character) or should not have to scan for (a page of text) is
// refused here as a client error rather than failing inside the statement.
export const MAX_SEARCH_LENGTH = 200;

export function searchTermOf(text: string | null | undefined, ctx: GraphQLContext): string | null {
  if (text === null || text === undefined) return null;
  if (text.length > MAX_SEARCH_LENGTH || text.includes('\u0000')) {
    throw new AppError('BAD_USER_INPUT', t(ctx.language, 'invalidSearch'));
  }
  return text;
}
