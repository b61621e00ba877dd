import { actionsFrom, ROTATION_OUTCOMES, type RotationOutcome } from '@luanchuyen/domain';
import { isOverdue } from '@luanchuyen/rules';
import { isAllowed } from '../authorization';
import { AppError } from '../errors';
import { t } from '../../i18n/messages';
import type { GraphQLContext } from '../context';
import type {
  Resolvers,
  RotationEvent,
  RotationEventKind,
  RotationFilter,
} from '../generated/resolver-types';
import { globalIdOf } from '../../global-ids';
import { requireExistingRowId } from '../row-id-argument';
import { connectionOf, pageRequest } from '../pagination';
import {
  countRotations,
  joinedRotationPage,
  type RotationWhere,
} from '../../read/rotation.queries';
import { primedRotations, rotationJoinsOf } from '../loaders/joined-rows';
import { rotationStatsOf } from '../../read/rotation-stats.queries';
import type { RotationHistoryRow } from '../../read/rotation-history.queries';
import { required } from './required';

// Rotation history and statistics (API.md `rotations`, `rotationStats`): one filter, decoded
// once, drives the page, its count and the counts by category, year and direction.

async function rotationWhere(
  filter: RotationFilter | null | undefined,
  ctx: GraphQLContext,
): Promise<RotationWhere> {
  const [cadreId, planId, unitId, fromUnitId, toUnitId] = await Promise.all([
    requireExistingRowId(filter?.cadreId, 'Cadre', 'filter.cadreId', ctx),
    requireExistingRowId(filter?.planId, 'RotationPlan', 'filter.planId', ctx),
    requireExistingRowId(filter?.unitId, 'Unit', 'filter.unitId', ctx),
    requireExistingRowId(filter?.fromUnitId, 'Unit', 'filter.fromUnitId', ctx),
    requireExistingRowId(filter?.toUnitId, 'Unit', 'filter.toUnitId', ctx),
  ]);
  // Refused rather than ignored: a consumer asking for a lineage must not get every unit.
  if (filter?.includeLineage && unitId === null) {
    throw new AppError(
      'BAD_USER_INPUT',
      `${t(ctx.language, 'lineageWithoutUnit')}: filter.includeLineage`,
    );
  }
  return {
    cadreIds: cadreId === null ? null : [cadreId],
    planId,
    unitId,
    includeLineage: filter?.includeLineage === true,
    fromUnitId,
    toUnitId,
    categories: filter?.categories,
    statuses: filter?.statuses,
    startedFrom: filter?.startedFrom,
    startedTo: filter?.startedTo,
    activeAt: filter?.activeAt,
    overdueOn: filter?.overdue ? ctx.today : null,
  };
}

// An audit event of a rotation as a step of its history. The audit log names actions after
// the services (rotation.create…); the API names steps after what happened to the rotation.

const KIND_OF_ACTION: Record<string, RotationEventKind> = {
  'rotation.create': 'PROPOSED',
  'rotation.approve': 'APPROVED',
  'rotation.start': 'STARTED',
  'rotation.complete': 'COMPLETED',
  'rotation.cancel': 'CANCELLED',
};

// The outcome is read back from the JSON the completion stored: only a known value passes.
const isOutcome = (value: string | null): value is RotationOutcome =>
  ROTATION_OUTCOMES.some((outcome) => outcome === value);

/** The step, or none for an audit action that is not a lifecycle step. */
function rotationEventOf(row: RotationHistoryRow): RotationEvent[] {
  const kind = KIND_OF_ACTION[row.action];
  if (!kind) return [];
  return [
    {
      kind,
      occurredAt: row.occurredAt,
      actorKind: row.actorUsername ? 'USER' : row.actorApiKeyName ? 'API_KEY' : 'SYSTEM',
      actorName: row.actorUsername ?? row.actorApiKeyName,
      outcome: kind === 'COMPLETED' && isOutcome(row.outcome) ? row.outcome : null,
      cancelReason: kind === 'CANCELLED' ? row.cancelReason : null,
    },
  ];
}

export const rotationResolvers: Resolvers = {
  Query: {
    rotations: async (_, { filter, orderBy, ...page }, ctx, info) => {
      const where = await rotationWhere(filter, ctx);
      const direction = orderBy?.direction ?? 'DESC';
      const request = pageRequest(page, ['date', 'uuid'], ctx);
      // The cadre and both ends asked for come in the page's statement (read/rotation-joins.ts).
      const rows = await joinedRotationPage(
        ctx.db,
        where,
        direction,
        request,
        rotationJoinsOf(info),
      );
      return connectionOf(primedRotations(ctx.loaders, rows), request, {
        keyOf: (rotation) => [rotation.startDate, rotation.id],
        nodeOf: (rotation) => rotation,
        count: () => countRotations(ctx.db, where),
      });
    },
    rotationStats: async (_, { filter }, ctx) =>
      rotationStatsOf(ctx.db, await rotationWhere(filter, ctx)),
  },
  Rotation: {
    id: (rotation) => globalIdOf('Rotation', rotation.id),
    cadre: (rotation, _, { loaders }) => required(loaders.cadre.load(rotation.cadreId)),
    plan: (rotation, _, { loaders }) =>
      rotation.planId ? loaders.plan.load(rotation.planId) : null,
    fromPosition: (rotation, _, { loaders }) =>
      required(loaders.position.load(rotation.fromPositionId)),
    toPosition: (rotation, _, { loaders }) =>
      required(loaders.position.load(rotation.toPositionId)),
    decision: (rotation, _, { loaders }) =>
      rotation.decisionId ? loaders.document.load(rotation.decisionId) : null,
    overrideDecision: (rotation, _, { loaders }) =>
      rotation.overrideDecisionId ? loaders.document.load(rotation.overrideDecisionId) : null,
    violations: (rotation) => rotation.warnings,
    overdue: (rotation, _, { today }) => isOverdue(rotation, today),
    history: async (rotation, _, { loaders }) =>
      (await loaders.historyOfRotation.load(rotation.id)).flatMap(rotationEventOf),
    availableActions: (rotation, _, { principal }) =>
      isAllowed(principal, 'WRITE') ? actionsFrom(rotation.status) : [],
  },
};
