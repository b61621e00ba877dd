import {
  areas,
  assignments,
  auditEvents,
  cadres,
  documents,
  evaluations,
  positions,
  rotationPlanSubjects,
  rotationPlans,
  rotations,
  unitLineage,
  units,
} from '@luanchuyen/db';
import { expect } from 'vitest';
import { ADMIN_PASSWORD, graphql, login, startTestServer, type TestServer } from './harness';

// Shared by the mutation tests: a signed-in ADMIN over a fresh database, a small registry made
// through the API, and row counts of every table a write could touch.

export type Writer = { server: TestServer; cookie: string };

/** `options.clock` sets the server's "today" (fixedClock), for rules that depend on it. */
export async function startWriter(
  engine: Parameters<typeof startTestServer>[0],
  options: Parameters<typeof startTestServer>[2] = {},
): Promise<Writer> {
  const server = await startTestServer(engine, {}, options);
  return { server, cookie: await login(server, 'admin', ADMIN_PASSWORD) };
}

/** Runs a mutation as the admin and returns its payload (failing on top-level errors). */
export async function mutate(
  writer: Writer,
  query: string,
  variables: Record<string, unknown> = {},
  language = 'vi',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any> {
  const { body } = await graphql(
    writer.server,
    query,
    variables,
    { cookie: writer.cookie },
    { 'accept-language': language },
  );
  expect(body.errors).toBeUndefined();
  const data = body.data ?? {};
  return data[Object.keys(data)[0] ?? ''];
}

export async function writeCounts(server: TestServer): Promise<Record<string, number>> {
  const { db } = server.handle;
  const tables = {
    areas,
    units,
    unitLineage,
    positions,
    cadres,
    assignments,
    documents,
    rotationPlans,
    rotationPlanSubjects,
    rotations,
    evaluations,
    auditEvents,
  };
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) counts[name] = await db.$count(table);
  return counts;
}

/** A city with one ward: a city board (Party) and a ward Party Committee, one post each. */
export async function smallRegistry(writer: Writer) {
  const area = (name: string, kind: string, parentId: string | null) =>
    mutate(
      writer,
      'mutation($input: AreaCreateInput!) { areaCreate(input: $input) { area { id } userErrors { code field } } }',
      {
        input: { name, kind, parentId, validFrom: '2000-01-01' },
      },
    ).then((payload) => payload.area.id as string);
  const unit = (name: string, bloc: string, level: string, areaId: string) =>
    mutate(
      writer,
      'mutation($input: UnitCreateInput!) { unitCreate(input: $input) { unit { id version } userErrors { code } } }',
      {
        input: { name, bloc, level, areaId, validFrom: '2000-01-01' },
      },
    ).then((payload) => payload.unit.id as string);
  const position = (unitId: string, title: string, rank: number, seats = 1) =>
    mutate(
      writer,
      'mutation($input: PositionCreateInput!) { positionCreate(input: $input) { position { id } userErrors { code } } }',
      {
        input: { unitId, title, rank, seats, isKey: true },
      },
    ).then((payload) => payload.position.id as string);
  const province = await area('Tỉnh Lạng Sơn', 'PROVINCE', null);
  const city = await area('Thành phố Lạng Sơn', 'CITY', province);
  const ward = await area('Phường Hoàng Văn Thụ', 'WARD', city);
  const board = await unit('Ban Tổ chức Thành ủy', 'PARTY', 'DISTRICT', city);
  const agency = await unit('Phòng Nội vụ', 'GOVERNMENT', 'DISTRICT', city);
  const wardParty = await unit('Đảng ủy phường Hoàng Văn Thụ', 'PARTY', 'COMMUNE', ward);
  return {
    areas: { province, city, ward },
    units: { board, agency, wardParty },
    posts: {
      deputy: await position(board, 'Phó Trưởng Ban Tổ chức Thành ủy', 50, 2),
      agencyHead: await position(agency, 'Trưởng phòng Nội vụ', 50),
      secretary: await position(wardParty, 'Bí thư Đảng ủy phường Hoàng Văn Thụ', 50),
    },
  };
}

/** A cadre (born 1980) holding `positionId` since 2010. */
export async function cadreAt(
  writer: Writer,
  fullName: string,
  positionId: string,
  homeAreaId: string | null = null,
) {
  const created = await mutate(
    writer,
    'mutation($input: CadreCreateInput!) { cadreCreate(input: $input) { cadre { id version } userErrors { code } } }',
    {
      input: { fullName, sex: 'MALE', birthDate: '1980-05-01', homeAreaId },
    },
  );
  const cadreId = created.cadre.id as string;
  await mutate(
    writer,
    'mutation($input: AssignmentCreateInput!) { assignmentCreate(input: $input) { assignment { id } userErrors { code } } }',
    {
      input: { cadreId, positionId, kind: 'APPOINTED', startDate: '2010-01-01' },
    },
  );
  return cadreId;
}
