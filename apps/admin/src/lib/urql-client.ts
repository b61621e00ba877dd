import { cacheExchange, createClient, fetchExchange, type Client } from 'urql';

// Apollo's CSRF protection rejects GET queries from browsers, so everything goes by POST; the
// session cookie rides along on the same origin.
export function createGraphqlClient(language: () => string): Client {
  return createClient({
    url: '/graphql',
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { 'accept-language': language() },
    }),
  });
}

/** True when the API answered that nobody is signed in. */
export function isUnauthenticated(
  error: { graphQLErrors: readonly { extensions?: Record<string, unknown> }[] } | undefined,
): boolean {
  return (
    error?.graphQLErrors.some(
      (graphQLError) => graphQLError.extensions?.['code'] === 'UNAUTHENTICATED',
    ) ?? false
  );
}
