import type { Resolvers } from '../generated/resolver-types';
import { globalIdOf } from '../../global-ids';
import { connectionOf, pageRequest } from '../pagination';
import { countPlans, planPage } from '../../read/plan.queries';
import { inLanguage } from './in-language';

// Rotation plans, their subjects and progress (API.md `RotationPlan`, PRODUCT.md rule 6).

export const planResolvers: Resolvers = {
  Query: {
    rotationPlans: async (_, page, ctx) => {
      const request = pageRequest(page, ['date', 'uuid'], ctx);
      return connectionOf(await planPage(ctx.db, request, ctx.scope), request, {
        keyOf: (plan) => [plan.issuedOn, plan.id],
        nodeOf: (plan) => plan,
        count: () => countPlans(ctx.db, ctx.scope),
      });
    },
  },
  RotationPlan: {
    id: (plan) => globalIdOf('RotationPlan', plan.id),
    issuingUnit: (plan, _, { loaders }) =>
      plan.issuingUnitId ? loaders.unit.load(plan.issuingUnitId) : null,
    document: (plan, _, { loaders }) =>
      plan.documentId ? loaders.document.load(plan.documentId) : null,
    criteria: (plan) => ({ ...plan.criteria, reasons: [...plan.criteria.reasons] }),
    subjects: async (plan, page, ctx) => {
      const request = pageRequest(page, ['text', 'uuid'], ctx);
      const rows = await ctx.loaders.subjectsOfPlan.load({ parentId: plan.id, request });
      return connectionOf(rows, request, {
        keyOf: ({ cadre }) => [cadre.nameSortKey, cadre.id],
        nodeOf: ({ cadre }) => cadre,
        edgeOf: ({ criterion }, edge) => ({ ...edge, criterion }),
        count: () => ctx.loaders.subjectCountOfPlan.load(plan.id),
      });
    },
    progress: (plan, _, { loaders }) => loaders.planProgress.load(plan),
  },
  RotationPlanProgress: {
    byCategory: (progress) => [...progress.byCategory],
    ratings: (progress) => [...progress.ratings],
    message: (progress, _, ctx) => inLanguage(progress.message, ctx),
  },
};
