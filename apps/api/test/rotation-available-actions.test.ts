import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, engines, graphql, login } from './harness';
import { cadreAt, mutate, smallRegistry, startWriter, type Writer } from './write-support';

// Rotation.availableActions: what the caller may do now, from libs/domain's lifecycle, so the
// admin asks instead of knowing; nothing for a caller who may not write.

const ACTIONS = `query($id: ID!) { node(id: $id) { ... on Rotation { status availableActions } } }`;
const STEP = (name: string, extra = '') =>
  `mutation($id: ID!, $v: Int!${extra ? ', $input: ' + extra : ''}) { ${name}(id: $id, expectedVersion: $v${extra ? ', input: $input' : ''}) { rotation { version } userErrors { code } } }`;

describe.each(engines)('the actions a rotation offers on $name', (engine) => {
  let writer: Writer;
  let rotationId: string;
  let viewerCookie: string;
  let bearer: string;
  beforeAll(async () => {
    writer = await startWriter(engine);
    const registry = await smallRegistry(writer);
    const cadreId = await cadreAt(writer, 'Nông Văn Dũng', registry.posts.deputy);
    const created = await mutate(
      writer,
      `mutation($input: RotationInput!) { rotationCreate(input: $input) { rotation { id } userErrors { code } } }`,
      {
        input: {
          cadreId,
          toPositionId: registry.posts.secretary,
          startDate: '2018-06-01',
          plannedEndDate: '2021-06-01',
        },
      },
    );
    rotationId = created.rotation.id;
    viewerCookie = await login(writer.server, 'xem', await addUser(writer.server, 'xem', 'VIEWER'));
    const key = await mutate(
      writer,
      'mutation { apiKeyCreate(input: {name: "Cổng", role: ADMIN}) { secret } }',
    );
    bearer = key.secret;
  });
  afterAll(() => writer?.server.stop());

  const actionsAs = async (credentials: { cookie?: string; bearer?: string }) =>
    (await graphql(writer.server, ACTIONS, { id: rotationId }, credentials)).body.data?.['node'];

  it('offers nothing to a viewer or an API key, which may not write, where an admin may act', async () => {
    expect((await actionsAs({ cookie: writer.cookie })).availableActions).not.toEqual([]);
    expect((await actionsAs({ cookie: viewerCookie })).availableActions).toEqual([]);
    expect((await actionsAs({ bearer })).availableActions).toEqual([]);
  });

  it('follows the lifecycle for an organizer or admin, and offers nothing at its end', async () => {
    expect(await actionsAs({ cookie: writer.cookie })).toEqual({
      status: 'PROPOSED',
      availableActions: ['APPROVE', 'CANCEL'],
    });
    const decision = {
      number: '77-QĐ/TU',
      issuedOn: '2018-05-20',
      issuer: 'Ban Thường vụ',
      title: 'Quyết định',
    };
    await mutate(writer, STEP('rotationApprove', 'RotationApproveInput'), {
      id: rotationId,
      v: 1,
      input: { decision },
    });
    expect(await actionsAs({ cookie: writer.cookie })).toEqual({
      status: 'APPROVED',
      availableActions: ['START', 'CANCEL'],
    });
    await mutate(writer, STEP('rotationStart'), { id: rotationId, v: 2 });
    expect(await actionsAs({ cookie: writer.cookie })).toEqual({
      status: 'ACTIVE',
      availableActions: ['COMPLETE'],
    });
    await mutate(writer, STEP('rotationComplete', 'RotationCompleteInput!'), {
      id: rotationId,
      v: 3,
      input: { endDate: '2021-06-01', outcome: 'KEPT_AT_DESTINATION' },
    });
    expect(await actionsAs({ cookie: writer.cookie })).toEqual({
      status: 'COMPLETED',
      availableActions: [],
    });
  });
});
