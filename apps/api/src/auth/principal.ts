import type { Role } from '@luanchuyen/domain';

/** Who is calling: a signed-in user (session cookie) or a program (API key). */
export type Principal =
  | { kind: 'user'; userId: string; username: string; role: Role; sessionId: string }
  | { kind: 'apiKey'; apiKeyId: string; name: string; role: Role };

/** The actor columns of an audit event for this principal. */
export function auditActor(principal: Principal | null): {
  actorUserId: string | null;
  actorApiKeyId: string | null;
} {
  if (!principal) return { actorUserId: null, actorApiKeyId: null };
  return principal.kind === 'user'
    ? { actorUserId: principal.userId, actorApiKeyId: null }
    : { actorUserId: null, actorApiKeyId: principal.apiKeyId };
}
