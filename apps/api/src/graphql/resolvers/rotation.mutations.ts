import { z } from 'zod';
import { ROTATION_OUTCOMES } from '@luanchuyen/domain';
import type { Violation } from '@luanchuyen/rules';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolver-types';
import { createRotation } from '../../services/rotation.service';
import { completeRotation } from '../../services/rotation-completion.service';
import {
  approveRotation,
  cancelRotation,
  startRotation,
} from '../../services/rotation-lifecycle.service';
import type { ScopeTarget } from '../../read/scope.queries';
import { mutation } from './mutation-resolver';
import { documentInput, optionalText, text } from './input-schemas';

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
    reason: optionalText,
  })
  // An override decision may waive a short duration, never a period that ends before it
  // starts: the database refuses that row, so it is bad input here (YYYY-MM-DD sorts as text).
  .refine((input) => input.plannedEndDate > input.startDate, {
    message: 'endBeforeStart',
    path: ['plannedEndDate'],
  });

const approveInput = z.object({ decision: documentInput });

const completeInput = z.object({
  endDate: z.string(),
  outcome: z.enum(ROTATION_OUTCOMES),
  nextPositionId: z.string().nullish(),
  decision: documentInput,
});

const cancelInput = z.object({ reason: text });

function shown(violation: Violation, ctx: GraphQLContext) {
  const { code, severity, field } = violation;
  return { code, severity, field, message: violation.message[ctx.language] };
}

/** A change of a rotation's status is the business of whoever manages its cadre. */
const ofRotation = (id: string): ScopeTarget[] => [{ kind: 'rotation', id, field: ['id'] }];

export const rotationMutations: Resolvers = {
  Mutation: {
    rotationCreate: mutation('rotationCreate', {
      payloadKey: 'rotation',
      schema: rotationInput,
      request: ({ data, ids }) => ({
        ...data,
        cadreId: ids.one(data.cadreId, 'Cadre', ['input', 'cadreId']),
        toPositionId: ids.one(data.toPositionId, 'Position', ['input', 'toPositionId']),
        fromPositionId:
          ids.optional(data.fromPositionId, 'Position', ['input', 'fromPositionId']) ?? null,
        planId: ids.optional(data.planId, 'RotationPlan', ['input', 'planId']) ?? null,
      }),
      // The cadre is the caller's to move, and a plan it is counted under the caller's too; the
      // post may lie in any body (a rotation moves cadres between bodies).
      scope: ({ cadreId, planId }) => [
        { kind: 'cadre', id: cadreId, field: ['input', 'cadreId'] },
        ...(planId ? [{ kind: 'plan' as const, id: planId, field: ['input', 'planId'] }] : []),
      ],
      run: (proposal, ctx) => createRotation(ctx.db, proposal, ctx.principal),
      written: ({ rotation, warnings, overridden }, ctx) => ({
        rotation,
        warnings: warnings.map((item) => shown(item, ctx)),
        overridden: overridden.map((item) => shown(item, ctx)),
      }),
      refused: { warnings: [], overridden: [] },
    }),
    rotationApprove: mutation('rotationApprove', {
      payloadKey: 'rotation',
      selects: 'Rotation',
      schema: approveInput,
      // The input may be left out: the approval then cites no decision.
      input: (args) => args.input ?? {},
      request: ({ target, data }) => ({ ...target, decision: data.decision }),
      scope: (change) => ofRotation(change.id),
      run: (change, ctx) => approveRotation(ctx.db, change, ctx.principal),
    }),
    rotationStart: mutation('rotationStart', {
      payloadKey: 'rotation',
      selects: 'Rotation',
      scope: (change) => ofRotation(change.id),
      run: (change, ctx) => startRotation(ctx.db, change, ctx.principal),
    }),
    rotationComplete: mutation('rotationComplete', {
      payloadKey: 'rotation',
      selects: 'Rotation',
      schema: completeInput,
      request: ({ target, data, ids }) => ({
        ...data,
        ...target,
        nextPositionId:
          ids.optional(data.nextPositionId, 'Position', ['input', 'nextPositionId']) ?? null,
      }),
      scope: (change) => ofRotation(change.id),
      run: (completion, ctx) => completeRotation(ctx.db, completion, ctx.principal),
    }),
    rotationCancel: mutation('rotationCancel', {
      payloadKey: 'rotation',
      selects: 'Rotation',
      schema: cancelInput,
      request: ({ target, data }) => ({ ...target, reason: data.reason }),
      scope: (change) => ofRotation(change.id),
      run: (change, ctx) => cancelRotation(ctx.db, change, ctx.principal),
    }),
  },
};
