import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '@luanchuyen/db/testing';
import { loadConfig } from '../src/config';
import { createAppServer, type RunningServer } from '../src/http/app';
import { BUILT_API, requireBuiltApi } from './built-api';

// The API explorer: GraphiQL from npm served by the product, never from a CDN.
const explorerDir = join(BUILT_API, 'explorer');

describe('the API explorer', () => {
  let server: RunningServer;
  let baseUrl: string;
  beforeAll(async () => {
    requireBuiltApi();
    const [engine] = testEngines();
    if (!engine) throw new Error('testEngines() always offers PGlite');
    const handle = await engine.open();
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent' });
    server = await createAppServer(handle, config, pino({ level: 'silent' }), { explorerDir });
    baseUrl = `http://127.0.0.1:${await server.listen()}`;
  });
  afterAll(() => server?.stop());

  it('opens GraphiQL at GET /graphql in a browser, with its assets served locally', async () => {
    const page = await fetch(`${baseUrl}/graphql`, { headers: { accept: 'text/html,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/explorer/explorer.js">');
    expect(html).not.toMatch(/https?:\/\//);
    const script = await fetch(`${baseUrl}/explorer/explorer.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toContain('graphiql');
    expect((await fetch(`${baseUrl}/explorer/explorer.css`)).status).toBe(200);
  });

  it('leaves GET /graphql for programs to the GraphQL endpoint', async () => {
    const response = await fetch(`${baseUrl}/graphql?query=%7Bviewer%7Brole%7D%7D`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(401);
  });
});
