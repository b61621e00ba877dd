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
import { requireExisting, requireRowId } from '../row-id-argument';
import { asksFor } from '../look-ahead';
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
import { violationsFor } from '../hidden-violations';

// Rotation history and statistics (API.md `rotations`, `rotationStats`): one filter, decoded
// once, drives the page, its count and the counts by category, year and direction.

/** The filter's ids: the argument each comes from and the type it must name. */
const FILTER_IDS = [
  ['cadreId', 'Cadre'],
  ['planId', 'RotationPlan'],
  ['unitId', 'Unit'],
  ['fromUnitId', 'Unit'],
  ['toUnitId', 'Unit'],
] as const;

type FilterIds = Record<(typeof FILTER_IDS)[number][0], string | null>;

/**
 * The filter decoded (a malformed id or a lineage without a unit is refused at once), and the
 * check that its ids name records: the caller runs its statements beside the check, which
 * answers NOT_FOUND for an id that names nothing, so the look-up costs no wave of its own.
 */
function rotationWhere(
  filter: RotationFilter | null | undefined,
  ctx: GraphQLContext,
): { where: RotationWhere; exists: Promise<void> } {
  const ids = Object.fromEntries(
    FILTER_IDS.map(([field, type]) => [
      field,
      requireRowId(filter?.[field], type, `filter.${field}`, ctx),
    ]),
  ) as FilterIds;
  // Refused rather than ignored: a consumer asking for a lineage must not get every unit.
  if (filter?.includeLineage && ids.unitId === null) {
    throw new AppError(
      'BAD_USER_INPUT',
      `${t(ctx.language, 'lineageWithoutUnit')}: filter.includeLineage`,
    );
  }
  const exists = Promise.all(
    FILTER_IDS.map(([field, type]) => requireExisting(ids[field], type, `filter.${field}`, ctx)),
  ).then(() => undefined);
  const where: RotationWhere = {
    cadreIds: ids.cadreId === null ? null : [ids.cadreId],
    planId: ids.planId,
    unitId: ids.unitId,
    includeLineage: filter?.includeLineage === true,
    fromUnitId: ids.fromUnitId,
    toUnitId: ids.toUnitId,
    categories: filter?.categories,
    statuses: filter?.statuses,
    startedFrom: filter?.startedFrom,
    startedTo: filter?.startedTo,
    activeAt: filter?.activeAt,
    overdueOn: filter?.overdue ? ctx.today : null,
    scope: ctx.scope,
  };
  return { where, exists };
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
      const { where, exists } = rotationWhere(filter, ctx);
      const direction = orderBy?.direction ?? 'DESC';
      const request = pageRequest(page, ['date', 'uuid'], ctx);
      // One wave: the page (with the cadre and both ends asked for joined in,
      // read/rotation-joins.ts), its count when asked for, and the check of the filter's ids.
      const counting = asksFor(info, ['totalCount']) ? countRotations(ctx.db, where) : undefined;
      const [rows] = await Promise.all([
        joinedRotationPage(ctx.db, where, direction, request, rotationJoinsOf(info)),
        exists,
        counting,
      ]);
      return connectionOf(primedRotations(ctx.loaders, rows), request, {
        keyOf: (rotation) => [rotation.startDate, rotation.id],
        nodeOf: (rotation) => rotation,
        count: () => counting ?? countRotations(ctx.db, where),
      });
    },
    rotationStats: async (_, { filter }, ctx) => {
      const { where, exists } = rotationWhere(filter, ctx);
      const [stats] = await Promise.all([rotationStatsOf(ctx.db, where), exists]);
      return stats;
    },
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
    violations: (rotation, _, ctx) => violationsFor(rotation, ctx),
    overdue: (rotation, _, { today }) => isOverdue(rotation, today),
    history: async (rotation, _, { loaders }) =>
      (await loaders.historyOfRotation.load(rotation.id)).flatMap(rotationEventOf),
    // Writers act on the rotations of the cadres their body manages (OUT_OF_SCOPE otherwise).
    availableActions: async (rotation, _, { principal, loaders }) =>
      isAllowed(principal, 'WRITE') && (await loaders.cadreInScope.load(rotation.cadreId))
        ? actionsFrom(rotation.status)
        : [],
  },
};
