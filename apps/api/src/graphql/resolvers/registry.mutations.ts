import { z } from 'zod';
import { AREA_KINDS, BLOCS, LINEAGE_KINDS, UNIT_LEVELS } from '@luanchuyen/domain';
import type { GraphQLContext } from '../context';
import { createArea } from '../../services/area.service';
import { failure } from '../../services/outcome';
import { createPositions, updatePosition } from '../../services/position.service';
import { mergeUnits } from '../../services/unit-merge.service';
import { createUnit, updateUnit } from '../../services/unit.service';
import {
  documentInput,
  IdReader,
  parse,
  payload,
  refused,
  name,
  userErrorsOf,
  type Args,
} from './support.mutations';

// areaCreate, unitCreate, unitUpdate, unitMerge, positionCreate, positionUpdate.

const areaInput = z.object({
  name,
  kind: z.enum(AREA_KINDS),
  parentId: z.string().nullish(),
  validFrom: z.string(),
  validTo: z.string().nullish(),
  predecessorIds: z.array(z.string()).nullish(),
  lineageKind: z.enum(LINEAGE_KINDS).nullish(),
  decision: documentInput,
});
const unitFields = {
  name,
  bloc: z.enum(BLOCS),
  level: z.enum(UNIT_LEVELS),
  areaId: z.string(),
  parentId: z.string().nullish(),
};
const unitInput = z.object({ ...unitFields, validFrom: z.string(), validTo: z.string().nullish() });
const unitUpdateInput = unitInput.partial();
const mergeInput = z.object({
  unitIds: z.array(z.string()).min(1),
  date: z.string(),
  successorId: z.string().nullish(),
  successor: z.object(unitFields).nullish(),
  decision: documentInput,
});
const positionFields = {
  title: name,
  isKey: z.boolean(),
  rank: z.number().int().min(0).max(1000),
  seats: z.number().int().min(1).max(1000),
  requiresNonLocal: z.boolean(),
};
const positionInput = z.object({
  ...positionFields,
  unitId: z.string(),
  isKey: positionFields.isKey.default(false),
  seats: positionFields.seats.default(1),
  requiresNonLocal: positionFields.requiresNonLocal.default(false),
});
const positionUpdateInput = z.object(positionFields).partial();

function stripNulls<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null)) as never;
}

export const registryMutations = {
  Mutation: {
    areaCreate: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(areaInput, args.input, ctx);
      if (!data) return refused('area', errors);
      const ids = new IdReader();
      const parentId = ids.optional(data.parentId, 'Area', ['input', 'parentId']) ?? null;
      const areaIds = ids.many(data.predecessorIds ?? [], 'Area', ['input', 'predecessorIds']);
      if (ids.failures.length) return refused('area', userErrorsOf(ctx, ids.failures));
      const predecessors = { areaIds, kind: data.lineageKind ?? 'MERGED_INTO' };
      const outcome = await createArea(ctx.db, { ...data, parentId, predecessors }, ctx.principal);
      return payload('area', outcome, ctx);
    },
    unitCreate: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(unitInput, args.input, ctx);
      if (!data) return refused('unit', errors);
      const ids = new IdReader();
      const areaId = ids.one(data.areaId, 'Area', ['input', 'areaId']);
      const parentId = ids.optional(data.parentId, 'Unit', ['input', 'parentId']) ?? null;
      if (ids.failures.length) return refused('unit', userErrorsOf(ctx, ids.failures));
      return payload(
        'unit',
        await createUnit(ctx.db, { ...data, areaId, parentId }, ctx.principal),
        ctx,
      );
    },
    unitUpdate: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(unitUpdateInput, args.input, ctx);
      if (!data) return refused('unit', errors);
      const ids = new IdReader();
      const id = ids.one(args.id ?? '', 'Unit', ['id']);
      const areaId = ids.optional(data.areaId, 'Area', ['input', 'areaId']) ?? undefined;
      const parentId = ids.optional(data.parentId, 'Unit', ['input', 'parentId']);
      if (ids.failures.length) return refused('unit', userErrorsOf(ctx, ids.failures));
      const { validTo, ...rest } = data;
      const input = { ...stripNulls(rest), areaId, parentId, validTo };
      const change = { id, expectedVersion: args.expectedVersion ?? 0, input };
      return payload('unit', await updateUnit(ctx.db, change, ctx.principal), ctx);
    },
    unitMerge: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(mergeInput, args.input, ctx);
      const empty = { mergedUnits: [] };
      if (!data) return { ...refused('unit', errors), ...empty };
      const ids = new IdReader();
      const unitIds = ids.many(data.unitIds, 'Unit', ['input', 'unitIds']);
      const successorId = ids.optional(data.successorId, 'Unit', ['input', 'successorId']);
      const areaId = data.successor
        ? ids.one(data.successor.areaId, 'Area', ['input', 'successor', 'areaId'])
        : '';
      const parentId =
        ids.optional(data.successor?.parentId, 'Unit', ['input', 'successor', 'parentId']) ?? null;
      if (ids.failures.length)
        return { ...refused('unit', userErrorsOf(ctx, ids.failures)), ...empty };
      const successor = successorId
        ? { unitId: successorId }
        : data.successor
          ? { unit: { ...data.successor, areaId, parentId } }
          : null;
      if (!successor) {
        const missing = failure('INVALID_INPUT', 'successorRequired', ['input', 'successor']);
        return { ...refused('unit', userErrorsOf(ctx, [missing])), ...empty };
      }
      const outcome = await mergeUnits(ctx.db, { ...data, unitIds, successor }, ctx.principal);
      if (!outcome.ok) return { ...payload('unit', outcome, ctx), ...empty };
      return { unit: outcome.value.successor, mergedUnits: outcome.value.merged, userErrors: [] };
    },
    positionCreate: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(positionInput, args.input, ctx);
      if (!data) return refused('position', errors);
      const ids = new IdReader();
      const unitId = ids.one(data.unitId, 'Unit', ['input', 'unitId']);
      if (ids.failures.length) return refused('position', userErrorsOf(ctx, ids.failures));
      const outcome = await createPositions(ctx.db, [{ ...data, unitId }], ctx.principal);
      return payload(
        'position',
        outcome.ok ? { ok: true, value: outcome.value[0] ?? null } : outcome,
        ctx,
      );
    },
    positionUpdate: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(positionUpdateInput, args.input, ctx);
      if (!data) return refused('position', errors);
      const ids = new IdReader();
      const id = ids.one(args.id ?? '', 'Position', ['id']);
      if (ids.failures.length) return refused('position', userErrorsOf(ctx, ids.failures));
      const change = { id, expectedVersion: args.expectedVersion ?? 0, input: stripNulls(data) };
      return payload('position', await updatePosition(ctx.db, change, ctx.principal), ctx);
    },
  },
};
