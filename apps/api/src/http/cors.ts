import cors from 'cors';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';

// Cross-origin callers: pages of the origins in CORS_ORIGINS (none by default) may call the API
// from a browser, preflight answered, with an API key in Authorization. Credentials are never
// allowed cross-origin, and the server itself ignores the session cookie on a request from
// those origins (a same-site origin would otherwise send the SameSite=Lax cookie along).

const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'accept-language',
  'idempotency-key',
  'apollo-require-preflight',
  'x-apollo-operation-name',
];

export function corsFor(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    // A page on another origin may read how long to wait and what its budget holds.
    exposedHeaders: ['Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
    credentials: false,
    maxAge: 600,
  });
}

/**
 * Whether the request comes from a page of one of the allowed other origins: such a request is
 * identified by its API key only. (Telling "another origin" by comparing Origin with Host would
 * misjudge a reverse proxy that rewrites Host, and sign the admin app out.)
 */
export function fromAllowedOrigin(request: IncomingMessage, origins: readonly string[]): boolean {
  const origin = request.headers.origin;
  return origin !== undefined && origins.includes(origin);
}
