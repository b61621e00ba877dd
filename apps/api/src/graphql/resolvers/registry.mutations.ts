import { z } from 'zod';
import { AREA_KINDS, BLOCS, LINEAGE_KINDS, UNIT_LEVELS } from '@luanchuyen/domain';
import type { Resolvers } from '../generated/resolver-types';
import { createArea } from '../../services/area.service';
import { failure } from '../../services/outcome';
import { createPositions, updatePosition } from '../../services/position.service';
import { mergeUnits } from '../../services/unit-merge.service';
import { createUnit, updateUnit } from '../../services/unit.service';
import type { IdReader } from './id-reader';
import { mutation, onlyRow } from './mutation-resolver';
import { documentInput, name } from './input-schemas';

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

const SUCCESSOR_REQUIRED = failure('INVALID_INPUT', 'successorRequired', ['input', 'successor']);

/** The merge's successor: an existing unit, a new one, or null when neither is given. */
function successorOf(data: z.output<typeof mergeInput>, ids: IdReader) {
  const successorId = ids.optional(data.successorId, 'Unit', ['input', 'successorId']);
  const areaId = data.successor
    ? ids.one(data.successor.areaId, 'Area', ['input', 'successor', 'areaId'])
    : '';
  const parentId =
    ids.optional(data.successor?.parentId, 'Unit', ['input', 'successor', 'parentId']) ?? null;
  if (successorId) return { unitId: successorId };
  return data.successor ? { unit: { ...data.successor, areaId, parentId } } : null;
}

export const registryMutations: Resolvers = {
  Mutation: {
    areaCreate: mutation('areaCreate', {
      payloadKey: 'area',
      schema: areaInput,
      request: ({ data, ids }) => ({
        ...data,
        parentId: ids.optional(data.parentId, 'Area', ['input', 'parentId']) ?? null,
        predecessors: {
          areaIds: ids.many(data.predecessorIds ?? [], 'Area', ['input', 'predecessorIds']),
          kind: data.lineageKind ?? 'MERGED_INTO',
        },
      }),
      run: (area, ctx) => createArea(ctx.db, area, ctx.principal),
    }),
    unitCreate: mutation('unitCreate', {
      payloadKey: 'unit',
      schema: unitInput,
      request: ({ data, ids }) => ({
        ...data,
        areaId: ids.one(data.areaId, 'Area', ['input', 'areaId']),
        parentId: ids.optional(data.parentId, 'Unit', ['input', 'parentId']) ?? null,
      }),
      run: (unit, ctx) => createUnit(ctx.db, unit, ctx.principal),
    }),
    unitUpdate: mutation('unitUpdate', {
      payloadKey: 'unit',
      selects: 'Unit',
      schema: unitUpdateInput,
      request: ({ target, data: { validTo, ...data }, ids }) => ({
        ...target,
        input: {
          ...stripNulls(data),
          areaId: ids.optional(data.areaId, 'Area', ['input', 'areaId']) ?? undefined,
          parentId: ids.optional(data.parentId, 'Unit', ['input', 'parentId']),
          validTo,
        },
      }),
      run: (change, ctx) => updateUnit(ctx.db, change, ctx.principal),
    }),
    unitMerge: mutation('unitMerge', {
      payloadKey: 'unit',
      schema: mergeInput,
      request: ({ data, ids }) => ({
        ...data,
        unitIds: ids.many(data.unitIds, 'Unit', ['input', 'unitIds']),
        successor: successorOf(data, ids),
      }),
      // Neither an existing successor nor a new one: refused once the ids are known good.
      run: ({ successor, ...merge }, ctx) =>
        successor
          ? mergeUnits(ctx.db, { ...merge, successor }, ctx.principal)
          : { ok: false, failures: [SUCCESSOR_REQUIRED] },
      written: ({ successor, merged }) => ({ unit: successor, mergedUnits: merged }),
      refused: { mergedUnits: [] },
    }),
    positionCreate: mutation('positionCreate', {
      payloadKey: 'position',
      schema: positionInput,
      request: ({ data, ids }) => ({
        ...data,
        unitId: ids.one(data.unitId, 'Unit', ['input', 'unitId']),
      }),
      run: async (position, ctx) =>
        onlyRow(await createPositions(ctx.db, [position], ctx.principal)),
    }),
    positionUpdate: mutation('positionUpdate', {
      payloadKey: 'position',
      selects: 'Position',
      schema: positionUpdateInput,
      request: ({ target, data }) => ({ ...target, input: stripNulls(data) }),
      run: (change, ctx) => updatePosition(ctx.db, change, ctx.principal),
    }),
  },
};
