import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/api-keys';
import { globalIdOf } from '../src/global-ids';
import { addUser, engines, login, type TestServer } from './harness';
import { errorOf, getPaper } from './export-support';
import { mutate, startWriter, type Writer } from './write-support';

// Who may have the tabular papers: any signed-in user or API key, as for the read API; an
// anonymous caller gets 401 JSON, a revoked key says KEY_REVOKED.

const PATHS = [
  '/export/rotations.xlsx',
  '/export/rotations.csv',
  '/export/eligibility.xlsx?asOf=2021-06-01',
  '/export/eligibility.csv?asOf=2021-06-01',
];

describe.each(engines)('who may have the tabular papers on $name', (engine) => {
  let writer: Writer;
  let server: TestServer;
  beforeAll(async () => {
    writer = await startWriter(engine);
    server = writer.server;
  });
  afterAll(() => server?.stop());

  it.each(PATHS)('refuses %s to an anonymous caller', async (path) => {
    const answer = await getPaper(server.baseUrl, path);
    expect(answer.status).toBe(401);
    expect(errorOf(answer)).toEqual({ code: 'UNAUTHENTICATED', message: 'Chưa đăng nhập' });
  });

  it.each(PATHS)('gives %s to a VIEWER and to an API key', async (path) => {
    const password = await addUser(server, `viewer${PATHS.indexOf(path)}`, 'VIEWER');
    const cookie = await login(server, `viewer${PATHS.indexOf(path)}`, password);
    expect((await getPaper(server.baseUrl, path, { cookie })).status).toBe(200);
    const { secret } = await createApiKey(
      server.handle.db,
      { name: `Cổng dữ liệu ${PATHS.indexOf(path)}`, role: 'VIEWER' },
      null,
    );
    const asKey = await getPaper(server.baseUrl, path, { authorization: `Bearer ${secret}` });
    expect(asKey.status).toBe(200);
  });

  it('tells a revoked key so', async () => {
    const { apiKey, secret } = await createApiKey(
      server.handle.db,
      { name: 'Khóa đã thu hồi', role: 'VIEWER' },
      null,
    );
    const revoked = await mutate(
      writer,
      'mutation ($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code } } }',
      { id: globalIdOf('ApiKey', apiKey.id) },
    );
    expect(revoked.userErrors).toEqual([]);
    const answer = await getPaper(server.baseUrl, PATHS[0] ?? '', {
      authorization: `Bearer ${secret}`,
    });
    expect(answer.status).toBe(401);
    expect(errorOf(answer).code).toBe('KEY_REVOKED');
  });
});
