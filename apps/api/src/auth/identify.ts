import type { IncomingMessage } from 'node:http';
import { parseCookie } from 'cookie';
import type { Database } from '@luanchuyen/db';
import { findApiKeyPrincipal } from './api-keys';
import type { Principal } from './principal';
import { findSessionPrincipal } from './sessions';

export const SESSION_COOKIE = 'lcb_session';

/** The bearer token, or the session cookie, of a request; undefined when it carries neither. */
export function credentialsOf(
  request: IncomingMessage,
): { kind: 'apiKey' | 'session'; secret: string } | undefined {
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1] ? { kind: 'apiKey', secret: match[1] } : { kind: 'apiKey', secret: '' };
  }
  const token = parseCookie(request.headers.cookie ?? '')[SESSION_COOKIE];
  return token ? { kind: 'session', secret: token } : undefined;
}

/** Who is calling, or null for an anonymous caller or a bad, expired or revoked credential. */
export async function identify(
  db: Database,
  request: IncomingMessage,
  now: Date,
): Promise<Principal | null> {
  const credentials = credentialsOf(request);
  if (!credentials?.secret || credentials.secret.length > 200) return null;
  return credentials.kind === 'apiKey'
    ? findApiKeyPrincipal(db, credentials.secret)
    : findSessionPrincipal(db, credentials.secret, now);
}
