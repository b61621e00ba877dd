import { z, type ZodType } from 'zod';
import type { DocumentRef } from '@luanchuyen/domain';
import type { GraphQLContext } from '../context';
import { rowIdOf, type NodeType } from '../../global-ids';
import { inputErrors, type UserError } from '../user-errors';
import { failure, type Failure, type Outcome } from '../../services/outcome';
import type { MessageKey } from '../../i18n/messages';

// What every mutation resolver does around its service: validate the input with zod, decode
// global ids (a wrong or unknown one is NOT_FOUND beside its field), and shape the payload
// `{ <object>, userErrors }` in the caller's language.

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

export const documentInput = z
  .object({ number: text, issuedOn: z.string(), issuer: text, title: text })
  .nullish()
  .transform((value): DocumentRef | null => value ?? null);

const NOT_FOUND_KEYS: Partial<Record<NodeType, MessageKey>> = {
  Area: 'areaNotFound',
  Unit: 'unitNotFound',
  Position: 'positionNotFound',
  Cadre: 'cadreNotFound',
  Assignment: 'assignmentNotFound',
  Rotation: 'rotationNotFound',
  RotationPlan: 'planNotFound',
};

/** Decodes the ids of one request, collecting a NOT_FOUND failure for each bad one. */
export class IdReader {
  readonly failures: Failure[] = [];

  one(globalId: string, type: NodeType, field: readonly string[]): string {
    const found = rowIdOf(globalId, type);
    if (!found) this.failures.push(failure('NOT_FOUND', NOT_FOUND_KEYS[type] ?? 'notFound', field));
    return found?.id ?? '';
  }

  /** Undefined stays undefined (left out) and null stays null (cleared). */
  optional(
    globalId: string | null | undefined,
    type: NodeType,
    field: readonly string[],
  ): string | null | undefined {
    if (globalId === undefined || globalId === null) return globalId;
    return this.one(globalId, type, field);
  }

  many(globalIds: readonly string[], type: NodeType, field: readonly string[]): string[] {
    return globalIds.map((id, index) => this.one(id, type, [...field, String(index)]));
  }
}

export function userErrorsOf(ctx: GraphQLContext, failures: readonly Failure[]): UserError[] {
  return failures.map((item) => ({
    code: item.code,
    field: item.field ? [...item.field] : null,
    message: item.message[ctx.language],
  }));
}

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

/** `{ [key]: value, userErrors: [] }` or `{ [key]: null, userErrors }`. */
export function payload<K extends string, T>(
  key: K,
  outcome: Outcome<T>,
  ctx: GraphQLContext,
): Record<K, T | null> & { userErrors: UserError[] } {
  const value = outcome.ok ? outcome.value : null;
  const userErrors = outcome.ok ? [] : userErrorsOf(ctx, outcome.failures);
  return { [key]: value, userErrors } as Record<K, T | null> & { userErrors: UserError[] };
}

export function refused<K extends string>(key: K, userErrors: UserError[]) {
  return { [key]: null, userErrors } as Record<K, null> & { userErrors: UserError[] };
}

export type Args<T = unknown> = { id?: string; expectedVersion?: number; input?: T };
