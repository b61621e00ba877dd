import {
  HeaderMap,
  type ApolloServer,
  type BaseContext,
  type ContextFunction,
} from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';

// Apollo Server's request in and answer out, on Express, as the published Express integration
// does it minus `url.parse` of the URL (deprecated, and slow) where only the query string is
// wanted. Apollo documents executeHTTPGraphQLRequest as the interface integrations are built
// on. The answer goes out through `res.send`, which the idempotency middleware wraps to keep
// it; the app turns Express's ETag off, which hashed every answer for nothing.

export type GraphQLHandlerOptions<C extends BaseContext> = {
  context: ContextFunction<[{ req: Request; res: Response }], C>;
};

function searchOf(url: string): string {
  const start = url.indexOf('?');
  return start === -1 ? '' : url.slice(start);
}

export function graphqlHandler<C extends BaseContext>(
  server: ApolloServer<C>,
  options: GraphQLHandlerOptions<C>,
): RequestHandler {
  server.assertStarted('graphqlHandler()');
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search: searchOf(req.url),
        // express.json() ran before: an absent or non-JSON body is undefined, which Apollo
        // refuses with its own 400.
        body: req.body,
      },
      context: () => options.context({ req, res }),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      res.send(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
