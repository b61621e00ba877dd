import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, engines, graphql, login, type Credentials } from './harness';
import { cadreAt, mutate, smallRegistry, startWriter, type Writer } from './write-support';

// Rotation.history: the lifecycle read back from the audit events, oldest first, with who acted
// by name. It is readable by whoever may read the rotation (a VIEWER, an API key), unlike the
// audit log itself, which is ADMIN's; a caller who may read nothing gets nothing.

const HISTORY = `query($id: ID!) { node(id: $id) { ... on Rotation {
  history { kind occurredAt actorKind actorName outcome cancelReason } } } }`;
const CREATE = `mutation($input: RotationInput!) { rotationCreate(input: $input) { rotation { id } userErrors { code } } }`;
const STEP = (name: string, extra = '') =>
  `mutation($id: ID!, $v: Int!${extra ? ', $input: ' + extra : ''}) { ${name}(id: $id, expectedVersion: $v${extra ? ', input: $input' : ''}) { rotation { version } userErrors { code } } }`;
const DECISION = {
  number: '77-QĐ/TU',
  issuedOn: '2018-05-20',
  issuer: 'Ban Thường vụ Thành ủy',
  title: 'Quyết định luân chuyển',
};

describe.each(engines)('the history of a rotation on $name', (engine) => {
  let writer: Writer;
  let organizer: Writer;
  let viewer: Credentials;
  let apiKey: Credentials;
  let completedId = '';
  let cancelledId = '';

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const historyOf = async (id: string, credentials: Credentials): Promise<any[]> => {
    const { body } = await graphql(writer.server, HISTORY, { id }, credentials);
    expect(body.errors).toBeUndefined();
    return body.data?.['node'].history;
  };

  beforeAll(async () => {
    writer = await startWriter(engine);
    const password = await addUser(writer.server, 'to-chuc', 'ORGANIZER');
    organizer = { server: writer.server, cookie: await login(writer.server, 'to-chuc', password) };
    viewer = {
      cookie: await login(writer.server, 'xem', await addUser(writer.server, 'xem', 'VIEWER')),
    };
    const key = await mutate(
      writer,
      'mutation { apiKeyCreate(input: {name: "Cổng dữ liệu tỉnh", role: VIEWER}) { secret } }',
    );
    apiKey = { bearer: key.secret };
    const registry = await smallRegistry(writer);
    const propose = async (fullName: string, toPositionId: string) => {
      const cadreId = await cadreAt(writer, fullName, registry.posts.deputy);
      const created = await mutate(organizer, CREATE, {
        input: { cadreId, toPositionId, startDate: '2018-06-01', plannedEndDate: '2021-06-01' },
      });
      return created.rotation.id as string;
    };
    // Proposed by the organizer, decided and started by the admin, completed by the organizer.
    completedId = await propose('Nông Văn Dũng', registry.posts.secretary);
    const approve = STEP('rotationApprove', 'RotationApproveInput');
    await mutate(writer, approve, { id: completedId, v: 1, input: { decision: DECISION } });
    await mutate(writer, STEP('rotationStart'), { id: completedId, v: 2 });
    await mutate(organizer, STEP('rotationComplete', 'RotationCompleteInput!'), {
      id: completedId,
      v: 3,
      input: { endDate: '2021-06-01', outcome: 'KEPT_AT_DESTINATION' },
    });
    cancelledId = await propose('Hoàng Thị Lan', registry.posts.agencyHead);
    await mutate(organizer, STEP('rotationCancel', 'RotationCancelInput!'), {
      id: cancelledId,
      v: 1,
      input: { reason: 'Đồng chí xin thôi vì lý do sức khỏe' },
    });
  });
  afterAll(() => writer?.server.stop());

  it('tells every step of a rotation taken through its life, in order, with who took it', async () => {
    const history = await historyOf(completedId, { cookie: writer.cookie });
    expect(history.map(({ occurredAt: _, ...step }: { occurredAt: string }) => step)).toEqual([
      step('PROPOSED', 'to-chuc'),
      step('APPROVED', 'admin'),
      step('STARTED', 'admin'),
      { ...step('COMPLETED', 'to-chuc'), outcome: 'KEPT_AT_DESTINATION' },
    ]);
    const instants = history.map((event: { occurredAt: string }) => Date.parse(event.occurredAt));
    expect(instants.every(Number.isFinite)).toBe(true);
    expect([...instants].sort((a, b) => a - b)).toEqual(instants);
  });

  it('records why a rotation was cancelled', async () => {
    expect(await historyOf(cancelledId, { cookie: writer.cookie })).toMatchObject([
      step('PROPOSED', 'to-chuc'),
      { ...step('CANCELLED', 'to-chuc'), cancelReason: 'Đồng chí xin thôi vì lý do sức khỏe' },
    ]);
  });

  it('shows the same history to a viewer and an API key, who may not read the audit log', async () => {
    const asAdmin = await historyOf(completedId, { cookie: writer.cookie });
    expect(await historyOf(completedId, viewer)).toEqual(asAdmin);
    expect(await historyOf(completedId, apiKey)).toEqual(asAdmin);
    const audit = await graphql(
      writer.server,
      '{ auditEvents(first: 5) { totalCount } }',
      {},
      viewer,
    );
    expect(audit.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives nothing to a caller who may not read rotations', async () => {
    const anonymous = await graphql(writer.server, HISTORY, { id: completedId });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data ?? null).toBeNull();
    const forged = await graphql(writer.server, HISTORY, { id: completedId }, { bearer: 'lck_x' });
    expect(forged.status).toBe(401);
    expect(forged.body.data ?? null).toBeNull();
  });
});

function step(kind: string, actorName: string) {
  return { kind, actorKind: 'USER', actorName, outcome: null, cancelReason: null };
}
