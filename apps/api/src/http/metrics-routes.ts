import { createHash, timingSafeEqual } from 'node:crypto';
import {
  Router,
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { languageOf, t } from '../i18n/messages';
import type { Metrics } from '../metrics';
import { runWithMetrics } from '../metrics-scope';
import { ERROR_CODE, sendError } from './send-error';

// GET /metrics (API.md): Prometheus's text format for a scraper holding METRICS_TOKEN. It needs
// no session and no database, so a scrape works while sign-in or the database does not; it
// is outside /graphql, so the rate limit never counts it. Without the token the route is not
// mounted and the path answers 404 like any unknown API path.

/** Set on `response.locals` by the 404 handler: the route Express last matched is not it. */
export const UNMATCHED = 'unmatchedRoute';
/** The route label of a request no route answered (unknown path, body refused before routing). */
const NO_ROUTE = '(unmatched)';

export function metricsRoutes(metrics: Metrics, token: string): Router {
  const router = Router();
  const expected = digestOf(token);
  router.get('/metrics', async (request, response, next) => {
    try {
      if (!bearerMatches(request.headers.authorization, expected)) {
        response.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        const language = languageOf(request.headers['accept-language']);
        return sendError(response, 401, 'UNAUTHENTICATED', t(language, 'metricsTokenRequired'));
      }
      const text = await metrics.registry.metrics();
      response.setHeader('Cache-Control', 'no-store');
      response.setHeader('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
      response.send(text);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

// Both sides hashed to one length first: timingSafeEqual needs equal lengths, and comparing
// lengths first would tell an attacker the token's.
function digestOf(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function bearerMatches(header: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  return match?.[1] !== undefined && timingSafeEqual(digestOf(match[1]), expected);
}

/**
 * Counts every request when it is answered: method, the route pattern that answered it (never
 * the raw path, so ids and probes cannot mint series), status, time, and the error code of an
 * `{ error }` answer. Mounted first, so that it sees every request.
 */
export function countRequests(metrics: Metrics): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const began = performance.now();
    response.once('finish', () => {
      metrics.httpRequest(
        request.method,
        routeOf(request, response),
        response.statusCode,
        (performance.now() - began) / 1000,
      );
      const code: unknown = response.locals[ERROR_CODE];
      if (code !== undefined) metrics.error('http', code);
    });
    next();
  };
}

function routeOf(request: Request, response: Response): string {
  // Express leaves req.route set to the last route matched, even one that passed the request on.
  const path: unknown = response.locals[UNMATCHED] ? undefined : request.route?.path;
  return typeof path === 'string' ? `${request.baseUrl}${path}` : NO_ROUTE;
}

/**
 * Gives the handlers after it (the services among them) this server's metrics, for the rule
 * checks. After the body parser: it must be the async context the handlers run in.
 */
export function metricsScope(metrics: Metrics): RequestHandler {
  return (_request: Request, _response: Response, next: NextFunction) => {
    runWithMetrics(metrics, next);
  };
}
