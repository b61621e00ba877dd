import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents, users } from '@luanchuyen/db';
import { encodeGlobalId } from '@luanchuyen/domain';
import { updateUser } from '../src/auth/user-changes';
import {
  ADMIN_PASSWORD,
  addUser,
  engines,
  graphql,
  login,
  rowCounts,
  startTestServer,
  type Credentials,
  type TestServer,
} from './harness';

// The admins' work on users and keys through the real HTTP server: lists, role changes,
// disabling (which ends sessions and refuses sign-in), new passwords, and the refusals that
// keep an enabled admin account.

const USER_FIELDS =
  'user { id username role disabledAt version } userErrors { code field message }';
const UPDATE = `mutation ($id: ID!, $expectedVersion: Int, $input: UserUpdateInput!) {
  userUpdate(id: $id, expectedVersion: $expectedVersion, input: $input) { ${USER_FIELDS} } }`;
const RESET = `mutation ($id: ID!, $input: UserResetPasswordInput!) {
  userResetPassword(id: $id, input: $input) { ${USER_FIELDS} } }`;
const VIEWER = '{ viewer { role } }';

describe.each(engines)('user and API key administration on $name', (engine) => {
  let server: TestServer;
  let admin: Credentials;

  const signIn = (username: string, password: string) =>
    fetch(`${server.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });

  async function userIdOf(username: string): Promise<string> {
    const [row] = await server.handle.db.select().from(users).where(eq(users.username, username));
    if (!row) throw new Error(`no user ${username}`);
    return encodeGlobalId('User', row.id);
  }

  async function newUser(username: string, role: 'VIEWER' | 'ORGANIZER' | 'ADMIN' = 'VIEWER') {
    const password = await addUser(server, username, role);
    return { id: await userIdOf(username), password };
  }

  beforeAll(async () => {
    server = await startTestServer(engine);
    admin = { cookie: await login(server, 'admin', ADMIN_PASSWORD) };
  });
  afterAll(() => server?.stop());

  it('lists users by username and API keys by name, revoked ones marked, page by page', async () => {
    await newUser('zz-cuoi-danh-sach');
    const created = await graphql(
      server,
      'mutation { apiKeyCreate(input: {name: "Báo cáo tỉnh", role: VIEWER}) { apiKey { id } } }',
      {},
      admin,
    );
    const keyId = created.body.data?.['apiKeyCreate'].apiKey.id;
    await graphql(server, `mutation { apiKeyRevoke(id: "${keyId}") { apiKey { id } } }`, {}, admin);

    const first = await graphql(
      server,
      '{ users(first: 1) { totalCount nodes { username role disabledAt } pageInfo { hasNextPage endCursor } } }',
      {},
      admin,
    );
    const page = first.body.data?.['users'];
    expect(page.nodes).toEqual([{ username: 'admin', role: 'ADMIN', disabledAt: null }]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBeGreaterThanOrEqual(2);
    const rest = await graphql(
      server,
      `{ users(first: 100, after: "${page.pageInfo.endCursor}") { nodes { username } } }`,
      {},
      admin,
    );
    const names = rest.body.data?.['users'].nodes.map(
      (user: { username: string }) => user.username,
    );
    expect(names).toContain('zz-cuoi-danh-sach');
    expect(names).not.toContain('admin');

    const keys = await graphql(
      server,
      '{ apiKeys(first: 100) { nodes { id name revokedAt } } }',
      {},
      admin,
    );
    expect(keys.body.data?.['apiKeys'].nodes).toContainEqual({
      id: keyId,
      name: 'Báo cáo tỉnh',
      revokedAt: expect.any(String),
    });
  });

  it('refuses the lists and the changes to an organizer, and changes nothing', async () => {
    const target = await newUser('bi-doi-quyen');
    const organizer = await newUser('to-chuc-thu', 'ORGANIZER');
    const cookie = await login(server, 'to-chuc-thu', organizer.password);
    const before = await rowCounts(server);
    const list = await graphql(server, '{ users(first: 5) { totalCount } }', {}, { cookie });
    expect(list.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const change = await graphql(
      server,
      UPDATE,
      { id: target.id, input: { role: 'ADMIN' } },
      { cookie },
    );
    expect(change.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reset = await graphql(
      server,
      RESET,
      { id: target.id, input: { password: 'mật-khẩu-mới-đủ-dài' } },
      { cookie },
    );
    expect(reset.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rowCounts(server)).toEqual(before);
  });

  it('changes a role at the expected version, audits it, and refuses a stale version', async () => {
    const target = await newUser('doi-vai-tro');
    const changed = await graphql(
      server,
      UPDATE,
      { id: target.id, expectedVersion: 1, input: { role: 'ORGANIZER' } },
      admin,
    );
    expect(changed.body.data?.['userUpdate']).toEqual({
      user: expect.objectContaining({ role: 'ORGANIZER', version: 2, disabledAt: null }),
      userErrors: [],
    });
    const stale = await graphql(
      server,
      UPDATE,
      { id: target.id, expectedVersion: 1, input: { role: 'ADMIN' } },
      admin,
    );
    expect(stale.body.data?.['userUpdate']).toMatchObject({
      user: null,
      userErrors: [{ code: 'STALE_VERSION', field: ['expectedVersion'] }],
    });
    const events = await server.handle.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'user.update'));
    expect(events.map((event) => [event.before, event.after])).toContainEqual([
      { role: 'VIEWER', bodyUnitId: null, disabledAt: null },
      { role: 'ORGANIZER', bodyUnitId: null, disabledAt: null },
    ]);
  });

  it('answers NOT_FOUND beside id for an unknown user or an id of another type', async () => {
    const unknown = encodeGlobalId('User', '00000000-0000-4000-8000-000000000000');
    const apiKeyId = encodeGlobalId('ApiKey', '00000000-0000-4000-8000-000000000000');
    for (const id of [unknown, apiKeyId]) {
      const change = await graphql(server, UPDATE, { id, input: { disabled: true } }, admin, {
        'accept-language': 'en',
      });
      expect(change.body.data?.['userUpdate']).toMatchObject({
        user: null,
        userErrors: [{ code: 'NOT_FOUND', field: ['id'] }],
      });
      const reset = await graphql(
        server,
        RESET,
        { id, input: { password: 'mật-khẩu-mới-đủ-dài' } },
        admin,
      );
      expect(reset.body.data?.['userResetPassword'].userErrors).toMatchObject([
        { code: 'NOT_FOUND', field: ['id'] },
      ]);
    }
  });

  it('disabling ends the sessions and refuses sign-in; enabling lets the user back in', async () => {
    const target = await newUser('tam-khoa');
    const cookie = await login(server, 'tam-khoa', target.password);
    expect((await graphql(server, VIEWER, {}, { cookie })).status).toBe(200);

    const disabled = await graphql(
      server,
      UPDATE,
      { id: target.id, input: { disabled: true } },
      admin,
    );
    expect(disabled.body.data?.['userUpdate'].user.disabledAt).toEqual(expect.any(String));
    expect((await graphql(server, VIEWER, {}, { cookie })).status).toBe(401);
    expect((await signIn('tam-khoa', target.password)).status).toBe(401);

    const enabled = await graphql(
      server,
      UPDATE,
      { id: target.id, input: { disabled: false } },
      admin,
    );
    expect(enabled.body.data?.['userUpdate'].user.disabledAt).toBeNull();
    expect((await signIn('tam-khoa', target.password)).status).toBe(200);
  });

  it('refuses an admin demoting or disabling their own account, in Vietnamese first', async () => {
    const own = await userIdOf('admin');
    const before = await rowCounts(server);
    const demote = await graphql(server, UPDATE, { id: own, input: { role: 'VIEWER' } }, admin);
    expect(demote.body.data?.['userUpdate']).toEqual({
      user: null,
      userErrors: [
        {
          code: 'OWN_ADMIN_ACCOUNT',
          field: ['input', 'role'],
          message: expect.stringContaining('quản trị'),
        },
      ],
    });
    const disable = await graphql(server, UPDATE, { id: own, input: { disabled: true } }, admin, {
      'accept-language': 'en',
    });
    expect(disable.body.data?.['userUpdate'].userErrors).toEqual([
      {
        code: 'OWN_ADMIN_ACCOUNT',
        field: ['input', 'disabled'],
        message: expect.stringContaining('your own admin account'),
      },
    ]);
    expect(await rowCounts(server)).toEqual(before);
    // Another admin may be demoted while this one stays.
    const other = await newUser('quan-tri-hai', 'ADMIN');
    const demoted = await graphql(
      server,
      UPDATE,
      { id: other.id, input: { role: 'VIEWER' } },
      admin,
    );
    expect(demoted.body.data?.['userUpdate'].user.role).toBe('VIEWER');
  });

  it('refuses to demote the last enabled admin, as a race between two admins would', async () => {
    // Two admins demoting each other at once: the second transaction runs again after the
    // first one, with a caller who is no longer an admin, and must not leave none.
    await newUser('quan-tri-ba', 'ADMIN');
    const db = server.handle.db;
    const [adminRow] = await db.select().from(users).where(eq(users.username, 'admin'));
    const [otherRow] = await db.select().from(users).where(eq(users.username, 'quan-tri-ba'));
    if (!adminRow || !otherRow) throw new Error('missing admins');
    const asOther = {
      kind: 'user' as const,
      userId: otherRow.id,
      username: otherRow.username,
      role: 'ADMIN' as const,
      sessionId: 'cũ',
      bodyId: null,
    };
    await db.update(users).set({ role: 'VIEWER' }).where(eq(users.id, otherRow.id));
    const outcome = await updateUser(db, { id: adminRow.id, role: 'VIEWER' }, asOther, new Date());
    expect(outcome).toMatchObject({
      ok: false,
      failures: [{ code: 'LAST_ADMIN', field: ['input', 'role'] }],
    });
    await db.update(users).set({ role: 'ADMIN' }).where(eq(users.id, otherRow.id));
  });

  it('resets a password under the same rules as userCreate and ends that user’s sessions', async () => {
    const target = await newUser('quen-mat-khau');
    const cookie = await login(server, 'quen-mat-khau', target.password);
    const short = await graphql(
      server,
      RESET,
      { id: target.id, input: { password: 'ngắn' } },
      admin,
    );
    expect(short.body.data?.['userResetPassword']).toMatchObject({
      user: null,
      userErrors: [
        {
          code: 'INVALID_INPUT',
          field: ['input', 'password'],
          message: expect.stringContaining('Mật khẩu'),
        },
      ],
    });
    const reset = await graphql(
      server,
      RESET,
      { id: target.id, input: { password: 'mật-khẩu-mới-đủ-dài' } },
      admin,
    );
    expect(reset.body.data?.['userResetPassword']).toMatchObject({
      user: { username: 'quen-mat-khau', version: 2 },
      userErrors: [],
    });
    expect((await graphql(server, VIEWER, {}, { cookie })).status).toBe(401);
    expect((await signIn('quen-mat-khau', target.password)).status).toBe(401);
    expect((await signIn('quen-mat-khau', 'mật-khẩu-mới-đủ-dài')).status).toBe(200);
    const [event] = await server.handle.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'user.resetPassword'));
    expect(event).toMatchObject({ recordType: 'User', before: null, after: null });
    expect(event?.actorUserId).toBeTruthy();
  });

  it('keeps the session of an admin who resets their own password', async () => {
    const own = await userIdOf('admin');
    const reset = await graphql(
      server,
      RESET,
      { id: own, input: { password: ADMIN_PASSWORD } },
      admin,
    );
    expect(reset.body.data?.['userResetPassword'].userErrors).toEqual([]);
    expect((await graphql(server, VIEWER, {}, admin)).body.data?.['viewer'].role).toBe('ADMIN');
  });
});
