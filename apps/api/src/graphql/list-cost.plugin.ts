import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { callerKey, type Principal } from '../auth/principal';
import { t } from '../i18n/messages';
import type { Bucket, RateLimiter } from '../services/rate-limit';
import type { GraphQLContext } from './context';
import { AppError } from './errors';
import { QUERY_LIMITS } from './limits';
import { listAwareCost, type ListCostOptions } from './list-cost';

// The cost of an operation, computed once when the operation and its variables are known (so
// `first: $first` counts as what the caller asked), then used twice: a document over the cost
// limit is refused before anything runs, and the rest is paid from the caller's rate-limit
// bucket (services/rate-limit.ts), which refuses it with 429 RATE_LIMITED while the bucket
// cannot hold it. Every answer to a signed-in caller or key then says what it cost and what is
// left, in `extensions.cost` and the RateLimit-* headers, errors and refusals included.

/**
 * Lists known to be short: a post's holders on a day are bounded by its seats, the posts a
 * cadre holds on one day by the few held concurrently, lineage by the size of a merger.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Position.holders': 5,
  'Cadre.postsOn': 5,
  // A rotation's lifecycle has at most four steps: proposed, approved, started, ended.
  'Rotation.history': 5,
  // A merger joins a handful of units or areas into one (the largest of 2025 about five).
  'Unit.predecessors': 10,
  'Unit.successors': 10,
  'Area.predecessors': 10,
  'Area.successors': 10,
  // One entry per code at most: three reason codes, four blocker codes.
  'Eligibility.reasons': 3,
  'Eligibility.blockers': 4,
};

/** `extensions.cost` of a response: this operation's price and the caller's bucket after it. */
export type CostExtension = { requested: number; remaining: number; resetAt: string };

/** A caller's bucket, named as Idempotency-Key names callers. */
function callerOf(principal: Principal): string {
  return callerKey(principal);
}

export function listCostLimit(
  listSize: number,
  /** The callers' buckets; undefined with RATE_LIMIT_POINTS_PER_MINUTE=0 (no rate limit). */
  limiter?: RateLimiter,
): ApolloServerPlugin<GraphQLContext> {
  const options: ListCostOptions = { listSize, bounds: LIST_BOUNDS };
  // A document the bucket could never hold is refused as too costly, not told to wait forever.
  const maxCost = Math.min(QUERY_LIMITS.maxCost, limiter?.capacity ?? Infinity);
  return {
    async requestDidStart() {
      // Zero until an operation is resolved: a document refused before that costs nothing.
      let requested = 0;
      let bucket: Bucket | undefined;
      return {
        async didResolveOperation({
          schema,
          document,
          operation,
          request,
          contextValue,
          response,
        }) {
          if (!operation) return;
          const cost = listAwareCost(schema, document, operation, request.variables ?? {}, options);
          if (cost > maxCost) {
            requested = Math.ceil(cost);
            throw new GraphQLError(
              `Query cost limit of ${maxCost} exceeded: this document would cost about ${Math.round(cost)} (a list without first counts as ${listSize} items)`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            );
          }
          if (!limiter) return;
          // Every operation pays at least a point, so a flood of `{ __typename }` counts too.
          requested = Math.max(1, Math.ceil(cost));
          bucket = await limiter.charge(callerOf(contextValue.principal), requested);
          if (bucket.admitted) return;
          response.http.headers.set('retry-after', String(bucket.retryAfterSeconds));
          throw new AppError(
            'RATE_LIMITED',
            `${t(contextValue.language, 'rateLimited')}: ${bucket.retryAfterSeconds}`,
          );
        },
        async willSendResponse({ response, contextValue }) {
          if (!limiter) return;
          // Refused before its cost was paid: read the bucket (a charge of nothing) to report it.
          bucket ??= await limiter
            .charge(callerOf(contextValue.principal), 0)
            .catch((error: unknown) => {
              contextValue.logger.warn({ err: error }, 'rate-limit bucket not read');
              return undefined;
            });
          if (!bucket) return;
          const cost: CostExtension = {
            requested,
            remaining: bucket.remaining,
            resetAt: bucket.resetAt.toISOString(),
          };
          if (response.body.kind === 'single') {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, cost };
          }
          // The IETF draft's fields (draft-ietf-httpapi-ratelimit-headers): the budget, what is
          // left, and seconds until all of it is back.
          const { headers } = response.http;
          headers.set('ratelimit-limit', String(limiter.capacity));
          headers.set('ratelimit-remaining', String(bucket.remaining));
          headers.set('ratelimit-reset', String(bucket.resetSeconds));
        },
      };
    },
  };
}
