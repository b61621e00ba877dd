import type { ZodError } from 'zod';
import { isMessageKey, t, type Language, type MessageKey } from '../i18n/messages';
import type { Failure } from '../services/outcome';
import type { GraphQLContext } from './context';

/** A business outcome or bad input, returned in a payload's userErrors (never thrown). */
export type UserError = { code: string; field: string[] | null; message: string };

export function userError(
  language: Language,
  code: string,
  key: MessageKey,
  field: string[] | null = null,
): UserError {
  return { code, field, message: t(language, key) };
}

/** One INVALID_INPUT user error per invalid field, under `input`. Zod schemas carry catalogue
 * keys as their messages; anything else reads as a plain "invalid value". */
export function inputErrors(language: Language, error: ZodError): UserError[] {
  return error.issues.map((issue) =>
    userError(
      language,
      'INVALID_INPUT',
      isMessageKey(issue.message) ? issue.message : 'invalidField',
      ['input', ...issue.path.map(String)],
    ),
  );
}

/** A service's (or an id reader's) failures in the caller's language. */
export function userErrorsOf(ctx: GraphQLContext, failures: readonly Failure[]): UserError[] {
  return failures.map((item) => ({
    code: item.code,
    field: item.field ? [...item.field] : null,
    message: item.message[ctx.language],
  }));
}
