import type { Role } from '@luanchuyen/domain';

/**
 * Who is calling: a signed-in user (session cookie), a program with an API key, or a program
 * run on the server itself (the import CLI) under an operating-system user.
 */
export type Principal =
  // bodyId: the body the caller works for (management scope, services/scope.ts); null: the top.
  | {
      kind: 'user';
      userId: string;
      username: string;
      role: Role;
      sessionId: string;
      bodyId: string | null;
    }
  // personalData: granted at creation, may read birth dates, home areas, evaluations and notes.
  | {
      kind: 'apiKey';
      apiKeyId: string;
      name: string;
      role: Role;
      personalData: boolean;
      bodyId: string | null;
    }
  | { kind: 'program'; name: string; osUser: string; role: Role }
  // No credential at all: may read only the public disclosure (graphql/authorization.ts),
  // and is told apart, for its rate-limit bucket, by its network address.
  | { kind: 'anonymous'; address: string };

/** The actor columns of an audit event for this principal. */
export function auditActor(principal: Principal | null): {
  actorUserId: string | null;
  actorApiKeyId: string | null;
  actorProgram: string | null;
} {
  const none = { actorUserId: null, actorApiKeyId: null, actorProgram: null };
  if (!principal) return none;
  switch (principal.kind) {
    case 'user':
      return { ...none, actorUserId: principal.userId };
    case 'apiKey':
      return { ...none, actorApiKeyId: principal.apiKeyId };
    case 'program':
      return { ...none, actorProgram: `${principal.name} (${principal.osUser})` };
    case 'anonymous':
      return none;
  }
}

/** One name per caller, for the buckets and idempotency keys that are kept per caller. */
export function callerKey(principal: Principal): string {
  switch (principal.kind) {
    case 'user':
      return `user:${principal.userId}`;
    case 'apiKey':
      return `api-key:${principal.apiKeyId}`;
    case 'program':
      return `program:${principal.name}:${principal.osUser}`;
    case 'anonymous':
      return `address:${principal.address}`;
  }
}
