import { compareDates } from '@luanchuyen/domain';
import type { GraphQLContext } from '../context';
import { AppError } from '../errors';
import type { PublicRotationFilter, Resolvers } from '../generated/resolver-types';
import { connectionOf, pageRequest } from '../pagination';
import { requireExistingRowId } from '../row-id-argument';
import { t } from '../../i18n/messages';
import {
  countPublicRotations,
  publicRotationPage,
  type PublicRotationRow,
  type PublicRotationWhere,
} from '../../read/public-rotations.queries';

// API.md `publicRotations`: the one field anonymous callers may read (authorization.ts,
// http/public-operation.ts). Its type is flat text from read/public-rotations.queries.ts, so
// no resolver here can lead to a Cadre, a Position or a Unit, nor to anything personal.

/** Its own id type: a public entry is not a Node, and `node` does not answer for it. */
function publicIdOf(row: PublicRotationRow): string {
  return Buffer.from(`PublicRotation:${row.id}`, 'utf8').toString('base64url');
}

async function publicWhere(
  filter: PublicRotationFilter | null | undefined,
  ctx: GraphQLContext,
): Promise<PublicRotationWhere> {
  const from = filter?.startedFrom ?? null;
  const to = filter?.startedTo ?? null;
  if (from && to && compareDates(from, to) > 0) {
    throw new AppError(
      'BAD_USER_INPUT',
      `${t(ctx.language, 'publicPeriodOrder')}: filter.startedTo`,
    );
  }
  const [unitId, planId] = await Promise.all([
    requireExistingRowId(filter?.unitId, 'Unit', 'filter.unitId', ctx),
    requireExistingRowId(filter?.planId, 'RotationPlan', 'filter.planId', ctx),
  ]);
  return { startedFrom: from, startedTo: to, unitId, planId };
}

export const publicRotationResolvers: Resolvers = {
  Query: {
    publicRotations: async (_, { filter, first, after }, ctx) => {
      const where = await publicWhere(filter, ctx);
      const request = pageRequest({ first, after }, ['date', 'uuid'], ctx);
      const rows = await publicRotationPage(ctx.db, where, request);
      return connectionOf(rows, request, {
        keyOf: (row) => [row.startDate, row.id],
        nodeOf: (row) => row,
        count: () => countPublicRotations(ctx.db, where),
      });
    },
  },
  PublicRotation: {
    id: (row) => publicIdOf(row),
  },
};
