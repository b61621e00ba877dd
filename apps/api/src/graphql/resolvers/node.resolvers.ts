import { decodeGlobalId } from '@luanchuyen/domain';
import type { GraphQLContext } from '../context';
import { AppError } from '../errors';
import type { Resolvers, ResolversParentTypes } from '../generated/resolver-types';
import { NODE_TYPES, rowIdOf, type NodeType } from '../../global-ids';
import { t } from '../../i18n/messages';
import { personalField } from '../personal-fields';

// API.md `node`, `nodes`: any object by its global id, through the same loaders as the rest
// of the request. An id that is malformed or names nothing gives null, never an error, so a
// client cannot tell a foreign id from a deleted one. Users, API keys and audit events are the
// admins' to see (authorization.ts gives `auditEvents` to ADMIN only).

type NodeParent = ResolversParentTypes['Node'] & { __typename: NodeType | 'AuditEvent' };

const ADMIN_ONLY: readonly NodeType[] = ['User', 'ApiKey'];

/** An audit event's number: a positive safe integer, as its bigint identity column gives. */
const AUDIT_EVENT_ID = /^[1-9][0-9]{0,14}$/;

function isAdmin({ principal }: GraphQLContext): boolean {
  return principal.kind === 'user' && principal.role === 'ADMIN';
}

async function auditEventOf(id: string, ctx: GraphQLContext): Promise<NodeParent | null> {
  if (!AUDIT_EVENT_ID.test(id) || !isAdmin(ctx)) return null;
  const row = await ctx.loaders.auditEvent.load(Number(id));
  return row ? { ...row, __typename: 'AuditEvent' } : null;
}

/** The object a global id names, as node(id:) resolves it; reused by AuditEvent.record. */
export async function nodeOf(globalId: string, ctx: GraphQLContext): Promise<NodeParent | null> {
  const decoded = decodeGlobalId(globalId);
  if (decoded?.type === 'AuditEvent') return auditEventOf(decoded.id, ctx);
  const ref = rowIdOf(globalId, ...NODE_TYPES);
  if (!ref) return null;
  if (ADMIN_ONLY.includes(ref.type) && !isAdmin(ctx)) return null;
  const loader = {
    Area: ctx.loaders.area,
    Unit: ctx.loaders.unit,
    Position: ctx.loaders.position,
    Document: ctx.loaders.document,
    Cadre: ctx.loaders.cadre,
    Assignment: ctx.loaders.assignment,
    Evaluation: ctx.loaders.evaluation,
    Rotation: ctx.loaders.rotation,
    RotationPlan: ctx.loaders.plan,
    User: ctx.loaders.user,
    ApiKey: ctx.loaders.apiKey,
  }[ref.type];
  const row = await loader.load(ref.id);
  if (!row) return null;
  // An evaluation is personal data of its cadre (personal-fields.ts).
  // Awaited: below the top the check asks whether the cadre is in the caller's scope.
  if ('cadreId' in row && ref.type === 'Evaluation') {
    await personalField(ctx, row.cadreId, () => row);
  }
  return { ...row, __typename: ref.type };
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_, { id }, ctx) => nodeOf(id, ctx),
    nodes: (_, { ids }, ctx) => {
      if (ids.length > 100) throw new AppError('BAD_USER_INPUT', t(ctx.language, 'tooManyIds'));
      // A hidden evaluation is a field error at its own index, not the whole list's: graphql-js
      // reports an Error returned as a list item at that item's path.
      return Promise.all(
        ids.map((id) =>
          nodeOf(id, ctx).catch((error: unknown) => {
            if (error instanceof AppError && error.extensions['code'] === 'PERSONAL_DATA_HIDDEN')
              return error as unknown as null;
            throw error;
          }),
        ),
      );
    },
  },
  Node: {
    __resolveType: (node) => (node as NodeParent).__typename,
  },
};
