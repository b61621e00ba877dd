import { z } from 'zod';
import { ASSIGNMENT_KINDS, SEXES } from '@luanchuyen/domain';
import { CADRE_STATUSES } from '@luanchuyen/db';
import type { Resolvers } from '../generated/resolver-types';
import { createAssignments, endAssignment } from '../../services/assignment.service';
import { changeCadreBody } from '../../services/cadre-body.service';
import { createCadres, updateCadre } from '../../services/cadre.service';
import { ownBodyOf } from '../../services/scope';
import { mutation, onlyRow } from './mutation-resolver';
import { documentInput, name, optionalText } from './input-schemas';

// cadreCreate, cadreUpdate, assignmentCreate, assignmentEnd: thin resolvers around the services.

// The same title and term twice is one entry (the table's unique key): refused beside the
// repeat rather than failing in the database.
const pool = z
  .array(
    z.object({
      targetTitle: name,
      termStart: z.number().int().min(1900).max(2100),
      termEnd: z.number().int().min(1900).max(2100),
    }),
  )
  .superRefine((entries, context) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const key = JSON.stringify([entry.targetTitle, entry.termStart, entry.termEnd]);
      if (seen.has(key))
        context.addIssue({ code: 'custom', message: 'duplicatePoolEntry', path: [index] });
      seen.add(key);
    });
  });

// The Board's cadre number: one line, at most 40 characters (the table's check).
const cadreCode = name.refine((value) => value.length <= 40, 'textLength');

const cadreFields = {
  code: cadreCode.nullish(),
  sex: z.enum(SEXES).nullish(),
  birthDate: z.string().nullish(),
  birthYear: z.number().int().min(1900).max(2100).nullish(),
  homeAreaId: z.string().nullish(),
  notes: optionalText,
  successionPool: pool.nullish(),
};
const cadreCreate = z.object({ fullName: name, ...cadreFields, bodyId: z.string().nullish() });

const cadreBodyChange = z.object({
  cadreId: z.string(),
  bodyId: z.string(),
  validFrom: z.string(),
});
const cadreUpdate = z.object({
  fullName: name.optional(),
  ...cadreFields,
  status: z.enum(CADRE_STATUSES).nullish(),
  notes: optionalText.optional(),
});

const assignmentCreate = z.object({
  cadreId: z.string(),
  positionId: z.string(),
  kind: z.enum(ASSIGNMENT_KINDS),
  startDate: z.string(),
  endDate: z.string().nullish(),
  decision: documentInput,
});

export const cadreMutations: Resolvers = {
  Mutation: {
    cadreCreate: mutation('cadreCreate', {
      payloadKey: 'cadre',
      schema: cadreCreate,
      request: ({ data, ids }) => ({
        ...data,
        code: data.code ?? null,
        sex: data.sex ?? null,
        birthDate: data.birthDate ?? null,
        birthYear: data.birthYear ?? null,
        homeAreaId: ids.optional(data.homeAreaId, 'Area', ['input', 'homeAreaId']) ?? null,
        successionPool: data.successionPool ?? [],
        bodyId: ids.optional(data.bodyId, 'Unit', ['input', 'bodyId']) ?? null,
      }),
      scope: ({ bodyId }) =>
        bodyId ? [{ kind: 'unit', id: bodyId, field: ['input', 'bodyId'] }] : [],
      // Managed from today by the body named, else by the caller's own (none at the top).
      run: async ({ bodyId, ...cadre }, ctx) => {
        const body = bodyId ?? ownBodyOf(ctx.principal);
        const input = { ...cadre, body: body ? { id: body, from: ctx.today } : null };
        return onlyRow(await createCadres(ctx.db, [input], ctx.principal));
      },
    }),
    cadreBodyChange: mutation('cadreBodyChange', {
      payloadKey: 'cadre',
      schema: cadreBodyChange,
      request: ({ data, ids }) => ({
        cadreId: ids.one(data.cadreId, 'Cadre', ['input', 'cadreId']),
        bodyId: ids.one(data.bodyId, 'Unit', ['input', 'bodyId']),
        validFrom: data.validFrom,
      }),
      // Both ends: a caller hands a cadre only between bodies of their own scope.
      scope: ({ cadreId, bodyId }) => [
        { kind: 'cadre', id: cadreId, field: ['input', 'cadreId'] },
        { kind: 'unit', id: bodyId, field: ['input', 'bodyId'] },
      ],
      run: (change, ctx) => changeCadreBody(ctx.db, change, ctx.principal),
    }),
    cadreUpdate: mutation('cadreUpdate', {
      payloadKey: 'cadre',
      selects: 'Cadre',
      schema: cadreUpdate,
      request: ({ target, data: { status, successionPool, ...data }, ids }) => ({
        ...target,
        input: {
          ...data,
          homeAreaId: ids.optional(data.homeAreaId, 'Area', ['input', 'homeAreaId']),
          ...(status ? { status } : {}),
          ...(successionPool ? { successionPool } : {}),
        },
      }),
      scope: ({ id }) => [{ kind: 'cadre', id, field: ['id'] }],
      run: (change, ctx) => updateCadre(ctx.db, change, ctx.principal),
    }),
    assignmentCreate: mutation('assignmentCreate', {
      payloadKey: 'assignment',
      schema: assignmentCreate,
      request: ({ data, ids }) => ({
        ...data,
        cadreId: ids.one(data.cadreId, 'Cadre', ['input', 'cadreId']),
        positionId: ids.one(data.positionId, 'Position', ['input', 'positionId']),
        endDate: data.endDate ?? null,
      }),
      scope: ({ cadreId }) => [{ kind: 'cadre', id: cadreId, field: ['input', 'cadreId'] }],
      run: async (assignment, ctx) =>
        onlyRow(await createAssignments(ctx.db, [assignment], ctx.principal)),
    }),
    assignmentEnd: mutation('assignmentEnd', {
      payloadKey: 'assignment',
      selects: 'Assignment',
      request: ({ target, args }) => ({ ...target, endDate: args.input.endDate }),
      scope: ({ id }) => [{ kind: 'assignment', id, field: ['id'] }],
      run: (change, ctx) => endAssignment(ctx.db, change, ctx.principal),
    }),
  },
};
