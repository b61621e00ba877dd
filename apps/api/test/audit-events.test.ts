import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '@luanchuyen/domain';
import { addUser, engines, graphql, login, type Credentials } from './harness';
import { countStatements } from './read-harness';
import { mutate, startWriter, type Writer } from './write-support';

// The audit log (ADMIN): an organizer's cadre changes read back by record, actor and period,
// newest first, page after page; everyone else is refused.

const EVENTS = `query($filter: AuditEventFilter, $first: Int!, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id occurredAt action recordType recordId record { id ... on Cadre { fullName } }
      actorUser { username } actorApiKey { name } before after } } }`;
const CREATE = `mutation($input: CadreCreateInput!) { cadreCreate(input: $input) { cadre { id } userErrors { code } } }`;
const UPDATE = `mutation($id: ID!, $input: CadreUpdateInput!) { cadreUpdate(id: $id, expectedVersion: 1, input: $input) { cadre { version } userErrors { code } } }`;

describe.each(engines)('the audit log on $name', (engine) => {
  let writer: Writer;
  let admin: Credentials;
  const callers = {} as Record<'ORGANIZER' | 'VIEWER' | 'apiKey', Credentials>;
  let organizerId = '';
  let cadreId = '';

  const read = async (variables: Record<string, unknown>, credentials = admin) =>
    graphql(writer.server, EVENTS, variables, credentials);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const events = async (variables: Record<string, unknown>): Promise<any> => {
    const { body } = await read(variables);
    expect(body.errors).toBeUndefined();
    return body.data?.['auditEvents'];
  };

  beforeAll(async () => {
    writer = await startWriter(engine);
    admin = { cookie: writer.cookie };
    for (const role of ['ORGANIZER', 'VIEWER'] as const) {
      const password = await addUser(writer.server, role.toLowerCase(), role);
      callers[role] = { cookie: await login(writer.server, role.toLowerCase(), password) };
    }
    const key = await mutate(
      writer,
      'mutation { apiKeyCreate(input: {name: "audit", role: ADMIN}) { secret } }',
    );
    callers.apiKey = { bearer: key.secret };
    const organizer = { cookie: callers.ORGANIZER.cookie ?? '' };
    const who = await graphql(writer.server, '{ viewer { user { id } } }', {}, organizer);
    organizerId = who.body.data?.['viewer'].user.id;
    const write = (query: string, variables: Record<string, unknown>) =>
      graphql(writer.server, query, variables, organizer).then(
        ({ body }) => body.data?.[Object.keys(body.data ?? {})[0] ?? ''],
      );
    const created = await write(CREATE, { input: { fullName: 'Nguyễn Văn Đức' } });
    cadreId = created.cadre.id;
    await write(UPDATE, { id: cadreId, input: { notes: 'Đã luân chuyển' } });
    for (const name of ['Lê Thị Hoa', 'Trần Văn Bình', 'Phạm Minh Châu']) {
      await mutate(writer, CREATE, { input: { fullName: name } });
    }
  });
  afterAll(() => writer?.server.stop());

  it('lists the changes of one record newest first, with who made them and before/after', async () => {
    const page = await events({ filter: { recordId: cadreId }, first: 10 });
    expect(page.totalCount).toBe(2);
    const [update, create] = page.nodes;
    expect(update).toMatchObject({
      action: 'cadre.update',
      recordType: 'Cadre',
      recordId: cadreId,
      record: { id: cadreId, fullName: 'Nguyễn Văn Đức' },
      actorUser: { username: 'organizer' },
      actorApiKey: null,
      before: { notes: null, version: 1 },
      after: { notes: 'Đã luân chuyển', version: 2 },
    });
    expect(create).toMatchObject({ action: 'cadre.create', before: null });
    expect(create.after).toMatchObject({ fullName: 'Nguyễn Văn Đức' });
    expect(Date.parse(update.occurredAt)).toBeGreaterThanOrEqual(Date.parse(create.occurredAt));
  });

  it('filters by actor and by record type', async () => {
    const page = await events({ filter: { actorId: organizerId }, first: 100 });
    expect(page.nodes.map((event: { action: string }) => event.action)).toEqual(
      expect.arrayContaining(['cadre.update', 'cadre.create']),
    );
    for (const event of page.nodes) expect(event.actorUser).toEqual({ username: 'organizer' });
    const cadres = await events({ filter: { recordType: 'Cadre' }, first: 100 });
    expect(cadres.totalCount).toBe(5);
  });

  it('filters by period, both ends inclusive', async () => {
    const [update] = (await events({ filter: { recordId: cadreId }, first: 1 })).nodes;
    // Stored instants keep microseconds; the millisecond after covers the event.
    const from = update.occurredAt;
    const to = new Date(Date.parse(from) + 1).toISOString();
    const around = await events({ filter: { occurredFrom: from, occurredTo: to }, first: 100 });
    expect(around.nodes.map((event: { id: string }) => event.id)).toContain(update.id);
    const future = await events({
      filter: { occurredFrom: '2999-01-01T00:00:00+07:00' },
      first: 5,
    });
    expect(future).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('pages through everything without gaps or repeats, newest first', async () => {
    const all = await events({ first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await events({ first: 2, after });
      seen.push(...page.nodes.map((event: { id: string }) => event.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.nodes.map((event: { id: string }) => event.id));
    const times = all.nodes.map((event: { occurredAt: string }) => Date.parse(event.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('costs the same statements for a page of 1 and a page of 4', async () => {
    const statements = countStatements(writer.server.handle);
    const cost = async (first: number) => {
      statements.reset();
      await events({ filter: { recordType: 'Cadre' }, first });
      return statements.count;
    };
    expect(await cost(4)).toBe(await cost(1));
  });

  it('refuses bad filters as client errors', async () => {
    for (const filter of [
      { recordId: 'không-phải-id' },
      { actorId: cadreId },
      { recordType: "Cadre'; --" },
      { occurredFrom: '2019-02-30T00:00:00Z' },
    ]) {
      const { status, body } = await read({ filter, first: 5 });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on AuditEvent { action recordId } } }`;

  it('answers node(id:) and nodes(ids:) for audit events, to admins only', async () => {
    const page = await events({ filter: { recordId: cadreId }, first: 10 });
    const ids: string[] = page.nodes.map((event: { id: string }) => event.id);
    const { body } = await graphql(writer.server, NODES, { ids }, admin);
    expect(body.errors).toBeUndefined();
    expect(body.data?.['nodes']).toEqual([
      { id: ids[0], action: 'cadre.update', recordId: cadreId },
      { id: ids[1], action: 'cadre.create', recordId: cadreId },
    ]);
    for (const caller of ['ORGANIZER', 'VIEWER', 'apiKey'] as const) {
      const refused = await graphql(writer.server, NODES, { ids }, callers[caller]);
      expect(refused.body.data?.['nodes']).toEqual([null, null]);
    }
  });

  it('answers null for audit event ids that name nothing', async () => {
    const ids = ['0', '-1', '1.5', 'abc', '99999999999999999999', '999999999999'].map((id) =>
      encodeGlobalId('AuditEvent', id),
    );
    const { body } = await graphql(writer.server, NODES, { ids }, admin);
    expect(body.errors).toBeUndefined();
    expect(body.data?.['nodes']).toEqual(ids.map(() => null));
  });

  it.each(['ORGANIZER', 'VIEWER', 'apiKey'] as const)('refuses %s', async (caller) => {
    const { body } = await read({ first: 5 }, callers[caller]);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(body.data ?? null).toBeNull();
  });
});
