import { z } from 'zod';
import { ELIGIBILITY_REASONS } from '@luanchuyen/domain';
import { PLAN_67_CRITERIA } from '@luanchuyen/rules';
import type { GraphQLContext } from '../context';
import { addPlanSubjects, createPlan } from '../../services/plan.service';
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

export const planMutations = {
  Mutation: {
    rotationPlanCreate: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(planInput, args.input, ctx);
      if (!data) return refused('rotationPlan', errors);
      const ids = new IdReader();
      const issuingUnitId =
        ids.optional(data.issuingUnitId, 'Unit', ['input', 'issuingUnitId']) ?? null;
      if (ids.failures.length) return refused('rotationPlan', userErrorsOf(ctx, ids.failures));
      return payload(
        'rotationPlan',
        await createPlan(ctx.db, { ...data, issuingUnitId }, ctx.principal),
        ctx,
      );
    },
    rotationPlanAddSubjects: async (_: unknown, args: Args, ctx: GraphQLContext) => {
      const { data, errors } = parse(subjectsInput, args.input, ctx);
      if (!data) return refused('rotationPlan', errors);
      const ids = new IdReader();
      const planId = ids.one(data.planId, 'RotationPlan', ['input', 'planId']);
      const cadreIds = ids.many(data.cadreIds, 'Cadre', ['input', 'cadreIds']);
      if (ids.failures.length) return refused('rotationPlan', userErrorsOf(ctx, ids.failures));
      const input = {
        planId,
        cadreIds,
        criterion: data.criterion ?? null,
        asOf: data.asOf ?? null,
      };
      return payload('rotationPlan', await addPlanSubjects(ctx.db, input, ctx.principal), ctx);
    },
  },
};
