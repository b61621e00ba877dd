import type { z } from 'zod';

// A mutation's zod schema checks more than GraphQL does (lengths, characters, date order), but
// it must read the same fields as the SDL's input type, or a field added to the SDL would be
// silently dropped and one removed would be parsed for nothing. These types compare the
// schema's input type with the generated input type, field by field and all the way down
// (enum values too), so such drift fails the typecheck. One difference is allowed: zod may
// refuse an explicit null that the SDL lets through (a field with a default, a name that
// cannot be cleared), which is stricter and loses nothing.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Left out: allowed by both or by neither. Null: zod takes it only if the SDL allows it. */
type FieldAgrees<Zod, Sdl> =
  Same<undefined extends Zod ? true : false, undefined extends Sdl ? true : false> extends true
    ? [null extends Zod ? (null extends Sdl ? true : false) : true] extends [true]
      ? ValueAgrees<NonNullable<Zod>, NonNullable<Sdl>>
      : false
    : false;

type ValueAgrees<Zod, Sdl> = [Sdl] extends [readonly (infer SdlItem)[]]
  ? [Zod] extends [readonly (infer ZodItem)[]]
    ? FieldAgrees<ZodItem, SdlItem>
    : false
  : [Sdl] extends [object]
    ? [Zod] extends [object]
      ? [Mismatches<Zod, Sdl>] extends [never]
        ? true
        : false
      : false
    : Same<Zod, Sdl>;

/** The fields of one input object that the schema and the SDL do not agree on. */
type Mismatches<Zod, Sdl> =
  | Exclude<keyof Zod, keyof Sdl>
  | Exclude<keyof Sdl, keyof Zod>
  | {
      [Field in keyof Zod & keyof Sdl]-?: FieldAgrees<Zod[Field], Sdl[Field]> extends true
        ? never
        : Field;
    }[keyof Zod & keyof Sdl];

/**
 * `unknown` when the schema reads exactly the fields of `Sdl`; otherwise an object the schema
 * lacks, whose one property names the fields in disagreement, so the typecheck error says which.
 */
export type AgreesWithSdl<Schema extends z.ZodType, Sdl> =
  Mismatches<z.input<Schema>, Sdl> extends infer Fields
    ? [Fields] extends [never]
      ? unknown
      : { fieldsUnlikeTheSdl: Fields }
    : never;
