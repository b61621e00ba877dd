import { z } from 'zod';
import { isCitedDecision, type Message } from '@luanchuyen/rules';
import type { GraphQLContext } from '../context';
import type { Resolvers, RotationInput } from '../generated/resolver-types';
import type { RotationCheckParent } from '../parents';
import { userError, userErrorsOf, type UserError } from '../user-errors';
import { IdReader } from './id-reader';
import { runRotationCheck } from '../../services/rotation-check.service';
import { overrideIssuerFacts } from '../../facts/issuer-facts.queries';
import { loadRotationFactsData, type FactsField } from '../../facts/rotation-facts.queries';
import { inLanguage } from './in-language';
import { documentInput, optionalText, parse } from './input-schemas';
import { retirementDayIn, withoutPersonalFacts } from '../../personal-data/message-redaction';
import { personalField, seesPersonalDataOf } from '../personal-fields';

// API.md `checkRotation`: the verdict rotationCreate enforces (libs/rules' rotationVerdict over
// the facts of rotation-check.service), writing nothing. Ids that name nothing are user errors
// beside their fields, as rotationCreate reports them, so a form can call this while it is
// being filled in. `rotationCheckFacts` hands the same facts to a client that runs the rules.

// The decisions and the reason are checked as rotationCreate checks them (NUL, length), so a
// text the mutation would refuse is not passed here.
const checkedTexts = z.object({
  decision: documentInput,
  overrideDecision: documentInput,
  reason: optionalText,
});

const EMPTY = {
  category: null,
  direction: null,
  rankChange: null,
  fromPosition: null,
  allowed: false,
} as const;

const NOT_FOUND_KEYS = {
  cadreId: 'cadreNotFound',
  toPositionId: 'positionNotFound',
  fromPositionId: 'positionNotFound',
  planId: 'planNotFound',
} as const;

function unknownId(field: FactsField, ctx: GraphQLContext): UserError {
  return userError(ctx.language, 'NOT_FOUND', NOT_FOUND_KEYS[field], ['input', field]);
}

type Ids = Pick<RotationInput, 'cadreId' | 'toPositionId' | 'fromPositionId' | 'planId'>;

/** The proposal's ids as row ids, or the user errors of those that are not ids of their type. */
function decodeIds(input: Ids, ctx: GraphQLContext) {
  const read = new IdReader();
  const ids = {
    cadreId: read.one(input.cadreId, 'Cadre', ['input', 'cadreId']),
    toPositionId: read.one(input.toPositionId, 'Position', ['input', 'toPositionId']),
    // An empty id is a bad id, not "the current post".
    fromPositionId:
      read.optional(input.fromPositionId, 'Position', ['input', 'fromPositionId']) ?? null,
    planId: read.optional(input.planId, 'RotationPlan', ['input', 'planId']) ?? null,
  };
  if (read.failures.length > 0) return { errors: userErrorsOf(ctx, read.failures) } as const;
  return { errors: [], ids } as const;
}

function refused(userErrors: UserError[]): RotationCheckParent {
  return {
    ...EMPTY,
    violations: [],
    undecided: [],
    message: userErrors.map((error) => error.message).join('; '),
    userErrors,
  };
}

async function checkProposal(
  input: RotationInput,
  ctx: GraphQLContext,
): Promise<RotationCheckParent> {
  const texts = parse(
    checkedTexts,
    { decision: input.decision, overrideDecision: input.overrideDecision, reason: input.reason },
    ctx,
  );
  const decoded = decodeIds(input, ctx);
  const badInput = [...(texts.errors ?? []), ...decoded.errors];
  if (!decoded.ids || !texts.data || badInput.length > 0) return refused(badInput);

  // The parsed decision: its issuing unit's global id is decoded to the unit's row id.
  const cited = texts.data.overrideDecision;
  const override = isCitedDecision(cited) ? cited : null;
  const outcome = await runRotationCheck(
    ctx.db,
    {
      ...decoded.ids,
      startDate: input.startDate,
      plannedEndDate: input.plannedEndDate,
      reason: texts.data.reason,
    },
    override,
  );
  if (outcome.kind === 'unknown')
    return refused(outcome.fields.map((field) => unknownId(field, ctx)));

  const { verdict, fromPositionId } = outcome;
  // The retirement checks print the retirement day, which tells the birth month: its year only
  // for a caller who may not read personal data (message-redaction.ts).
  const retirementDate = (await seesPersonalDataOf(ctx, decoded.ids.cadreId))
    ? null
    : ([...verdict.check.violations, ...verdict.check.undecided]
        .map((result) => retirementDayIn(result.facts))
        .find((day) => day !== null) ?? null);
  const said = (message: Message) =>
    withoutPersonalFacts(inLanguage(message, ctx), { retirementDate });
  return {
    category: verdict.kind?.category ?? null,
    direction: verdict.kind?.direction ?? null,
    rankChange: verdict.kind?.rankChange ?? null,
    fromPosition: fromPositionId ? await ctx.loaders.position.load(fromPositionId) : null,
    violations: verdict.check.violations.map((violation) => ({
      code: violation.code,
      severity: violation.severity,
      message: said(violation.message),
      field: violation.field,
    })),
    undecided: verdict.check.undecided.map((result) => ({
      code: result.code,
      severity: result.severity,
      message: said(result.message),
      missingFacts: result.missingFacts,
    })),
    allowed: verdict.allowed,
    message: said(verdict.message),
    userErrors: [],
  };
}

export const rotationCheckResolvers: Resolvers = {
  Query: {
    checkRotation: (_, { input }, ctx) => checkProposal(input, ctx),
    rotationCheckFacts: async (_, { input }, ctx) => {
      const decoded = decodeIds(input, ctx);
      const issuerField = ['input', 'overrideIssuer', 'unitId'];
      const issuerRead = new IdReader();
      const issuerUnitId = input.overrideIssuer
        ? issuerRead.one(input.overrideIssuer.unitId, 'Unit', issuerField)
        : null;
      const badIds = [...decoded.errors, ...userErrorsOf(ctx, issuerRead.failures)];
      if (!decoded.ids || badIds.length > 0) return { facts: null, userErrors: badIds };
      const { cadreId } = decoded.ids;
      const read = await loadRotationFactsData(ctx.db, decoded.ids);
      if (read.kind === 'unknown')
        return { facts: null, userErrors: read.fields.map((field) => unknownId(field, ctx)) };
      // The issuer is read as rotationCreate reads it (rotation-check.service), so the client's
      // ISSUER_NOT_COMPETENT is the server's.
      const overrideIssuer =
        input.overrideIssuer && issuerUnitId
          ? await overrideIssuerFacts(ctx.db, cadreId, issuerUnitId, input.overrideIssuer.issuedOn)
          : null;
      if (input.overrideIssuer && !overrideIssuer)
        return {
          facts: null,
          userErrors: [userError(ctx.language, 'NOT_FOUND', 'bodyNotFound', issuerField)],
        };
      const data = { ...read.data, overrideIssuer };
      // The facts hold the birth date and home area: a personal field (graphql-js calls a
      // function-valued property as the field's resolver).
      return { facts: () => personalField(ctx, cadreId, () => data), userErrors: [] };
    },
  },
};
