import { z } from 'zod';
import { creationDecision, isCitedDecision } from '@luanchuyen/rules';
import type { GraphQLContext } from '../context';
import type { Resolvers, RotationInput } from '../generated/resolver-types';
import { rowIdOf } from '../global-ids';
import type { RotationCheckParent } from '../parents';
import { userError, type UserError } from '../user-errors';
import { runRotationCheck } from '../../rules/rotation-check.service';
import { inLanguage } from './in-language';
import { documentInput, parse } from './support.mutations';

// The decisions are checked as rotationCreate checks them (NUL, length), so a document the
// mutation would refuse is not passed here.
const citedDocuments = z.object({ decision: documentInput, overrideDecision: documentInput });

// API.md `checkRotation`: rule 3 and the classification on a proposed rotation, writing
// nothing. Ids that name nothing are user errors beside their fields, as rotationCreate
// reports them, so a form can call this while it is being filled in.

const EMPTY = {
  category: null,
  direction: null,
  rankChange: null,
  fromPosition: null,
  violations: [],
  undecided: [],
  allowed: false,
} as const;

function unknownId(field: keyof RotationInput, ctx: GraphQLContext): UserError {
  const key = field === 'cadreId' ? 'cadreNotFound' : 'positionNotFound';
  return userError(ctx.language, 'NOT_FOUND', key, ['input', field]);
}

async function checkProposal(
  input: RotationInput,
  ctx: GraphQLContext,
): Promise<RotationCheckParent> {
  const cadre = rowIdOf(input.cadreId, 'Cadre');
  const toPosition = rowIdOf(input.toPositionId, 'Position');
  // An empty id is a bad id, not "the current post".
  const fromPosition =
    input.fromPositionId != null ? rowIdOf(input.fromPositionId, 'Position') : null;
  const documents = parse(
    citedDocuments,
    { decision: input.decision, overrideDecision: input.overrideDecision },
    ctx,
  );
  const badIds: UserError[] = [
    ...(documents.errors ?? []),
    ...(cadre ? [] : [unknownId('cadreId', ctx)]),
    ...(toPosition ? [] : [unknownId('toPositionId', ctx)]),
    ...(input.fromPositionId != null && !fromPosition ? [unknownId('fromPositionId', ctx)] : []),
    // The check does not read the plan, but rotationCreate refuses a bad planId: so does this.
    ...(input.planId != null && !rowIdOf(input.planId, 'RotationPlan')
      ? [userError(ctx.language, 'NOT_FOUND', 'planNotFound', ['input', 'planId'])]
      : []),
  ];
  const refused = (userErrors: UserError[]): RotationCheckParent => ({
    ...EMPTY,
    violations: [],
    undecided: [],
    message: userErrors.map((error) => error.message).join('; '),
    userErrors,
  });
  if (!cadre || !toPosition || badIds.length > 0) return refused(badIds);

  const outcome = await runRotationCheck(ctx.db, {
    cadreId: cadre.id,
    toPositionId: toPosition.id,
    fromPositionId: fromPosition?.id ?? null,
    startDate: input.startDate,
    plannedEndDate: input.plannedEndDate,
  });
  if (outcome.kind === 'unknown')
    return refused(outcome.fields.map((field) => unknownId(field, ctx)));

  const { check, fromPosition: from } = outcome;
  const decision = creationDecision(
    check,
    isCitedDecision(input.overrideDecision) ? input.overrideDecision : null,
  );
  const kind = check.classification.decision === 'DECIDED' ? check.classification : null;
  return {
    category: kind?.category ?? null,
    direction: kind?.direction ?? null,
    rankChange: kind?.rankChange ?? null,
    fromPosition: from,
    violations: check.violations.map((violation) => ({
      code: violation.code,
      severity: violation.severity,
      message: inLanguage(violation.message, ctx),
      field: violation.field,
    })),
    undecided: check.undecided.map((result) => ({
      code: result.code,
      severity: result.severity,
      message: inLanguage(result.message, ctx),
      missingFacts: result.missingFacts,
    })),
    allowed: kind !== null && decision.allowed,
    message: inLanguage(kind ? decision.message : check.classification.message, ctx),
    userErrors: [],
  };
}

export const rotationCheckResolvers: Resolvers = {
  Query: {
    checkRotation: (_, { input }, ctx) => checkProposal(input, ctx),
  },
};
