import { z } from 'zod';
import { ELIGIBILITY_REASONS } from '@luanchuyen/domain';
import { PLAN_67_CRITERIA } from '@luanchuyen/rules';
import type { Resolvers } from '../generated/resolver-types';
import { addPlanSubjects, createPlan } from '../../services/plan.service';
import { mutation } from './mutation-resolver';
import { documentInput, text } from './input-schemas';

// rotationPlanCreate and rotationPlanAddSubjects.

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

export const planMutations: Resolvers = {
  Mutation: {
    rotationPlanCreate: mutation('rotationPlanCreate', {
      payloadKey: 'rotationPlan',
      schema: planInput,
      request: ({ data, ids }) => ({
        ...data,
        issuingUnitId: ids.optional(data.issuingUnitId, 'Unit', ['input', 'issuingUnitId']) ?? null,
      }),
      run: (plan, ctx) => createPlan(ctx.db, plan, ctx.principal),
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
      run: (subjects, ctx) => addPlanSubjects(ctx.db, subjects, ctx.principal),
    }),
  },
};
