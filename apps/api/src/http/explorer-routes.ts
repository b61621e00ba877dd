import { existsSync } from 'node:fs';
import express, { Router } from 'express';

// GET /graphql in a browser opens the API explorer (GraphiQL, bundled by tools/build-api.mjs);
// every other GET or POST to /graphql goes on to the GraphQL endpoint. The page holds no data:
// what it shows comes from queries that need a session, and it asks to sign in when there is none.

const PAGE = `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Trình khám phá API · Luân chuyển cán bộ</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/explorer/explorer.css">
  <style>
    html, body, #explorer { height: 100%; margin: 0; }
    .sign-in { max-width: 22rem; margin: 15vh auto; font: 16px system-ui, sans-serif; display: grid; gap: .75rem; }
    .sign-in label { display: grid; gap: .25rem; }
    .sign-in input, .sign-in button { font: inherit; padding: .5rem; }
  </style>
</head>
<body>
  <div id="explorer"></div>
  <script type="module" src="/explorer/explorer.js"></script>
</body>
</html>`;

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // GraphiQL's editors set inline styles; its icons and fonts come as data: URLs.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function explorerRoutes(assetsDir: string | undefined): Router {
  const router = Router();
  if (!assetsDir || !existsSync(assetsDir)) return router;
  router.use('/explorer', express.static(assetsDir, { index: false, maxAge: '1h' }));
  router.get('/graphql', (request, response, next) => {
    const wantsPage = request.accepts(['application/json', 'text/html']) === 'text/html';
    if (!wantsPage || request.query['query'] !== undefined) return next();
    response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    response.type('html').send(PAGE);
  });
  return router;
}
