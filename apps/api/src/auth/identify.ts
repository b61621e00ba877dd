import type { IncomingMessage } from 'node:http';
import { parseCookie } from 'cookie';
import type { Database } from '@luanchuyen/db';
import { findApiKeyPrincipal, isRevokedApiKey } from './api-keys';
import type { Principal } from './principal';
import { cachedPrincipal, principalGeneration, rememberPrincipal } from './principal-cache';
import { findSessionPrincipal } from './sessions';

export const SESSION_COOKIE = 'lcb_session';

/** The bearer token, or the session cookie, of a request; undefined when it carries neither. */
export function credentialsOf(
  request: IncomingMessage,
  { cookies = true }: { cookies?: boolean } = {},
): { kind: 'apiKey' | 'session'; secret: string } | undefined {
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1] ? { kind: 'apiKey', secret: match[1] } : { kind: 'apiKey', secret: '' };
  }
  if (!cookies) return undefined;
  const token = parseCookie(request.headers.cookie ?? '')[SESSION_COOKIE];
  return token ? { kind: 'session', secret: token } : undefined;
}

/** Who is calling, or null for an anonymous caller or a bad, expired or revoked credential. */
export async function identify(
  db: Database,
  request: IncomingMessage,
  now: Date,
  /** false for a cross-origin request: only an API key may identify it. */
  options: { cookies?: boolean } = {},
): Promise<Principal | null> {
  const credentials = credentialsOf(request, options);
  if (!credentials?.secret || credentials.secret.length > 200) return null;
  const key = `${credentials.kind}:${credentials.secret}`;
  const cached = cachedPrincipal(db, key, now);
  if (cached) return cached;
  const startedIn = principalGeneration();
  if (credentials.kind === 'apiKey') {
    const principal = await findApiKeyPrincipal(db, credentials.secret);
    if (principal) rememberPrincipal(db, key, principal, startedIn);
    return principal;
  }
  const session = await findSessionPrincipal(db, credentials.secret, now);
  if (!session) return null;
  rememberPrincipal(db, key, session.principal, startedIn, session.expiresAt.getTime());
  return session.principal;
}

/** Why a request carrying a credential was refused: a revoked key says so, else undefined. */
export async function refusedCredential(
  db: Database,
  request: IncomingMessage,
): Promise<'KEY_REVOKED' | undefined> {
  const credentials = credentialsOf(request);
  if (credentials?.kind !== 'apiKey' || !credentials.secret || credentials.secret.length > 200)
    return undefined;
  return (await isRevokedApiKey(db, credentials.secret)) ? 'KEY_REVOKED' : undefined;
}
