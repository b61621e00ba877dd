import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, engines, graphql, login, type Credentials } from './harness';
import { mutate, smallRegistry, startWriter, type Writer } from './write-support';

// The change feed (API.md `changes`): every created, updated or ended record a reader may read,
// oldest first, as { recordType recordId action at }, for systems that keep a copy and poll
// with the last endCursor they were given. Users, API keys and sessions stay out of it, and so
// do the before and after values of the audit log.

const FEED = `query ($first: Int, $after: String, $last: Int, $before: String) {
  changes(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { recordType recordId action at } } }`;

type Change = { recordType: string; recordId: string | null; action: string; at: string };

describe.each(engines)('the change feed on $name', (engine) => {
  let writer: Writer;
  let registry: Awaited<ReturnType<typeof smallRegistry>>;
  let viewer: Credentials;
  let apiKey: Credentials;
  let cursor: string | null = null;

  async function feed(
    variables: Record<string, unknown>,
    credentials: Credentials = { cookie: writer.cookie },
  ) {
    const { body } = await graphql(writer.server, FEED, variables, credentials);
    expect(body.errors).toBeUndefined();
    return body.data?.['changes'];
  }

  /** Polls from the last cursor, as a consumer does, and moves it on when anything came. */
  async function poll(credentials?: Credentials): Promise<Change[]> {
    const changes: Change[] = [];
    for (;;) {
      const page = await feed({ first: 100, after: cursor }, credentials);
      changes.push(...page.nodes);
      // An empty page has no endCursor: the consumer keeps the one it had.
      cursor = page.pageInfo.endCursor ?? cursor;
      if (!page.pageInfo.hasNextPage) return changes;
    }
  }

  beforeAll(async () => {
    writer = await startWriter(engine);
    registry = await smallRegistry(writer);
    viewer = {
      cookie: await login(writer.server, 'xem', await addUser(writer.server, 'xem', 'VIEWER')),
    };
    const key = await mutate(
      writer,
      'mutation { apiKeyCreate(input: {name: "bản sao", role: VIEWER}) { secret } }',
    );
    apiKey = { bearer: key.secret };
  });
  afterAll(() => writer?.server.stop());

  it('lists what was created, oldest first, without users, keys or sessions', async () => {
    const changes = await poll();
    expect(changes.map((change) => change.action)).toEqual([
      'area.create',
      'area.create',
      'area.create',
      'unit.create',
      'unit.create',
      'unit.create',
      'position.create',
      'position.create',
      'position.create',
    ]);
    expect(changes.map((change) => change.recordId)).toEqual([
      ...Object.values(registry.areas),
      ...Object.values(registry.units),
      ...Object.values(registry.posts),
    ]);
    expect(changes.every((change) => !Number.isNaN(Date.parse(change.at)))).toBe(true);
  });

  it('serves exactly the new changes to a poller holding the last endCursor', async () => {
    expect(await poll()).toEqual([]);
    const created = await mutate(
      writer,
      'mutation { cadreCreate(input: {fullName: "Lường Văn Bản"}) { cadre { id version } userErrors { code } } }',
    );
    const cadreId = created.cadre.id;
    await mutate(
      writer,
      'mutation ($id: ID!) { cadreUpdate(id: $id, expectedVersion: 1, input: {sex: MALE}) { userErrors { code } } }',
      { id: cadreId },
    );
    const assigned = await mutate(
      writer,
      `mutation ($cadreId: ID!, $positionId: ID!) { assignmentCreate(input: {cadreId: $cadreId,
         positionId: $positionId, kind: APPOINTED, startDate: "2015-01-01"}) { assignment { id version } userErrors { code } } }`,
      { cadreId, positionId: registry.posts.secretary },
    );
    const assignmentId = assigned.assignment.id;
    const ended = await mutate(
      writer,
      `mutation ($id: ID!, $v: Int!) { assignmentEnd(id: $id, expectedVersion: $v, input: {endDate: "2020-01-01"}) {
         userErrors { code } } }`,
      { id: assignmentId, v: assigned.assignment.version },
    );
    expect(ended.userErrors).toEqual([]);
    // Access changes in between are the admin's (auditEvents), not the feed's.
    await mutate(
      writer,
      'mutation { apiKeyCreate(input: {name: "khác", role: VIEWER}) { secret } }',
    );
    await addUser(writer.server, 'moi', 'VIEWER');

    const changes = await poll();
    expect(
      changes.map(({ recordType, recordId, action }) => ({ recordType, recordId, action })),
    ).toEqual([
      { recordType: 'Cadre', recordId: cadreId, action: 'cadre.create' },
      { recordType: 'Cadre', recordId: cadreId, action: 'cadre.update' },
      { recordType: 'Assignment', recordId: assignmentId, action: 'assignment.create' },
      { recordType: 'Assignment', recordId: assignmentId, action: 'assignment.end' },
    ]);
    expect(await poll()).toEqual([]);
    // The recordId is what node(id:) takes.
    const { body } = await graphql(
      writer.server,
      'query ($id: ID!) { node(id: $id) { ... on Assignment { endDate } } }',
      { id: assignmentId },
      { cookie: writer.cookie },
    );
    expect(body.data?.['node']).toEqual({ endDate: '2020-01-01' });
  });

  it('is readable by a VIEWER and an API key, and not anonymously', async () => {
    const asAdmin = await feed({ first: 100 });
    expect(asAdmin.totalCount).toBe(13);
    expect(await feed({ first: 100 }, viewer)).toEqual(asAdmin);
    expect(await feed({ first: 100 }, apiKey)).toEqual(asAdmin);
    const anonymous = await graphql(writer.server, FEED, { first: 5 });
    expect(anonymous.body.data?.['changes'] ?? null).toBeNull();
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('has no before or after values on a change', async () => {
    const { body } = await graphql(
      writer.server,
      '{ __type(name: "Change") { fields { name } } }',
      {},
      viewer,
    );
    expect(body.data?.['__type'].fields.map((field: { name: string }) => field.name)).toEqual([
      'recordType',
      'recordId',
      'action',
      'at',
    ]);
    const asked = await graphql(
      writer.server,
      '{ changes(first: 5) { nodes { action before after } } }',
      {},
      { cookie: writer.cookie },
    );
    expect(asked.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('pages backward too: the newest changes, still oldest first', async () => {
    const all: Change[] = (await feed({ first: 100 })).nodes;
    const newest = await feed({ last: 3 });
    expect(newest.nodes).toEqual(all.slice(-3));
    expect(newest.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = await feed({ last: 3, before: newest.pageInfo.startCursor });
    expect(before.nodes).toEqual(all.slice(-6, -3));
    expect(before.pageInfo.hasNextPage).toBe(true);
    // A cursor read backward continues forward from the same change.
    const onward = await feed({ first: 100, after: before.pageInfo.endCursor });
    expect(onward.nodes).toEqual(all.slice(-3));
    for (const bad of [{ first: 0 }, { last: 101 }, { first: 2, last: 2 }, {}]) {
      const { body } = await graphql(writer.server, FEED, bad, { cookie: writer.cookie });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
