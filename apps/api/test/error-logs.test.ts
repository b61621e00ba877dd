import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBootstrapAdmin } from '../src/auth/bootstrap';
import { loadConfig } from '../src/config';
import { createAppServer, type RunningServer } from '../src/http/app';
import { createLogger } from '../src/logger';
import { ADMIN_PASSWORD, engines, graphql, login, type TestServer } from './harness';

// A database fault reaches the logs as its SQLSTATE and constraint, never as the SQL with the
// caller's values or the connection: provoked through the API with a distinctive name that a
// constraint added here refuses (the product's own checks would catch it as a user error).

const MARKER = 'Zyxqv-Phường-bí-mật-4127';
const AREA = `mutation($input: AreaCreateInput!) { areaCreate(input: $input) { area { id } userErrors { code } } }`;

describe.each(engines)('database errors in the logs on $name', (engine) => {
  const lines: string[] = [];
  let running: RunningServer;
  let server: TestServer;

  beforeAll(async () => {
    const handle = await engine.open();
    await handle.db.execute(
      sql.raw(
        `ALTER TABLE areas ADD CONSTRAINT test_refuses_marker CHECK (name NOT LIKE 'Zyxqv%')`,
      ),
    );
    const capture = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const logger = createLogger('info', capture);
    await ensureBootstrapAdmin(handle.db, ADMIN_PASSWORD, logger);
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1' });
    running = await createAppServer(handle, config, logger);
    const port = await running.listen();
    server = { baseUrl: `http://127.0.0.1:${port}`, handle, stop: () => running.stop() };
  });
  afterAll(() => running?.stop());

  it('logs the SQLSTATE and constraint, and neither the SQL, the value nor the connection', async () => {
    const cookie = await login(server, 'admin', ADMIN_PASSWORD);
    const input = { name: MARKER, kind: 'WARD', validFrom: '2025-07-01' };
    const { body } = await graphql(server, AREA, { input }, { cookie });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(body)).not.toContain(MARKER);

    const logged = lines.filter((line) => line.includes('"err"'));
    expect(logged.length).toBeGreaterThan(0);
    const [first] = logged.map((line) => JSON.parse(line).err);
    expect(first).toMatchObject({ code: '23514', constraint: 'test_refuses_marker' });
    expect(first.message).toContain('test_refuses_marker');
    const all = lines.join('\n');
    expect(all).not.toContain(MARKER);
    expect(all).not.toMatch(/insert into|Failed query|params:|Failing row/i);
    expect(all).not.toMatch(/"(query|params|detail|client)":/);
  });
});
