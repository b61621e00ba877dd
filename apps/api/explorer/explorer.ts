import 'graphiql/style.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_QUERY } from './examples';
import { signIn } from './sign-in';

// GraphiQL from npm, bundled and served by the product itself (GET /graphql in a browser):
// offline government networks cannot reach the CDN Apollo's landing page loads from.

type Fetcher = GraphiQLProps['fetcher'];
type GraphQLParams = Parameters<Fetcher>[0];

async function post(params: GraphQLParams): Promise<Response> {
  return fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(params),
  });
}

const fetcher: Fetcher = async (params) => (await post(params)).json();

async function main(): Promise<void> {
  const root = document.getElementById('explorer');
  if (!root) return;
  if ((await post({ query: '{ viewer { role } }' })).status === 401) await signIn(root);
  root.replaceChildren();
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher,
      defaultQuery: EXAMPLE_QUERY,
      defaultEditorToolsVisibility: true,
    }),
  );
}

void main();
