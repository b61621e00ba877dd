import { AppError } from '../errors';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolver-types';
import { requireRowId } from '../row-id-argument';
import { connectionOf, pageRequest } from '../pagination';
import { t } from '../../i18n/messages';
import { inLanguage } from './in-language';
import type { Eligibility as EligibilityResult, Message } from '@luanchuyen/rules';
import { hidePersonalIn, seesPersonalDataOf, seesPersonalIn } from '../personal-fields';
import {
  messageWithoutPersonalFacts,
  personalFactsOf,
} from '../../personal-data/message-redaction';
import { criteriaOf } from '../../services/eligibility.service';
import {
  countEligibleCadres,
  eligibleCadresPage,
  type Question,
} from '../../services/eligible-cadres.service';

// PRODUCT.md rule 1 on the API: a cadre's eligibility on a date and the cadres who are
// subjects of rotation on it. Both go through one loader, so the edge's eligibility and
// `node { eligibility(asOf) }` for the same date are computed once.

/** The plan a planId argument names, which must exist. */
async function planOf(planId: string | null | undefined, ctx: GraphQLContext) {
  const id = requireRowId(planId, 'RotationPlan', 'planId', ctx);
  if (id === null) return null;
  const plan = await ctx.loaders.plan.load(id);
  if (!plan) throw new AppError('NOT_FOUND', t(ctx.language, 'planNotFound'));
  return plan;
}

/** The message in the caller's language, without the birth date's traces for a caller who may not read it. */
function explained(
  message: Message,
  findings: readonly Parameters<typeof personalFactsOf>[0][],
  ctx: GraphQLContext,
  /** The answer the message belongs to (hidePersonalIn may have marked it). */
  owner: object,
): string {
  if (seesPersonalIn(ctx, owner)) return inLanguage(message, ctx);
  const redacted = findings.reduce(
    (text, finding) => messageWithoutPersonalFacts(text, personalFactsOf(finding)),
    message,
  );
  return inLanguage(redacted, ctx);
}

function findingsOf(eligibility: EligibilityResult) {
  return [...eligibility.reasons, ...eligibility.blockers, ...eligibility.evaluated];
}

export const eligibilityResolvers: Resolvers = {
  Query: {
    eligibleCadres: async (_, { asOf, planId, ...page }, ctx) => {
      const plan = await planOf(planId, ctx);
      const question: Question = {
        asOf,
        planId: plan?.id ?? null,
        criteria: criteriaOf(plan),
        scope: ctx.scope,
      };
      const request = pageRequest(page, ['text', 'uuid'], ctx);
      const found = await eligibleCadresPage(ctx.db, question, request);
      for (const { cadre, eligibility } of found) {
        ctx.loaders.eligibility.prime(
          { cadreId: cadre.id, asOf, planId: question.planId },
          eligibility,
        );
      }
      return connectionOf(found, request, {
        keyOf: ({ cadre }) => [cadre.nameSortKey, cadre.id],
        nodeOf: ({ cadre }) => cadre,
        edgeOf: ({ eligibility }, edge) => ({ ...edge, eligibility }),
        count: () => countEligibleCadres(ctx.db, question),
      });
    },
  },
  Cadre: {
    eligibility: async (cadre, { asOf, planId }, ctx) => {
      const plan = await planOf(planId, ctx);
      const eligibility = await ctx.loaders.eligibility.load({
        cadreId: cadre.id,
        asOf,
        planId: plan?.id ?? null,
      });
      if (!eligibility) throw new Error('Eligibility of an existing cadre came back empty');
      // Outside the caller's scope, the explanation keeps no trace of the birth date.
      if (!(await seesPersonalDataOf(ctx, cadre.id))) {
        hidePersonalIn(ctx, [eligibility, ...findingsOf(eligibility)]);
      }
      return eligibility;
    },
  },
  Eligibility: {
    criteria: (eligibility) => eligibility.criteria,
    message: (eligibility, _, ctx) =>
      explained(eligibility.message, findingsOf(eligibility), ctx, eligibility),
  },
  // The facts come from the rule with the message; the unit through the batched loader.
  EligibilityReason: {
    code: (finding) => finding.rule,
    message: (finding, _, ctx) => explained(finding.message, [finding], ctx, finding),
    since: (finding) => finding.grounds.since,
    unit: (finding, _, { loaders }) =>
      finding.grounds.unitId === null ? null : loaders.unit.load(finding.grounds.unitId),
    // The young-cadre reason's years are an age on the chosen date: asked day by day, it would
    // tell the birthday to a caller who may not read it.
    years: (finding, _, ctx) =>
      finding.rule === 'YOUNG_IN_SUCCESSION_POOL' && !seesPersonalIn(ctx, finding)
        ? null
        : finding.grounds.years,
  },
  EligibilityBlocker: {
    code: (finding) => finding.rule,
    message: (finding, _, ctx) => explained(finding.message, [finding], ctx, finding),
    missingFacts: (finding) =>
      finding.decision === 'CANNOT_DECIDE' ? [...finding.missingFacts] : [],
  },
};
