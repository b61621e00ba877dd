import { z } from 'zod';
import { AREA_KINDS, LINEAGE_KINDS } from '@luanchuyen/domain';
import type { Resolvers } from '../generated/resolver-types';
import { createArea, updateArea } from '../../services/area.service';
import { createPositions, updatePosition } from '../../services/position.service';
import { mergeUnits } from '../../services/unit-merge.service';
import { createUnit, updateUnit } from '../../services/unit.service';
import type { ScopeTarget } from '../../read/scope.queries';
import { mutation, onlyRow } from './mutation-resolver';
import { documentInput, name } from './input-schemas';
import { mergeInput, mergeRequest, SUCCESSOR_REQUIRED, unitFields } from './unit-merge-input';

// areaCreate, areaUpdate, unitCreate, unitUpdate, unitMerge, positionCreate, positionUpdate.

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
const unitInput = z.object({ ...unitFields, validFrom: z.string(), validTo: z.string().nullish() });
const unitUpdateInput = unitInput.partial();
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

const areaUpdateInput = z
  .object({
    name,
    kind: z.enum(AREA_KINDS),
    parentId: z.string().nullish(),
    validFrom: z.string(),
    validTo: z.string().nullish(),
  })
  .partial();

const TOP: ScopeTarget = { kind: 'top', id: null, field: ['input'] };

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
      // The map is everyone's: only a caller at the top draws it.
      scope: () => [TOP],
      run: (area, ctx) => createArea(ctx.db, area, ctx.principal),
    }),
    areaUpdate: mutation('areaUpdate', {
      payloadKey: 'area',
      selects: 'Area',
      schema: areaUpdateInput,
      request: ({ target, data: { validTo, parentId, ...data }, ids }) => ({
        ...target,
        input: {
          ...stripNulls(data),
          parentId: ids.optional(parentId, 'Area', ['input', 'parentId']),
          validTo,
        },
      }),
      scope: () => [TOP],
      run: (change, ctx) => updateArea(ctx.db, change, ctx.principal),
    }),
    unitCreate: mutation('unitCreate', {
      payloadKey: 'unit',
      schema: unitInput,
      request: ({ data, ids }) => ({
        ...data,
        areaId: ids.one(data.areaId, 'Area', ['input', 'areaId']),
        parentId: ids.optional(data.parentId, 'Unit', ['input', 'parentId']) ?? null,
      }),
      // A new body goes below one in the caller's scope; a unit with no parent is the top's.
      scope: ({ parentId }) => [{ kind: 'unit', id: parentId, field: ['input', 'parentId'] }],
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
      scope: ({ id, input }) => [
        { kind: 'unit', id, field: ['id'] },
        ...(input.parentId !== undefined
          ? [{ kind: 'unit' as const, id: input.parentId, field: ['input', 'parentId'] }]
          : []),
      ],
      run: (change, ctx) => updateUnit(ctx.db, change, ctx.principal),
    }),
    unitMerge: mutation('unitMerge', {
      payloadKey: 'unit',
      schema: mergeInput,
      request: ({ data, ids }) => mergeRequest(data, ids),
      scope: ({ unitIds, successor }) => [
        ...unitIds.map((id, index) => ({
          kind: 'unit' as const,
          id,
          field: ['input', 'unitIds', String(index)],
        })),
        ...(successor && 'unitId' in successor
          ? [{ kind: 'unit' as const, id: successor.unitId, field: ['input', 'successorId'] }]
          : []),
        ...(successor && 'unit' in successor
          ? [
              {
                kind: 'unit' as const,
                id: successor.unit.parentId ?? null,
                field: ['input', 'successor', 'parentId'],
              },
            ]
          : []),
      ],
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
      scope: ({ unitId }) => [{ kind: 'unit', id: unitId, field: ['input', 'unitId'] }],
      run: async (position, ctx) =>
        onlyRow(await createPositions(ctx.db, [position], ctx.principal)),
    }),
    positionUpdate: mutation('positionUpdate', {
      payloadKey: 'position',
      selects: 'Position',
      schema: positionUpdateInput,
      request: ({ target, data }) => ({ ...target, input: stripNulls(data) }),
      scope: ({ id }) => [{ kind: 'position', id, field: ['id'] }],
      run: (change, ctx) => updatePosition(ctx.db, change, ctx.principal),
    }),
  },
};
