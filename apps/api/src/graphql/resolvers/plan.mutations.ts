import { z } from 'zod';
import { ELIGIBILITY_REASONS } from '@luanchuyen/domain';
import { PLAN_67_CRITERIA } from '@luanchuyen/rules';
import type { Resolvers } from '../generated/resolver-types';
import { addPlanSubjects, createPlan } from '../../services/plan.service';
import { removePlanSubject } from '../../services/plan-subject-removal.service';
import { ownBodyOf } from '../../services/scope';
import { mutation } from './mutation-resolver';
import { documentInput, text } from './input-schemas';

// rotationPlanCreate, rotationPlanAddSubjects and rotationPlanRemoveSubject.

const defaults = PLAN_67_CRITERIA.params;

const criteriaInput = z
  .object({
    longTenureYears: z.number().int().min(1).max(40).default(defaults.longTenureYears),
    youngAgeLimit: z.number().int().min(18).max(70).default(defaults.youngAgeLimit),
    reasons: z
      .array(z.enum(ELIGIBILITY_REASONS))
      .min(1)
      .nullish()
      .transform((reasons) => reasons ?? [...defaults.reasons]),
  })
  .nullish()
  .transform((criteria) => criteria ?? { ...defaults, reasons: [...defaults.reasons] });

const planInput = z.object({
  code: text,
  title: text,
  issuingUnitId: z.string().nullish(),
  issuedOn: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  targetCount: z.number().int().min(0).max(1_000_000).default(0),
  criteria: criteriaInput,
  document: documentInput,
});

const subjectsInput = z.object({
  planId: z.string(),
  cadreIds: z.array(z.string()).min(1).max(500),
  criterion: z.enum(ELIGIBILITY_REASONS).nullish(),
  asOf: z.string().nullish(),
});

// The reason is text like any other: blank after trimming is INVALID_INPUT beside input.reason.
const removalInput = z.object({ planId: z.string(), cadreId: z.string(), reason: text });

export const planMutations: Resolvers = {
  Mutation: {
    rotationPlanCreate: mutation('rotationPlanCreate', {
      payloadKey: 'rotationPlan',
      schema: planInput,
      request: ({ data, ids }) => ({
        ...data,
        issuingUnitId: ids.optional(data.issuingUnitId, 'Unit', ['input', 'issuingUnitId']),
      }),
      scope: ({ issuingUnitId }) =>
        issuingUnitId
          ? [{ kind: 'unit', id: issuingUnitId, field: ['input', 'issuingUnitId'] }]
          : [],
      // Issued by the body named, else by the caller's own (none at the top).
      run: (plan, ctx) =>
        createPlan(
          ctx.db,
          { ...plan, issuingUnitId: plan.issuingUnitId ?? ownBodyOf(ctx.principal) },
          ctx.principal,
        ),
    }),
    rotationPlanAddSubjects: mutation('rotationPlanAddSubjects', {
      payloadKey: 'rotationPlan',
      schema: subjectsInput,
      request: ({ data, ids }) => ({
        planId: ids.one(data.planId, 'RotationPlan', ['input', 'planId']),
        cadreIds: ids.many(data.cadreIds, 'Cadre', ['input', 'cadreIds']),
        criterion: data.criterion ?? null,
        asOf: data.asOf ?? null,
      }),
      scope: ({ planId, cadreIds }) => [
        { kind: 'plan', id: planId, field: ['input', 'planId'] },
        ...cadreIds.map((id, index) => ({
          kind: 'cadre' as const,
          id,
          field: ['input', 'cadreIds', String(index)],
        })),
      ],
      run: (subjects, ctx) => addPlanSubjects(ctx.db, subjects, ctx.principal),
    }),
    rotationPlanRemoveSubject: mutation('rotationPlanRemoveSubject', {
      payloadKey: 'rotationPlan',
      schema: removalInput,
      request: ({ data, ids }) => ({
        planId: ids.one(data.planId, 'RotationPlan', ['input', 'planId']),
        cadreId: ids.one(data.cadreId, 'Cadre', ['input', 'cadreId']),
        reason: data.reason,
      }),
      scope: ({ planId, cadreId }) => [
        { kind: 'plan', id: planId, field: ['input', 'planId'] },
        { kind: 'cadre', id: cadreId, field: ['input', 'cadreId'] },
      ],
      run: (removal, ctx) => removePlanSubject(ctx.db, removal, ctx.principal),
    }),
  },
};
