import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { DbHandle } from '@luanchuyen/db';
import { vietnamDateOf } from '@luanchuyen/domain';
import { systemClock, type Clock } from '../clock';
import { credentialsOf, identify, refusedCredential } from '../auth/identify';
import type { Config } from '../config';
import { serializeError } from '../error-serializer';
import { createApollo } from '../graphql/apollo';
import type { GraphQLContext } from '../graphql/context';
import { AppError } from '../graphql/errors';
import { asDatabaseFault, databaseFaultOf, faultMessage } from '../graphql/database-faults';
import { createLoaders } from '../graphql/loaders';
import { languageOf, t, type Language } from '../i18n/messages';
import type { Principal } from '../auth/principal';
import { createMetrics } from '../metrics';
import { createRateLimiter } from '../services/rate-limit';
import { authRoutes } from './auth-routes';
import { corsFor, fromAllowedOrigin } from './cors';
import { explorerRoutes } from './explorer-routes';
import { graphqlHandler } from './graphql-handler';
import { importRoutes } from './import-routes';
import { exportRoutes } from './export-routes';
import { paperRoutes } from './paper-routes';
import { publicPageRoutes } from './public-page-routes';
import { anonymousCaller, isPublicOperation } from './public-operation';
import { countRequests, metricsRoutes, metricsScope, UNMATCHED } from './metrics-routes';
import { schemaRoutes } from './schema-routes';
import { idempotency } from './idempotency/idempotency';
import { requestDeadline, TIMED_OUT } from './request-deadline';
import { sendError } from './send-error';
import { scopeOf } from '../services/scope';

export type RunningServer = {
  httpServer: Server;
  /** Resolves with the bound port once the server accepts connections. */
  listen(): Promise<number>;
  /** Stops accepting, finishes in-flight requests, then closes the database. */
  stop(): Promise<void>;
};

export type ServerOptions = {
  /** The built API explorer (dist/apps/api/explorer); without it GET /graphql has no page. */
  explorerDir?: string | undefined;
  /** The built admin app (dist/apps/admin), served at / ; without it / answers 404. */
  adminDir?: string | undefined;
  /** Where "now" and "today" come from; the system clock unless a test sets one. */
  clock?: Clock;
};

/** The product's HTTP server: health, sign-in and GraphQL on one Node http server we own. */
export async function createAppServer(
  handle: DbHandle,
  config: Config,
  logger: Logger,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const { explorerDir, adminDir, clock = systemClock } = options;
  const app = express();
  app.disable('x-powered-by');
  // A hash of every answer, for conditional GETs nobody makes of GraphQL POSTs, papers or JSON
  // errors; the admin app's pages keep theirs (adminRoutes).
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  const httpServer = createServer(app);
  httpServer.requestTimeout = config.requestTimeoutMs;
  httpServer.headersTimeout = Math.min(config.requestTimeoutMs, 60_000);

  // Only with a token to read them: otherwise nothing is counted at all.
  const metrics = config.metricsToken ? createMetrics(handle) : undefined;
  const rateLimiter =
    config.rateLimitPointsPerMinute > 0
      ? createRateLimiter(handle.db, config.rateLimitPointsPerMinute)
      : undefined;
  const apollo = createApollo(httpServer, logger, config.listSizeEstimate, metrics, rateLimiter);
  await apollo.start();

  if (metrics) app.use(countRequests(metrics));

  app.use(
    pinoHttp({
      logger,
      quietReqLogger: true,
      autoLogging: { ignore: isProbe },
      // One line per request with what an operator reads (never the headers: cookies and
      // tokens stay out, and serializing them cost every request CPU even with logs at warn).
      // Request loggers get their own serializers: errors keep the SQL-free one.
      serializers: { req: requestSummary, res: responseSummary, err: serializeError },
    }),
  );

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (request, response) => {
    try {
      await handle.ping();
      response.json({ status: 'ready', engine: handle.engine });
    } catch (error) {
      request.log.warn({ err: error }, 'database not ready');
      sendError(response, 503, 'DATABASE_UNAVAILABLE', 'The database does not answer');
    }
  });
  if (metrics && config.metricsToken) app.use(metricsRoutes(metrics, config.metricsToken));

  // Before the body is read: a preflight needs none.
  app.use('/graphql', corsFor(config.corsOrigins));
  app.use(express.json({ limit: config.bodyLimitBytes }));
  if (metrics) app.use(metricsScope(metrics));
  // After the body is read: the deadline's scope must be the async context of the handlers.
  app.use(['/graphql', '/auth'], requestDeadline(config.requestTimeoutMs));
  app.use('/auth', authRoutes(handle.db, config, clock));
  app.use(explorerRoutes(explorerDir));
  // A claim unanswered for twice the request timeout belongs to a request that died with its
  // process: another request may take the key over.
  app.use(schemaRoutes(handle.db, clock, config.corsOrigins));
  // The tabular papers (rotation history, eligibility list), before the 404 for /export/….
  app.use(
    exportRoutes(handle.db, clock, {
      corsOrigins: config.corsOrigins,
      maxRows: config.exportMaxRows,
    }),
  );
  // The document papers (statistics report, profile, draft decision), before that 404 too.
  app.use(paperRoutes(handle.db, clock, config.corsOrigins));
  // The public disclosure page, for anyone (API.md `GET /cong-khai`), before the admin app.
  app.use(publicPageRoutes(handle.db, clock, rateLimiter));
  // The import (multipart, with its own body limit) and its templates, before the 404 too.
  app.use(
    importRoutes(handle.db, clock, {
      corsOrigins: config.corsOrigins,
      maxRows: config.importMaxRows,
      maxBytes: config.importMaxBytes,
    }),
  );
  // Who asks: a caller with no credential at all who asks only for the public field is
  // anonymous (rate limited by address; req.ip honours TRUST_PROXY); any other caller must
  // name a live session or key, and a revoked key says so, so its program stops retrying.
  const principalOf = async (
    req: Request,
    now: Date,
    language: Language,
    cookies: boolean,
  ): Promise<Principal> => {
    if (credentialsOf(req, { cookies }) === undefined && isPublicOperation(req)) {
      return anonymousCaller(req);
    }
    const asFault = (error: unknown) => {
      throw asDatabaseFault(error, language);
    };
    const principal = await identify(handle.db, req, now, { cookies }).catch(asFault);
    if (principal) return principal;
    const refused = await refusedCredential(handle.db, req).catch(asFault);
    if (refused === 'KEY_REVOKED') throw new AppError('KEY_REVOKED', t(language, 'keyRevoked'));
    throw new AppError('UNAUTHENTICATED', t(language, 'notSignedIn'));
  };
  // The endpoint is /graphql itself (app.all matches the path exactly): other paths under it
  // are not GraphQL, and answer 404 below.
  app.all(
    '/graphql',
    idempotency(handle.db, {
      ttlMs: config.idempotencyTtlMs,
      leaseMs: 2 * config.requestTimeoutMs,
      clock,
    }),
    graphqlHandler(apollo, {
      context: async ({ req }): Promise<GraphQLContext> => {
        const now = clock.now();
        const language = languageOf(req.headers['accept-language']);
        const cookies = !fromAllowedOrigin(req, config.corsOrigins);
        const principal = await principalOf(req, now, language, cookies);
        const today = vietnamDateOf(now);
        const scope = scopeOf(principal, today);
        return {
          principal,
          db: handle.db,
          logger: req.log,
          now,
          today,
          language,
          scope,
          loaders: createLoaders(handle.db, scope),
        };
      },
    }),
  );

  app.use(adminRoutes(adminDir));

  app.use((request: Request, response: Response) => {
    response.locals[UNMATCHED] = true;
    sendError(
      response,
      404,
      'NOT_FOUND',
      t(languageOf(request.headers['accept-language']), 'notFound'),
    );
  });
  app.use(httpErrorHandler);

  return {
    httpServer,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          httpServer.off('error', reject);
          resolve((httpServer.address() as AddressInfo).port);
        });
      }),
    stop: async () => {
      await apollo.stop();
      await handle.close();
    },
  };
}

