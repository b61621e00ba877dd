import type { Resolvers } from '../generated/resolver-types';
import { connectionOf, pageRequest } from '../pagination';
import { requireRowId } from '../row-id-argument';
import {
  countPersonalDataReads,
  personalDataReadPage,
} from '../../read/personal-data-reads.queries';

// The record of personal-data reads (ADMIN, authorization.ts), newest first, optionally of one
// cadre; actors and cadres through the request's loaders.

export const personalDataResolvers: Resolvers = {
  Query: {
    personalDataReads: async (_, { cadreId, ...page }, ctx) => {
      const cadre = requireRowId(cadreId, 'Cadre', 'cadreId', ctx);
      const request = pageRequest(page, ['int', 'uuid'], ctx);
      return connectionOf(await personalDataReadPage(ctx.db, cadre, request), request, {
        keyOf: (read) => [read.occurredMicros, read.id],
        nodeOf: (read) => read,
        count: () => countPersonalDataReads(ctx.db, cadre),
      });
    },
  },
  PersonalDataRead: {
    user: (read, _, { loaders }) => (read.actorUserId ? loaders.user.load(read.actorUserId) : null),
    apiKey: (read, _, { loaders }) =>
      read.actorApiKeyId ? loaders.apiKey.load(read.actorApiKeyId) : null,
    // The ids carry no foreign key (an array cannot): a cadre no longer there is left out.
    cadres: async (read, _, { loaders }) =>
      (await Promise.all(read.cadreIds.map((id) => loaders.cadre.load(id)))).filter(
        (cadre) => cadre !== null,
      ),
  },
};
