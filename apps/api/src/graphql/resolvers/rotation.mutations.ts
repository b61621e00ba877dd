import { z } from 'zod';
import { ROTATION_OUTCOMES } from '@luanchuyen/domain';
import type { Violation } from '@luanchuyen/rules';
import type { GraphQLContext } from '../context';
import { createRotation } from '../../services/rotation.service';
import { completeRotation } from '../../services/rotation-completion.service';
import {
  approveRotation,
  cancelRotation,
  startRotation,
} from '../../services/rotation-lifecycle.service';
import {
  documentInput,
  IdReader,
  parse,
  payload,
  refused,
  text,
  userErrorsOf,
  type Args,
} from './support.mutations';

// rotationCreate and the rotation's changes of status: thin resolvers around the services.

const rotationInput = z
  .object({
    cadreId: z.string(),
    toPositionId: z.string(),
    fromPositionId: z.string().nullish(),
    startDate: z.string(),
    plannedEndDate: z.string(),
    planId: z.string().nullish(),
    decision: documentInput,
    overrideDecision: documentInput,
  })
  // An override decision may waive a short duration, never a period that ends before it
  // starts: the database refuses that row, so it is bad input here (YYYY-MM-DD sorts as text).
  .refine((input) => input.plannedEndDate > input.startDate, {
    message: 'endBeforeStart',
    path: ['plannedEndDate'],
  });

const completeInput = z.object({
  endDate: z.string(),
  outcome: z.enum(ROTATION_OUTCOMES),
  nextPositionId: z.string().nullish(),
  decision: documentInput,
});

function shown(violation: Violation, ctx: GraphQLContext) {
  const { code, severity, field } = violation;
  return { code, severity, field, message: violation.message[ctx.language] };
}

const NO_VIOLATIONS = { warnings: [], overridden: [] };

export const rotationMutations = {
  Mutation: {
    rotationCreate: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(rotationInput, args.input, ctx);
      if (!data) return { ...refused('rotation', errors), ...NO_VIOLATIONS };
      const ids = new IdReader();
      const proposal = {
        ...data,
        cadreId: ids.one(data.cadreId, 'Cadre', ['input', 'cadreId']),
        toPositionId: ids.one(data.toPositionId, 'Position', ['input', 'toPositionId']),
        fromPositionId:
          ids.optional(data.fromPositionId, 'Position', ['input', 'fromPositionId']) ?? null,
        planId: ids.optional(data.planId, 'RotationPlan', ['input', 'planId']) ?? null,
      };
      if (ids.failures.length)
        return { ...refused('rotation', userErrorsOf(ctx, ids.failures)), ...NO_VIOLATIONS };
      const outcome = await createRotation(ctx.db, proposal, ctx.principal);
      if (!outcome.ok) return { ...payload('rotation', outcome, ctx), ...NO_VIOLATIONS };
      const { rotation, warnings, overridden } = outcome.value;
      return {
        rotation,
        warnings: warnings.map((item) => shown(item, ctx)),
        overridden: overridden.map((item) => shown(item, ctx)),
        userErrors: [],
      };
    },
    rotationApprove: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(z.object({ decision: documentInput }), args.input ?? {}, ctx);
      if (!data) return refused('rotation', errors);
      const ids = new IdReader();
      const id = ids.one(args.id ?? '', 'Rotation', ['id']);
      if (ids.failures.length) return refused('rotation', userErrorsOf(ctx, ids.failures));
      const change = { id, expectedVersion: args.expectedVersion ?? 0, decision: data.decision };
      return payload('rotation', await approveRotation(ctx.db, change, ctx.principal), ctx);
    },
    rotationStart: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const ids = new IdReader();
      const id = ids.one(args.id ?? '', 'Rotation', ['id']);
      if (ids.failures.length) return refused('rotation', userErrorsOf(ctx, ids.failures));
      const change = { id, expectedVersion: args.expectedVersion ?? 0 };
      return payload('rotation', await startRotation(ctx.db, change, ctx.principal), ctx);
    },
    rotationComplete: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(completeInput, args.input, ctx);
      if (!data) return refused('rotation', errors);
      const ids = new IdReader();
      const id = ids.one(args.id ?? '', 'Rotation', ['id']);
      const nextPositionId =
        ids.optional(data.nextPositionId, 'Position', ['input', 'nextPositionId']) ?? null;
      if (ids.failures.length) return refused('rotation', userErrorsOf(ctx, ids.failures));
      const change = { ...data, id, expectedVersion: args.expectedVersion ?? 0, nextPositionId };
      return payload('rotation', await completeRotation(ctx.db, change, ctx.principal), ctx);
    },
    rotationCancel: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(z.object({ reason: text }), args.input, ctx);
      if (!data) return refused('rotation', errors);
      const ids = new IdReader();
      const id = ids.one(args.id ?? '', 'Rotation', ['id']);
      if (ids.failures.length) return refused('rotation', userErrorsOf(ctx, ids.failures));
      const change = { id, expectedVersion: args.expectedVersion ?? 0, reason: data.reason };
      return payload('rotation', await cancelRotation(ctx.db, change, ctx.principal), ctx);
    },
  },
};
