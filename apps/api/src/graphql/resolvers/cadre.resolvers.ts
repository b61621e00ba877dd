import {
  ageBandOf,
  mainPostOn,
  postsHeldOn,
  retirementDate,
  type HeldPost,
} from '@luanchuyen/rules';
import type { AssignmentRow, CadreRow } from '@luanchuyen/db';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolver-types';
import { globalIdOf } from '../../global-ids';
import { connectionOf, pageRequest } from '../pagination';
import { cadrePage, countCadres } from '../../read/cadre.queries';
import { cadreCursorValues, cadreSortKeys } from '../../read/cadre-order';
import {
  cadreCursorOf,
  cadreOrderOf,
  cadrePageRequest,
  cadreWhereOf,
} from './cadre-list-arguments';
import { required } from './required';
import { asksFor } from '../look-ahead';
import { rotationJoinsOf } from '../loaders/joined-rows';
import { personalField } from '../personal-fields';

// Cadres: the filtered page in the order asked, with accent-insensitive search, and a profile's parts, each list
// through a loader so a page of profiles costs the statements of one.

const DIRECTION_ORDER = ['date', 'uuid'] as const;

/** The posts held on the day, the main one (rules' mainPostOn) first, then by start date. */
async function postsOn(
  cadre: CadreRow,
  asOf: string,
  { loaders }: GraphQLContext,
): Promise<AssignmentRow[]> {
  const assignments = await loaders.assignmentsOfCadre.load(cadre.id);
  const positions = await Promise.all(
    assignments.map((assignment) => required(loaders.position.load(assignment.positionId))),
  );
  const held: HeldPost[] = assignments.flatMap((assignment, index) => {
    const position = positions[index];
    return position ? [{ assignment, position }] : [];
  });
  const facts = { cadre, assignments: held, successionPool: [], rotations: [] };
  const mainId = mainPostOn(facts, asOf)?.assignment.id;
  const heldIds = new Set(postsHeldOn(facts, asOf).map((post) => post.assignment.id));
  return assignments
    .filter((assignment) => heldIds.has(assignment.id))
    .sort((a, b) => Number(b.id === mainId) - Number(a.id === mainId));
}

function retirementDateOf(cadre: CadreRow): string | null {
  const retirement = retirementDate(cadre);
  return retirement.decision === 'DECIDED' ? retirement.retirementDate : null;
}

export const cadreResolvers: Resolvers = {
  Query: {
    cadres: async (_, { filter, orderBy, ...page }, ctx) => {
      const where = await cadreWhereOf(filter, ctx);
      const order = cadreOrderOf(orderBy, ctx);
      const request = cadrePageRequest(page, order, ctx);
      const keys = cadreSortKeys(order);
      return connectionOf(await cadrePage(ctx.db, where, order, request), request, {
        keyOf: (cadre) => cadreCursorOf(order, cadreCursorValues(keys, cadre)),
        nodeOf: (cadre) => cadre,
        count: () => countCadres(ctx.db, where),
      });
    },
  },
  Cadre: {
    id: (cadre) => globalIdOf('Cadre', cadre.id),
    // Personal data (personal-fields.ts): answered to those who may read it, else hidden.
    birthDate: (cadre, _, ctx) => personalField(ctx, cadre.id, () => cadre.birthDate),
    birthYear: (cadre, _, ctx) => personalField(ctx, cadre.id, () => cadre.birthYear),
    homeArea: (cadre, _, ctx) =>
      personalField(ctx, cadre.id, () =>
        cadre.homeAreaId ? ctx.loaders.area.load(cadre.homeAreaId) : null,
      ),
    notes: (cadre, _, ctx) => personalField(ctx, cadre.id, () => cadre.notes),
    // What everyone signed in sees instead (libs/rules age-band.ts: no birthday in it).
    ageBand: (cadre, _, { today }) => ageBandOf(cadre, today),
    retirementYear: (cadre) => {
      const retires = retirementDateOf(cadre);
      return retires === null ? null : Number(retires.slice(0, 4));
    },
    assignments: (cadre, _, { loaders }, info) =>
      asksFor(info, ['position'])
        ? loaders.assignmentsWithPostsOfCadre.load(cadre.id)
        : loaders.assignmentsOfCadre.load(cadre.id),
    postsOn: (cadre, { asOf }, ctx) => postsOn(cadre, asOf, ctx),
    rotations: async (cadre, { orderBy, ...page }, ctx, info) => {
      const direction = orderBy?.direction ?? 'ASC';
      const request = pageRequest(page, DIRECTION_ORDER, ctx);
      const rows = await ctx.loaders.rotationsOfCadre.load({
        parentId: cadre.id,
        direction,
        request,
        joins: rotationJoinsOf(info),
      });
      return connectionOf(rows, request, {
        keyOf: (rotation) => [rotation.startDate, rotation.id],
        nodeOf: (rotation) => rotation,
        count: () => ctx.loaders.rotationCountOfCadre.load(cadre.id),
      });
    },
    evaluations: (cadre, _, ctx) =>
      personalField(ctx, cadre.id, () => ctx.loaders.evaluationsOfCadre.load(cadre.id)),
    successionPool: (cadre, _, { loaders }) => loaders.poolOfCadre.load(cadre.id),
    bodies: (cadre, _, { loaders }) => loaders.bodiesOfCadre.load(cadre.id),
    // The period in force today (periods follow one another, the last one open).
    body: async (cadre, _, { loaders, today }) => {
      const periods = await loaders.bodiesOfCadre.load(cadre.id);
      const current = periods.find(
        (period) =>
          period.validFrom <= today && (period.validTo === null || period.validTo > today),
      );
      return current ? loaders.unit.load(current.bodyUnitId) : null;
    },
    // The retirement date tells the birth month: personal too.
    retirementDate: (cadre, _, ctx) => personalField(ctx, cadre.id, () => retirementDateOf(cadre)),
  },
  CadreBody: {
    body: async (period, _, { loaders }) => {
      const unit = await loaders.unit.load(period.bodyUnitId);
      if (!unit) throw new Error(`managing body ${period.bodyUnitId} is missing`);
      return unit;
    },
  },
  Assignment: {
    id: (assignment) => globalIdOf('Assignment', assignment.id),
    cadre: (assignment, _, { loaders }) => required(loaders.cadre.load(assignment.cadreId)),
    position: (assignment, _, { loaders }) =>
      required(loaders.position.load(assignment.positionId)),
    decision: (assignment, _, { loaders }) =>
      assignment.decisionId ? loaders.document.load(assignment.decisionId) : null,
    rotation: (assignment, _, { loaders }) =>
      assignment.rotationId ? loaders.rotation.load(assignment.rotationId) : null,
  },
  Evaluation: {
    id: (evaluation) => globalIdOf('Evaluation', evaluation.id),
    cadre: (evaluation, _, { loaders }) => required(loaders.cadre.load(evaluation.cadreId)),
    rotation: (evaluation, _, { loaders }) =>
      evaluation.rotationId ? loaders.rotation.load(evaluation.rotationId) : null,
  },
};