// Never the admin page: unknown paths here answer 404 JSON, as a program expects.
const API_PATHS = /^\/(graphql|auth|healthz|readyz|explorer|import|export|metrics)(\/|$)/;

// The admin app: hashed assets cached for good, and index.html for any other page a browser
// asks for (client-side routes such as /cadres/…), never for the API's own paths.
function adminRoutes(adminDir: string | undefined): Router {
  const router = Router();
  if (!adminDir || !existsSync(join(adminDir, 'index.html'))) return router;
  // Its own app, so that index.html (no-cache) is revalidated by ETag, which the API turns off.
  const admin = express();
  admin.disable('x-powered-by');
  admin.set('etag', 'weak');
  router.use(admin);
  admin.use(
    '/assets',
    express.static(join(adminDir, 'assets'), { index: false, immutable: true, maxAge: '1y' }),
  );
  admin.get('/{*path}', (request, response, next) => {
    if (API_PATHS.test(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
    );
    response.sendFile(join(adminDir, 'index.html'));
  });
  return router;
}

function requestSummary(request: {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
}) {
  return {
    id: request.id,
    method: request.method,
    url: request.url,
    remoteAddress: request.remoteAddress,
  };
}

function responseSummary(response: { statusCode?: number }) {
  return { statusCode: response.statusCode };
}

// Probes and scrapes come every few seconds: a line each would bury the requests.
function isProbe(request: { url?: string }): boolean {
  return request.url === '/healthz' || request.url === '/readyz' || request.url === '/metrics';
}

// Errors that reach Express: body-parser's client errors become clear 4xx answers; anything
// else is a fault, logged and masked. Nothing here lets an error escape to crash the process.
function httpErrorHandler(
  error: { type?: string; status?: number },
  request: Request,
  response: Response,
  _next: NextFunction,
): void {
  const language = languageOf(request.headers['accept-language']);
  // The deadline answered 503 TIMEOUT already; the handler's late write is expected.
  if (response.locals[TIMED_OUT]) return;
  if (response.headersSent) {
    request.log.error({ err: error }, 'error after the response started');
    response.destroy();
    return;
  }
  switch (error.type) {
    case 'entity.parse.failed':
      return sendError(response, 400, 'MALFORMED_JSON', t(language, 'malformedJson'));
    case 'entity.too.large':
      return sendError(response, 413, 'BODY_TOO_LARGE', t(language, 'bodyTooLarge'));
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return sendError(response, 415, 'UNSUPPORTED_ENCODING', t(language, 'jsonRequired'));
  }
  if (error.status && error.status >= 400 && error.status < 500) {
    return sendError(response, error.status, 'BAD_REQUEST', 'Bad request');
  }
  const fault = databaseFaultOf(error);
  if (fault) {
    request.log.warn({ err: error }, 'database fault');
    return sendError(response, 503, fault, faultMessage(fault, language));
  }
  request.log.error({ err: error }, 'unhandled error');
  sendError(response, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}
