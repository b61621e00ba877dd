import { z } from 'zod';
import { ASSIGNMENT_KINDS, SEXES } from '@luanchuyen/domain';
import { CADRE_STATUSES } from '@luanchuyen/db';
import type { GraphQLContext } from '../context';
import { createAssignments, endAssignment } from '../../services/assignment.service';
import { createCadres, updateCadre } from '../../services/cadre.service';
import {
  documentInput,
  IdReader,
  optionalText,
  parse,
  payload,
  refused,
  name,
  userErrorsOf,
  type Args,
} from './support.mutations';

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

const cadreFields = {
  sex: z.enum(SEXES).nullish(),
  birthDate: z.string().nullish(),
  birthYear: z.number().int().min(1900).max(2100).nullish(),
  homeAreaId: z.string().nullish(),
  notes: optionalText,
  successionPool: pool.nullish(),
};
const cadreCreate = z.object({ fullName: name, ...cadreFields });
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

export const cadreMutations = {
  Mutation: {
    cadreCreate: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(cadreCreate, args.input, ctx);
      if (!data) return refused('cadre', errors);
      const ids = new IdReader();
      const homeAreaId = ids.optional(data.homeAreaId, 'Area', ['input', 'homeAreaId']) ?? null;
      if (ids.failures.length) return refused('cadre', userErrorsOf(ctx, ids.failures));
      const outcome = await createCadres(
        ctx.db,
        [
          {
            ...data,
            sex: data.sex ?? null,
            birthDate: data.birthDate ?? null,
            birthYear: data.birthYear ?? null,
            homeAreaId,
            successionPool: data.successionPool ?? [],
          },
        ],
        ctx.principal,
      );
      return payload(
        'cadre',
        outcome.ok ? { ok: true, value: outcome.value[0] ?? null } : outcome,
        ctx,
      );
    },
    cadreUpdate: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(cadreUpdate, args.input, ctx);
      if (!data) return refused('cadre', errors);
      const ids = new IdReader();
      const id = ids.one(args.id ?? '', 'Cadre', ['id']);
      const homeAreaId = ids.optional(data.homeAreaId, 'Area', ['input', 'homeAreaId']);
      if (ids.failures.length) return refused('cadre', userErrorsOf(ctx, ids.failures));
      const { status, successionPool, ...rest } = data;
      const outcome = await updateCadre(
        ctx.db,
        {
          id,
          expectedVersion: args.expectedVersion ?? 0,
          input: {
            ...rest,
            homeAreaId,
            ...(status ? { status } : {}),
            ...(successionPool ? { successionPool } : {}),
          },
        },
        ctx.principal,
      );
      return payload('cadre', outcome, ctx);
    },
    assignmentCreate: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(assignmentCreate, args.input, ctx);
      if (!data) return refused('assignment', errors);
      const ids = new IdReader();
      const cadreId = ids.one(data.cadreId, 'Cadre', ['input', 'cadreId']);
      const positionId = ids.one(data.positionId, 'Position', ['input', 'positionId']);
      if (ids.failures.length) return refused('assignment', userErrorsOf(ctx, ids.failures));
      const outcome = await createAssignments(
        ctx.db,
        [{ ...data, cadreId, positionId, endDate: data.endDate ?? null }],
        ctx.principal,
      );
      return payload(
        'assignment',
        outcome.ok ? { ok: true, value: outcome.value[0] ?? null } : outcome,
        ctx,
      );
    },
    assignmentEnd: async (_: unknown, args: Args<{ endDate: string }>, ctx: GraphQLContext) => {
      const ids = new IdReader();
      const id = ids.one(args.id ?? '', 'Assignment', ['id']);
      if (ids.failures.length) return refused('assignment', userErrorsOf(ctx, ids.failures));
      const outcome = await endAssignment(
        ctx.db,
        { id, expectedVersion: args.expectedVersion ?? 0, endDate: args.input?.endDate ?? '' },
        ctx.principal,
      );
      return payload('assignment', outcome, ctx);
    },
  },
};
