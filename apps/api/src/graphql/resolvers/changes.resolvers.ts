import type { Resolvers } from '../generated/resolver-types';
import { globalIdOf, type NodeType } from '../../global-ids';
import { connectionOf, pageRequest } from '../pagination';
import { changePage, countChanges } from '../../read/changes.queries';

// The change feed (every reader, authorization.ts): the audit events of the records a reader
// may read anyway. A list of what is in, not of what is out, so a record type added later
// stays out of the feed until someone decides that every reader may see it.

const CHANGE_RECORD_TYPES: readonly NodeType[] = [
  'Area',
  'Unit',
  'Position',
  'Document',
  'Cadre',
  'Assignment',
  'Evaluation',
  'Rotation',
  'RotationPlan',
];

export const changesResolvers: Resolvers = {
  Query: {
    changes: async (_, page, ctx) => {
      const request = pageRequest(page, ['int'], ctx);
      return connectionOf(
        await changePage(ctx.db, CHANGE_RECORD_TYPES, request, ctx.scope),
        request,
        {
          keyOf: (change) => [change.id],
          nodeOf: (change) => change,
          count: () => countChanges(ctx.db, CHANGE_RECORD_TYPES, ctx.scope),
        },
      );
    },
  },
  Change: {
    // Only the listed types reach here, each a node type with uuid row ids.
    recordId: (change) =>
      change.recordId === null ? null : globalIdOf(change.recordType as NodeType, change.recordId),
  },
};
