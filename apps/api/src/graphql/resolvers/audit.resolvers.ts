import type { GraphQLContext } from '../context';
import { AppError } from '../errors';
import type { AuditEventFilter, Resolvers } from '../generated/resolver-types';
import { globalIdOf, NODE_TYPES, rowIdOf, type NodeType } from '../../global-ids';
import { auditChanges, type AuditRef } from '../audit-changes';
import { connectionOf, pageRequest } from '../pagination';
import { JSONScalar } from '../scalars';
import { auditPage, countAuditEvents, type AuditWhere } from '../../read/audit.queries';
import { encodeGlobalId } from '@luanchuyen/domain';
import { t } from '../../i18n/messages';
import { nodeOf } from './node.resolvers';

// The audit log (ADMIN, authorization.ts): filters decoded once and checked before SQL, a keyset
// page, and the actors and records through the request's DataLoaders, so a page of 100 events
// costs the same few statements as a page of 1.

const RECORD_TYPE = /^[A-Za-z]{1,64}$/;

function recordOf(ref: AuditRef | null, ctx: GraphQLContext) {
  return ref ? nodeOf(globalIdOf(ref.type, ref.id), ctx) : null;
}

function badInput(ctx: GraphQLContext, argument: string): AppError {
  return new AppError('BAD_USER_INPUT', `${t(ctx.language, 'invalidId')}: ${argument}`);
}

function auditWhere(filter: AuditEventFilter | null | undefined, ctx: GraphQLContext): AuditWhere {
  // An empty id is a bad id, not "no filter": it must not widen the answer.
  const record = filter?.recordId != null ? rowIdOf(filter.recordId, ...NODE_TYPES) : null;
  if (filter?.recordId != null && !record) throw badInput(ctx, 'filter.recordId');
  const actor = filter?.actorId != null ? rowIdOf(filter.actorId, 'User', 'ApiKey') : null;
  if (filter?.actorId != null && !actor) throw badInput(ctx, 'filter.actorId');
  const recordType = filter?.recordType;
  if (recordType !== undefined && recordType !== null && !RECORD_TYPE.test(recordType)) {
    throw new AppError('BAD_USER_INPUT', `${t(ctx.language, 'invalidField')}: filter.recordType`);
  }
  return {
    record,
    recordType,
    actorUserId: actor?.type === 'User' ? actor.id : null,
    actorApiKeyId: actor?.type === 'ApiKey' ? actor.id : null,
    occurredFrom: filter?.occurredFrom,
    occurredTo: filter?.occurredTo,
  };
}

export const auditResolvers: Resolvers = {
  JSON: JSONScalar,
  Query: {
    auditEvents: async (_, { filter, ...page }, ctx) => {
      const where = auditWhere(filter, ctx);
      const request = pageRequest(page, ['int', 'int'], ctx);
      return connectionOf(await auditPage(ctx.db, where, request), request, {
        keyOf: (event) => [event.occurredMicros, event.id],
        nodeOf: (event) => event,
        count: () => countAuditEvents(ctx.db, where),
      });
    },
  },
  AuditEvent: {
    id: (event) => encodeGlobalId('AuditEvent', String(event.id)),
    recordId: (event) =>
      event.recordId === null ? null : encodeGlobalId(event.recordType, event.recordId),
    record: (event, _, ctx) => {
      const type = NODE_TYPES.find((known: NodeType) => known === event.recordType);
      return type && event.recordId ? nodeOf(encodeGlobalId(type, event.recordId), ctx) : null;
    },
    actorUser: (event, _, { loaders }) =>
      event.actorUserId ? loaders.user.load(event.actorUserId) : null,
    actorApiKey: (event, _, { loaders }) =>
      event.actorApiKeyId ? loaders.apiKey.load(event.actorApiKeyId) : null,
    changes: (event) => auditChanges(event.recordType, event.before, event.after),
  },
  AuditFieldChange: {
    beforeRecord: (change, _, ctx) => recordOf(change.beforeRef, ctx),
    afterRecord: (change, _, ctx) => recordOf(change.afterRef, ctx),
  },
};
