import { ApolloArmor } from '@escape.tech/graphql-armor';

// Limits on what one GraphQL document may ask, checked before execution. Every limit follows
// fragment spreads, so a small document cannot expand into a huge one. The numbers leave room
// for the admin app's largest screen (a cadre profile with its timeline is about depth 7,
// ~400 tokens) while refusing floods: 10k aliases, 10k fragments, depth 50, directive storms.
export const QUERY_LIMITS = {
  maxTokens: 3000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 30,
  maxCost: 20_000,
} as const;

export function queryLimits() {
  const armor = new ApolloArmor({
    // Tokens are counted by graphql-js's own parser (see `parseOptions`): armor's version throws
    // inside Apollo's parsing hook, which Apollo answers with HTTP 500.
    maxTokens: { enabled: false },
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    // Objects cost more than scalars and nested lists multiply: a page of 100 rotations with
    // both ends' units stays well under the limit; nested connections 100×100 do not.
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      flattenFragments: true,
      exposeLimits: true,
    },
    // "Did you mean …?" would map the schema for a caller who cannot introspect it.
    blockFieldSuggestion: { enabled: true },
  });
  return { ...armor.protect(), parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}
