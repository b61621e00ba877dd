import { graphql, login, ADMIN_PASSWORD, startTestServer, engines } from './harness';
import { cadreAt, mutate, smallRegistry, type Writer } from './write-support';
import type { Clock } from '../src/clock';

// The small registry of write-support with its ward merged on 1/7/2025, as every commune-level
// unit was: Đảng ủy phường Hoàng Văn Thụ closes and Đảng ủy phường Kỳ Lừa opens that day with
// its own secretary post. A settable clock lets tests move "today".

export const MERGED_ON = '2025-07-01';

export type SettableClock = Clock & { set(instant: string): void };

export function settableClock(instant: string): SettableClock {
  let at = new Date(instant);
  return { now: () => new Date(at), set: (next) => (at = new Date(next)) };
}

export async function startMergedWard(engine: (typeof engines)[number], clock: Clock) {
  const server = await startTestServer(engine, {}, { clock });
  const writer: Writer = { server, cookie: await login(server, 'admin', ADMIN_PASSWORD) };
  const registry = await smallRegistry(writer);
  const newWard = await mutate(
    writer,
    'mutation($input: AreaCreateInput!) { areaCreate(input: $input) { area { id } userErrors { code } } }',
    {
      input: {
        name: 'Phường Kỳ Lừa',
        kind: 'WARD',
        parentId: registry.areas.province,
        validFrom: MERGED_ON,
      },
    },
  );
  const post = (unitId: string, title: string, seats = 1) =>
    mutate(
      writer,
      'mutation($input: PositionCreateInput!) { positionCreate(input: $input) { position { id } userErrors { code } } }',
      { input: { unitId, title, rank: 50, seats, isKey: true } },
    ).then((payload) => payload.position.id as string);
  const wardDeputy = await post(
    registry.units.wardParty,
    'Phó Bí thư Đảng ủy phường Hoàng Văn Thụ',
    2,
  );
  // Cadres who held the old ward's posts before the merger, and one at the city board.
  const cadres = {
    atBoard: await cadreAt(writer, 'Nguyễn Văn An', registry.posts.deputy),
    atWard: await cadreAt(writer, 'Trần Văn Bình', registry.posts.secretary),
    atWardDeputy: await cadreAt(writer, 'Lê Thị Cúc', wardDeputy),
  };
  const merged = await mutate(
    writer,
    `mutation($input: UnitMergeInput!) { unitMerge(input: $input) { unit { id positions { id title } } userErrors { code message } } }`,
    {
      input: {
        unitIds: [registry.units.wardParty],
        date: MERGED_ON,
        successor: {
          name: 'Đảng ủy phường Kỳ Lừa',
          bloc: 'PARTY',
          level: 'COMMUNE',
          areaId: newWard.area.id,
        },
      },
    },
  );
  if (merged.userErrors.length > 0) throw new Error(JSON.stringify(merged.userErrors));
  const successor = merged.unit.id as string;
  // The merger gives the successor the old ward's posts, renamed for it.
  const successorSecretary = (merged.unit.positions as { id: string; title: string }[]).find(
    (position) => position.title === 'Bí thư Đảng ủy phường Kỳ Lừa',
  )?.id;
  if (!successorSecretary) throw new Error('the merger made no secretary post for Kỳ Lừa');
  return {
    writer,
    registry,
    cadres,
    units: { ...registry.units, successor },
    posts: { ...registry.posts, wardDeputy, successorSecretary },
    query: (query: string, variables: Record<string, unknown> = {}) =>
      graphql(server, query, variables, { cookie: writer.cookie }).then(({ body }) => body),
  };
}

const LIFECYCLE = (name: string, extra = '') =>
  `mutation($id: ID!, $v: Int!${extra ? ', $input: ' + extra : ''}) { ${name}(id: $id, expectedVersion: $v${extra ? ', input: $input' : ''}) { rotation { id status version overdue } userErrors { code field message } } }`;

export const COMPLETE = LIFECYCLE('rotationComplete', 'RotationCompleteInput!');

let decisions = 0;

/** Proposes, approves and starts a rotation; returns it ACTIVE. */
export async function runningRotation(writer: Writer, input: Record<string, unknown>) {
  decisions += 1;
  const created = await mutate(
    writer,
    `mutation($input: RotationInput!) { rotationCreate(input: $input) { rotation { id version } userErrors { code message } } }`,
    { input },
  );
  if (created.userErrors.length > 0) throw new Error(JSON.stringify(created.userErrors));
  const id = created.rotation.id as string;
  await mutate(writer, LIFECYCLE('rotationApprove', 'RotationApproveInput'), {
    id,
    v: 1,
    input: {
      decision: {
        number: `${900 + decisions}-QĐ/TU`,
        issuedOn: '2020-01-01',
        issuer: 'Ban Thường vụ Thành ủy',
        title: 'Quyết định luân chuyển cán bộ',
      },
    },
  });
  const started = await mutate(writer, LIFECYCLE('rotationStart'), { id, v: 2 });
  if (started.userErrors.length > 0) throw new Error(JSON.stringify(started.userErrors));
  return { id, version: started.rotation.version as number };
}
