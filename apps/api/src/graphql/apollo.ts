import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { buildExecutableSchema } from './executable-schema';
import type { GraphQLContext } from './context';
import { formatErrorFor } from './errors';
import { databaseFaultStatus } from './database-faults';
import { queryLimits } from './limits';
import { listCostLimit } from './list-cost.plugin';
import { operationMetrics } from './metrics.plugin';
import { personalDataReadsRecord } from './personal-data-reads.plugin';
import type { Metrics } from '../metrics';
import type { RateLimiter } from '../services/rate-limit';
import type { Logger } from 'pino';

export function createApollo(
  httpServer: Server,
  logger: Logger,
  /** Items the query cost counts for a list without `first` (LIST_SIZE_ESTIMATE). */
  listSizeEstimate = 20,
  /** This server's metrics; undefined with /metrics off, and then nothing is counted. */
  metrics?: Metrics,
  /** The callers' cost buckets; undefined with RATE_LIMIT_POINTS_PER_MINUTE=0. */
  rateLimiter?: RateLimiter,
): ApolloServer<GraphQLContext> {
  const limits = queryLimits();
  return new ApolloServer<GraphQLContext>({
    schema: buildExecutableSchema(),
    // CSRF: a request must be JSON or carry a preflight header, so a browser form cannot call us.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // Introspection whatever NODE_ENV says (Apollo turns it off in production): the context
    // refuses anonymous callers before any operation runs, and every signed-in caller and API
    // key may read the schema they are served, as /graphql/schema.graphql also gives it.
    introspection: true,
    // main.ts owns the signals: it drains HTTP, then closes the database, then exits.
    stopOnTerminationSignals: false,
    formatError: formatErrorFor(logger),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
    plugins: [
      ...limits.plugins,
      listCostLimit(listSizeEstimate, rateLimiter),
      ...(metrics ? [operationMetrics(metrics)] : []),
      // Finishes in-flight requests on shutdown before the database closes.
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's landing page loads from a CDN that offline networks cannot reach.
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's default cache-control plugin wraps every field's resolver to compute a policy
      // that, with no @cacheControl in our schema, is always "no-store"; say that directly.
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      databaseFaultStatus,
      personalDataReadsRecord,
    ],
  });
}

// Answers are per caller and never stored, except the public disclosure's to anonymous
// callers: the same for everyone, so any cache may keep a successful one for a minute.
const noStore: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
        const shared =
          contextValue.principal?.kind === 'anonymous' && body !== undefined && !body.errors;
        response.http.headers.set('cache-control', shared ? PUBLIC_CACHE : 'no-store');
        if (shared) response.http.headers.set('vary', 'Accept-Language, Authorization, Cookie');
      },
    };
  },
};

/** How long a shared cache may keep the public answers (the page and publicRotations). */
export const PUBLIC_CACHE = 'public, max-age=60';
