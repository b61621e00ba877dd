import { z, type ZodType } from 'zod';
import type { DocumentRef } from '@luanchuyen/domain';
import { rowIdOf } from '../../global-ids';
import type { GraphQLContext } from '../context';
import { inputErrors, type UserError } from '../user-errors';

// The input checks that GraphQL's types cannot express, shared by the mutations and by
// checkRotation (which refuses the documents rotationCreate would refuse): text that can be
// stored and read as it is, and the parse that turns zod's issues into INVALID_INPUT errors.

// PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate cannot be stored as UTF-8: both
// are refused here as bad input rather than failing in the database as a fault. Bidirectional
// overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a record read as something
// else on screen and in papers ("Trojan source"), so no text takes them.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
// Names and titles are one line of letters: no control character at all (C0, DEL, C1), nor the
// invisible direction marks.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NAME_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u061C]/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function storable(value: string): boolean {
  return !value.includes('\0') && !LONE_SURROGATE.test(value) && !BIDI_CONTROLS.test(value);
}

export const text = z
  .string()
  .refine(storable, 'invalidCharacters')
  .transform((value) => value.normalize('NFC').trim())
  .pipe(z.string().min(1, 'textLength').max(500, 'textLength'));

/** A person's name, a unit's or area's name, a post's title: text on one line, no controls. */
export const name = text.refine((value) => !NAME_CONTROLS.test(value), 'invalidCharacters');

export const optionalText = text.nullish().transform((value) => value ?? null);

// The issuing unit's global id is decoded here, so every service that records a decision gets
// a row id (or a refusal beside the field), whichever mutation cited it.
const issuerUnitId = z
  .string()
  .nullish()
  .transform((value, context) => {
    if (value == null) return null;
    const row = rowIdOf(value, 'Unit');
    if (!row) context.addIssue({ code: 'custom', message: 'invalidId' });
    return row?.id ?? null;
  });

export const documentInput = z
  .object({ number: text, issuedOn: z.string(), issuer: text, title: text, issuerUnitId })
  .nullish()
  .transform((value): DocumentRef | null => value ?? null);

/** The input parsed, or the INVALID_INPUT user errors to answer with. */
export function parse<T>(
  schema: ZodType<T>,
  input: unknown,
  ctx: GraphQLContext,
): { data: T; errors: null } | { data: null; errors: UserError[] } {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { data: parsed.data, errors: null }
    : { data: null, errors: inputErrors(ctx.language, parsed.error) };
}
