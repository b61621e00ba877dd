import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { sessions, users, type Database } from '@luanchuyen/db';
import { encodeGlobalId } from '@luanchuyen/domain';
import type { Principal } from '../src/auth/principal';
import {
  cachedPrincipal,
  forgetPrincipals,
  principalGeneration,
  rememberPrincipal,
} from '../src/auth/principal-cache';
import {
  ADMIN_PASSWORD,
  addUser,
  engines,
  graphql,
  login,
  startTestServer,
  type TestServer,
} from './harness';

// The principal a credential names is remembered for at most 5 s (auth/principal-cache.ts).
// What must hold: a change made through this process (sign-out, a revoked key, a new role, a
// disabled account, a new password) is seen by the very next request; a change made behind its
// back (another process, a direct SQL edit) is seen within 5 s; a session past its expiry is
// never served from memory.

const VIEWER = '{ viewer { role user { username } } }';
const UPDATE = `mutation ($id: ID!, $input: UserUpdateInput!) {
  userUpdate(id: $id, input: $input) { user { role } userErrors { code } } }`;

describe('the remembered principal, on its own', () => {
  const db = {} as Database;
  const otherDb = {} as Database;
  const principal: Principal = {
    kind: 'user',
    sessionId: 's',
    bodyId: null,
    userId: 'u',
    username: 'nguoi-dung',
    role: 'VIEWER',
  };
  const now = new Date('2026-12-03T08:00:00Z');

  afterEach(() => {
    vi.useRealTimers();
    forgetPrincipals();
  });

  it('answers for 5 s, then asks again', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    rememberPrincipal(db, 'k', principal, principalGeneration());
    vi.advanceTimersByTime(4_999);
    expect(cachedPrincipal(db, 'k', now)).toBe(principal);
    vi.advanceTimersByTime(1);
    expect(cachedPrincipal(db, 'k', now)).toBeUndefined();
  });

  it('never answers for a session past its expiry, nor for another database', () => {
    rememberPrincipal(db, 'k', principal, principalGeneration(), now.getTime() + 1_000);
    expect(cachedPrincipal(otherDb, 'k', now)).toBeUndefined();
    rememberPrincipal(db, 'k', principal, principalGeneration(), now.getTime() + 1_000);
    expect(cachedPrincipal(db, 'k', new Date(now.getTime() + 999))).toBe(principal);
    expect(cachedPrincipal(db, 'k', new Date(now.getTime() + 1_000))).toBeUndefined();
  });

  it('does not keep what a look-up read before a write that committed during it', () => {
    const startedIn = principalGeneration();
    forgetPrincipals();
    rememberPrincipal(db, 'k', principal, startedIn);
    expect(cachedPrincipal(db, 'k', now)).toBeUndefined();
    rememberPrincipal(db, 'k', principal, principalGeneration());
    expect(cachedPrincipal(db, 'k', now)).toBe(principal);
  });
});

describe.each(engines)('the remembered principal through the server on $name', (engine) => {
  let server: TestServer;
  let admin: { cookie: string };

  beforeAll(async () => {
    server = await startTestServer(engine);
    admin = { cookie: await login(server, 'admin', ADMIN_PASSWORD) };
  });
  afterAll(() => server?.stop());
  afterEach(() => vi.useRealTimers());

  async function signedInUser(username: string) {
    const password = await addUser(server, username, 'VIEWER');
    const cookie = await login(server, username, password);
    const rowId = await rowIdOf(server, username);
    // The first request remembers the principal; every assertion below follows it.
    const first = await graphql(server, VIEWER, {}, { cookie });
    expect(first.body.data?.['viewer'].role).toBe('VIEWER');
    return { cookie, rowId, id: encodeGlobalId('User', rowId), password };
  }

  it('serves a new role and a disabled account from the very next request', async () => {
    const user = await signedInUser('doi-vai-tro-ngay');
    const promoted = await graphql(
      server,
      UPDATE,
      { id: user.id, input: { role: 'ORGANIZER' } },
      admin,
    );
    expect(promoted.body.data?.['userUpdate'].userErrors).toEqual([]);
    const asPromoted = await graphql(server, VIEWER, {}, { cookie: user.cookie });
    expect(asPromoted.body.data?.['viewer'].role).toBe('ORGANIZER');

    const disabled = await graphql(
      server,
      UPDATE,
      { id: user.id, input: { disabled: true } },
      admin,
    );
    expect(disabled.body.data?.['userUpdate'].userErrors).toEqual([]);
    expect((await graphql(server, VIEWER, {}, { cookie: user.cookie })).status).toBe(401);
  });

  it('refuses a session ended behind its back within 5 s, and at once after its own sign-out', async () => {
    // Only the clock the cache reads is faked, from before the principal is remembered.
    vi.useFakeTimers({ toFake: ['performance'] });
    const user = await signedInUser('phien-ket-thuc');
    try {
      // Another process (or a direct edit) ends the session: this one still knows it a while.
      await server.handle.db.delete(sessions).where(eq(sessions.userId, user.rowId));
      expect((await graphql(server, VIEWER, {}, { cookie: user.cookie })).status).toBe(200);
      vi.advanceTimersByTime(5_000);
      expect((await graphql(server, VIEWER, {}, { cookie: user.cookie })).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }

    const again = await login(server, 'phien-ket-thuc', user.password);
    expect((await graphql(server, VIEWER, {}, { cookie: again })).status).toBe(200);
    const out = await fetch(`${server.baseUrl}/auth/logout`, {
      method: 'POST',
      headers: { cookie: again },
    });
    expect(out.status).toBe(204);
    expect((await graphql(server, VIEWER, {}, { cookie: again })).status).toBe(401);
  });
});

async function rowIdOf(server: TestServer, username: string): Promise<string> {
  const [row] = await server.handle.db.select().from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return row.id;
}
