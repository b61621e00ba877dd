import type { Request, Response } from 'express';
import type { Database } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { identify, refusedCredential } from '../auth/identify';
import { languageOf, t } from '../i18n/messages';
import { fromAllowedOrigin } from './cors';
import { sendError } from './send-error';

// Who calls a plain HTTP route (the papers, the schema, the imports): a signed-in user or a
// working API key, identified as GraphQL identifies them (a request from an allowed other
// origin by its API key only). Anyone else is answered 401 here, a revoked key saying so, so
// that its program stops retrying and gets a new one.

/** The caller, or null after answering 401. */
export async function admit(
  db: Database,
  request: Request,
  response: Response,
  now: Date,
  corsOrigins: readonly string[],
): Promise<Principal | null> {
  const principal = await identify(db, request, now, {
    cookies: !fromAllowedOrigin(request, corsOrigins),
  });
  if (principal) return principal;
  const language = languageOf(request.headers['accept-language']);
  const revoked = (await refusedCredential(db, request)) === 'KEY_REVOKED';
  if (revoked) sendError(response, 401, 'KEY_REVOKED', t(language, 'keyRevoked'));
  else sendError(response, 401, 'UNAUTHENTICATED', t(language, 'notSignedIn'));
  return null;
}
