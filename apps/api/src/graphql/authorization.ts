import type { GraphQLSchema } from 'graphql';
import type { Principal } from '../auth/principal';
import { AppError } from './errors';

// Authorization lives here, in one table: every root query and mutation names the access it
// needs, and the server refuses to start if a root field is missing from the table.
//   READ   any signed-in user or API key
//   WRITE  ORGANIZER or ADMIN users (API keys are read-only whatever their role)
//   ADMIN  ADMIN users
//   PUBLIC anyone, anonymous callers too: only the public disclosure (API.md roles)
export type Access = 'PUBLIC' | 'READ' | 'WRITE' | 'ADMIN';

export type RootPolicy = { Query: Record<string, Access>; Mutation: Record<string, Access> };

export const rootPolicy: RootPolicy = {
  Query: {
    viewer: 'READ',
    node: 'READ',
    nodes: 'READ',
    areas: 'READ',
    units: 'READ',
    positions: 'READ',
    unitMergePreview: 'READ',
    cadres: 'READ',
    eligibleCadres: 'READ',
    rotations: 'READ',
    rotationStats: 'READ',
    checkRotation: 'READ',
    rotationCheckFacts: 'READ',
    rotationPlans: 'READ',
    auditEvents: 'ADMIN',
    // The audit log without values or access records: what a copy of the registry needs.
    changes: 'READ',
    users: 'ADMIN',
    apiKeys: 'ADMIN',
    // Who read personal data (Decree 13/2023/NĐ-CP): the admins' to see.
    personalDataReads: 'ADMIN',
    // Published rotations only, no personal field reachable (public-rotation.resolvers.ts).
    publicRotations: 'PUBLIC',
  },
  Mutation: {
    userCreate: 'ADMIN',
    userUpdate: 'ADMIN',
    userResetPassword: 'ADMIN',
    apiKeyCreate: 'ADMIN',
    apiKeyRevoke: 'ADMIN',
    areaCreate: 'WRITE',
    areaUpdate: 'WRITE',
    unitCreate: 'WRITE',
    unitUpdate: 'WRITE',
    unitMerge: 'WRITE',
    positionCreate: 'WRITE',
    positionUpdate: 'WRITE',
    cadreCreate: 'WRITE',
    cadreUpdate: 'WRITE',
    cadreBodyChange: 'WRITE',
    assignmentCreate: 'WRITE',
    assignmentEnd: 'WRITE',
    rotationPlanCreate: 'WRITE',
    rotationPlanAddSubjects: 'WRITE',
    rotationPlanRemoveSubject: 'WRITE',
    rotationCreate: 'WRITE',
    rotationApprove: 'WRITE',
    rotationStart: 'WRITE',
    rotationComplete: 'WRITE',
    rotationCancel: 'WRITE',
    evaluationRecord: 'WRITE',
    rotationPublish: 'ADMIN',
    rotationPlanPublish: 'ADMIN',
  },
};

export function isAllowed(principal: Principal, access: Access): boolean {
  switch (access) {
    case 'PUBLIC':
      return true;
    case 'READ':
      return principal.kind !== 'anonymous';
    case 'WRITE':
      return principal.kind === 'user' && principal.role !== 'VIEWER';
    case 'ADMIN':
      return principal.kind === 'user' && principal.role === 'ADMIN';
  }
}

export function authorize(principal: Principal, access: Access): void {
  // The HTTP layer already refuses an anonymous operation with any other root field; this is
  // the second lock on the same door.
  if (principal.kind === 'anonymous' && access !== 'PUBLIC') {
    throw new AppError('UNAUTHENTICATED', 'Not signed in');
  }
  if (!isAllowed(principal, access)) {
    throw new AppError('FORBIDDEN', 'You are not allowed to do this');
  }
}

/** Root fields of the schema that the policy does not cover (must be none). */
export function uncoveredRootFields(schema: GraphQLSchema, policy: RootPolicy): string[] {
  const missing: string[] = [];
  for (const [rootName, root] of [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.keys(root?.getFields() ?? {})) {
      if (!policy[rootName][field]) missing.push(`${rootName}.${field}`);
    }
  }
  return missing;
}

type Resolver = (
  parent: unknown,
  args: unknown,
  context: { principal: Principal },
  info: unknown,
) => unknown;
type RootResolvers = Record<string, Resolver>;

/** Wraps every root resolver with its policy check. */
export function withAuthorization<R extends { Query?: object; Mutation?: object }>(
  resolvers: R,
  policy: RootPolicy,
): R {
  const wrap = (rootName: 'Query' | 'Mutation', fields: object = {}): RootResolvers =>
    Object.fromEntries(
      Object.entries(fields as RootResolvers).map(([name, resolve]) => {
        const access = policy[rootName][name];
        if (!access) throw new Error(`No access policy for ${rootName}.${name}`);
        const guarded: Resolver = (parent, args, context, info) => {
          authorize(context.principal, access);
          return resolve(parent, args, context, info);
        };
        return [name, guarded];
      }),
    );
  return {
    ...resolvers,
    Query: wrap('Query', resolvers.Query),
    Mutation: wrap('Mutation', resolvers.Mutation),
  };
}
