import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areas, auditEvents, idempotencyKeys } from '@luanchuyen/db';
import { idempotencyStore } from '../src/services/idempotency-store';
import {
  ADMIN_PASSWORD,
  addUser,
  engines,
  login,
  startTestServer,
  type TestServer,
} from './harness';

// Idempotency-Key on POST /graphql (issue 11): a retried mutation answers its first answer
// without running again; another body under the key is refused; queries ignore the header.

const CREATE =
  'mutation($name: String!) { areaCreate(input: {name: $name, kind: PROVINCE, validFrom: "2000-01-01"}) { area { id name } userErrors { code } } }';

describe.each(engines)('Idempotency-Key on $name', (engine) => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    cookie = await login(server, 'admin', ADMIN_PASSWORD);
  });
  afterAll(() => server?.stop());

  const send = async (key: string | null, body: object, as = cookie) => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: as,
        ...(key === null ? {} : { 'idempotency-key': key }),
      },
      body: JSON.stringify(body),
    });
    return { response, status: response.status, text: await response.text() };
  };
  const create = (name: string) => ({ query: CREATE, variables: { name } });
  const written = async () => ({
    areas: await server.handle.db.$count(areas),
    auditEvents: await server.handle.db.$count(auditEvents),
  });

  it('answers a repeated mutation with its first answer, running it once', async () => {
    const before = await written();
    const first = await send('k-1', create('Tỉnh Một'));
    const again = await send('k-1', create('Tỉnh Một'));
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(again.response.headers.get('idempotency-replayed')).toBe('true');
    expect(await written()).toEqual({
      areas: before.areas + 1,
      auditEvents: before.auditEvents + 1,
    });
  });

  it('refuses the key with another body (422 IDEMPOTENCY_KEY_REUSED), writing nothing', async () => {
    const before = await written();
    const other = await send('k-1', create('Tỉnh Khác'));
    expect(other.status).toBe(422);
    expect(JSON.parse(other.text).error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await written()).toEqual(before);
  });

  it('keeps keys per caller and ignores the header on queries', async () => {
    const password = await addUser(server, 'nguoi-khac', 'ADMIN');
    const otherCaller = await login(server, 'nguoi-khac', password);
    const before = await written();
    const theirs = await send('k-1', create('Tỉnh Một'), otherCaller);
    expect(JSON.parse(theirs.text).data.areaCreate.userErrors).toEqual([]);
    expect((await written()).areas).toBe(before.areas + 1);
    const query = { query: '{ viewer { role } }' };
    expect((await send('k-q', query)).status).toBe(200);
    expect((await send('k-q', { query: '{ viewer { user { username } } }' })).status).toBe(200);
  });

  it('runs one of several requests sent at once with one key; the others replay or get 409', async () => {
    const before = await written();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => send('k-2', create('Tỉnh Hai'))),
    );
    expect((await written()).areas).toBe(before.areas + 1);
    const first = answers.find(
      (answer) =>
        answer.response.headers.get('idempotency-replayed') === null && answer.status === 200,
    );
    for (const answer of answers) {
      if (answer.status === 409) {
        expect(JSON.parse(answer.text).error.code).toBe('CONFLICT');
        expect(answer.response.headers.get('retry-after')).toBe('1');
      } else {
        expect(answer.status).toBe(200);
        expect(answer.text).toBe(first?.text);
      }
    }
    // Once the first has answered, every retry gets its answer.
    expect((await send('k-2', create('Tỉnh Hai'))).text).toBe(first?.text);
  });

  it('runs a key again once its answer has expired, and sweeps expired answers', async () => {
    await server.handle.db.update(idempotencyKeys).set({ expiresAt: new Date(Date.now() - 1000) });
    const before = await written();
    const again = await send('k-1', create('Tỉnh Khác'));
    expect(JSON.parse(again.text).data.areaCreate.userErrors).toEqual([]);
    expect((await written()).areas).toBe(before.areas + 1);
    // A fresh store (as in a process just started) deletes what has expired before claiming.
    await idempotencyStore(server.handle.db, 60_000, 60_000).claim('test', 'k-9', 'h');
    const callers = await server.handle.db
      .select({ key: idempotencyKeys.key })
      .from(idempotencyKeys);
    expect(callers.map((row) => row.key).sort()).toEqual(['k-1', 'k-9']);
  });

  it('refuses a malformed key with 400, running nothing', async () => {
    const before = await written();
    const bad = await send('x'.repeat(256), create('Tỉnh Ba'));
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error.code).toBe('BAD_IDEMPOTENCY_KEY');
    expect(await written()).toEqual(before);
  });
});
