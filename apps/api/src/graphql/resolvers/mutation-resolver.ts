import type { z } from 'zod';
import type { GraphQLContext } from '../context';
import type { Mutation, MutationResolvers } from '../generated/resolver-types';
import type { NodeType } from '../../global-ids';
import { failure, type Failure, type Outcome } from '../../services/outcome';
import { targetsOutsideScope, type ScopeTarget } from '../../read/scope.queries';
import { userErrorsOf, type UserError } from '../user-errors';
import { IdReader } from './id-reader';
import type { AgreesWithSdl } from './sdl-input';
import { parse } from './input-schemas';

// Every mutation resolver takes the same steps around its service (ARCHITECTURE.md, "One
// request"): parse the input, decode the global ids, refuse with userErrors when either fails,
// call the service, and answer `{ <object>, userErrors }` in the caller's language. They are
// written once here, so a resolver declares only what is its own and cannot skip a step. The
// mutation's name picks its generated types: the arguments, the SDL input type its schema
// must agree with, and the payload's fields.

type Name = keyof MutationResolvers & keyof Mutation;
type ArgsOf<N extends Name> = Parameters<
  Extract<NonNullable<MutationResolvers[N]>, (...args: never[]) => unknown>
>[1];
type InputOf<N extends Name> =
  ArgsOf<N> extends { input?: infer Input } ? NonNullable<Input> : never;
/** The payload fields that hold written objects, e.g. `rotation` of RotationPayload. */
type ObjectFieldOf<N extends Name> = Exclude<keyof Mutation[N], '__typename' | 'userErrors'>;

type Parsed<Schema> = Schema extends z.ZodType ? z.output<Schema> : undefined;
/** The record a mutation of one existing record selects: its row id, and the version it expects
 * where the mutation takes one. */
type Target<N extends Name, Selected> = Selected extends NodeType
  ? { id: string } & Pick<ArgsOf<N>, 'expectedVersion' & keyof ArgsOf<N>>
  : undefined;

type Answer<Fields> = Fields & { userErrors: UserError[] };

export type MutationSpec<
  N extends Name,
  Key,
  Schema,
  Selected,
  Request,
  Value,
  Written,
  Refused,
> = {
  /** The payload field of the written object; null when nothing was written. */
  payloadKey: Key;
  /** The node type of the `id` argument of a mutation that changes one record: decoded before
   * the input's ids, NOT_FOUND beside `id`. */
  selects?: Selected;
  /** What GraphQL's types cannot check; it must read the fields of the SDL's input type. */
  schema?: Schema & (Schema extends z.ZodType ? AgreesWithSdl<Schema, InputOf<N>> : unknown);
  /** What the schema parses, when that is not `args.input` as it came. */
  input?: (args: ArgsOf<N>) => unknown;
  /** The service's request, reading the input's global ids through `ids`. By default the
   * parsed input, or else the target. */
  request?: (parts: {
    data: Parsed<Schema>;
    target: Target<N, Selected>;
    ids: IdReader;
    args: ArgsOf<N>;
  }) => Request;
  /** What the write touches, for the caller's management scope (read/scope.queries.ts): a
   * target outside it is OUT_OF_SCOPE at its field, and the service is not called. */
  scope?: (request: Request, ctx: GraphQLContext) => readonly ScopeTarget[];
  /** The service, called only when the input parsed and every id named a record of its type. */
  run: (request: Request, ctx: GraphQLContext) => Outcome<Value> | Promise<Outcome<Value>>;
  /** The payload's fields on success, where it carries more than the written object. */
  written?: (value: Value, ctx: GraphQLContext) => Written;
  /** The payload's other fields when nothing was written (empty lists, a null secret). */
  refused?: Refused;
};

/** The resolver of a mutation; its name (a type argument only) picks the generated types. */
export function mutation<
  N extends Name,
  Key extends ObjectFieldOf<N> & string,
  Schema extends z.ZodType | undefined = undefined,
  Selected extends NodeType | undefined = undefined,
  Request = Schema extends z.ZodType ? Parsed<Schema> : Target<N, Selected>,
  Value = never,
  Written = { [K in Key]: Value },
  Refused = Record<never, never>,
>(_name: N, spec: MutationSpec<N, Key, Schema, Selected, Request, Value, Written, Refused>) {
  type Refusal = Answer<{ [K in Key]: null } & NoInfer<Refused>>;
  return async (
    _parent: unknown,
    args: ArgsOf<N>,
    ctx: GraphQLContext,
  ): Promise<Answer<NoInfer<Written>> | Refusal> => {
    const refuse = (userErrors: UserError[]) =>
      ({ ...spec.refused, [spec.payloadKey]: null, userErrors }) as Refusal;
    let data: unknown;
    if (spec.schema) {
      const input = spec.input ? spec.input(args) : (args as { input?: unknown }).input;
      const parsed = parse(spec.schema as z.ZodType, input, ctx);
      if (parsed.errors) return refuse(parsed.errors);
      data = parsed.data;
    }
    const ids = new IdReader();
    const target = spec.selects && selected(args, spec.selects, ids);
    const parts = { data, target, ids, args } as Parameters<NonNullable<typeof spec.request>>[0];
    const request = spec.request ? spec.request(parts) : spec.schema ? data : target;
    if (ids.failures.length > 0) return refuse(userErrorsOf(ctx, ids.failures));
    if (spec.scope && ctx.scope) {
      const outside = await targetsOutsideScope(
        ctx.db,
        ctx.scope,
        spec.scope(request as Request, ctx),
      );
      if (outside.length > 0) return refuse(userErrorsOf(ctx, outside.map(outOfScope)));
    }
    const outcome = await spec.run(request as Request, ctx);
    if (!outcome.ok) return refuse(userErrorsOf(ctx, outcome.failures));
    const fields = spec.written
      ? spec.written(outcome.value, ctx)
      : ({ [spec.payloadKey]: outcome.value } as Written);
    return { ...fields, userErrors: [] };
  };
}

function outOfScope(target: ScopeTarget): Failure {
  return failure(
    'OUT_OF_SCOPE',
    target.kind === 'top' ? 'outOfScopeTop' : 'outOfScope',
    target.field,
  );
}

/** The `id` argument decoded (NOT_FOUND beside `id`), with the version the caller expects. */
function selected(args: object, type: NodeType, ids: IdReader) {
  const { id, expectedVersion } = args as { id: string; expectedVersion?: number };
  const target = { id: ids.one(id, type, ['id']) };
  return expectedVersion === undefined ? target : { ...target, expectedVersion };
}

/** The one row of a batch write of one (the services write imports in batches). */
export function onlyRow<T>(outcome: Outcome<readonly T[]>): Outcome<T | null> {
  return outcome.ok ? { ok: true, value: outcome.value[0] ?? null } : outcome;
}

/** A service's "nothing" (a taken username, an unknown key) as the failure that explains it. */
export function found<T>(value: T | null, missing: Failure): Outcome<T> {
  return value === null ? { ok: false, failures: [missing] } : { ok: true, value };
}
