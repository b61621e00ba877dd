import { fixedClock } from '../src/clock';
import { graphql, type engines } from './harness';
import { mutate, smallRegistry, startWriter, type Writer } from './write-support';

// The cadres list's tests: a registry made through the API with eleven Khổng cadres whose
// names, birth dates, posts, statuses and succession-pool entries put each filter and order
// on an edge (three share one name and birth date, for ties), and one Lương Văn Dũng outside
// the Khổng search. The server's day is 15/6/2026 in Vietnam while it is still 14/6 in UTC.

export const CLOCK = fixedClock('2026-06-14T18:00:00Z');
export const TODAY = '2026-06-15';

type Person = {
  key: string;
  fullName: string;
  birthDate?: string;
  birthYear?: number;
  status?: 'RETIRED' | 'LEFT';
  pool?: { targetTitle: string; termStart: number; termEnd: number }[];
};

const STANDING = 'Ủy viên Ban Thường vụ Thành ủy';

export const PEOPLE: readonly Person[] = [
  {
    key: 'ha',
    fullName: 'Khổng Thị Hà',
    birthDate: '1995-03-01',
    pool: [{ targetTitle: 'Phó Bí thư Đảng ủy phường', termStart: 2025, termEnd: 2030 }],
  },
  // 35 on 15/6/2026, the server's day in Vietnam (still 34 by the UTC day).
  { key: 'hoang', fullName: 'Khổng Văn Hoàng', birthDate: '1991-06-15' },
  { key: 'hoan', fullName: 'Khổng Văn Hoàn', birthDate: '1991-06-16' },
  // Only the year: 45 or 46 in 2026, both in 45–54.
  { key: 'anh', fullName: 'Khổng Đức Anh', birthYear: 1980 },
  // Only the year: 34 or 35 in 2026, on either side of an edge.
  { key: 'tu', fullName: 'Khổng Minh Tú', birthYear: 1991 },
  { key: 'binh', fullName: 'Khổng Văn Bình', status: 'RETIRED' },
  {
    key: 'son',
    fullName: 'Khổng Văn Sơn',
    birthDate: '1971-06-15',
    pool: [{ targetTitle: STANDING, termStart: 2020, termEnd: 2025 }],
  },
  {
    key: 'lan',
    fullName: 'Khổng Thị Lan',
    birthDate: '1981-06-16',
    status: 'LEFT',
    pool: [{ targetTitle: STANDING, termStart: 2026, termEnd: 2031 }],
  },
  { key: 'dung1', fullName: 'Khổng Văn Dũng', birthDate: '1985-01-01' },
  { key: 'dung2', fullName: 'Khổng Văn Dũng', birthDate: '1985-01-01' },
  {
    key: 'dung3',
    fullName: 'Khổng Văn Dũng',
    birthDate: '1985-01-01',
    pool: [{ targetTitle: STANDING, termStart: 2025, termEnd: 2030 }],
  },
  {
    key: 'luong',
    fullName: 'Lương Văn Dũng',
    birthDate: '1985-01-01',
    pool: [{ targetTitle: STANDING, termStart: 2025, termEnd: 2030 }],
  },
];

export type CadreList = {
  writer: Writer;
  /** Global ids by person key. */
  ids: Record<string, string>;
  units: Awaited<ReturnType<typeof smallRegistry>>['units'];
  /** Runs a query as the admin, returning the whole body (errors included). */
  query(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer>;
  stop(): Promise<void>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type GraphQLAnswer = { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };

async function assign(
  writer: Writer,
  cadreId: string,
  positionId: string,
  start: string,
  end?: string,
) {
  const payload = await mutate(
    writer,
    'mutation($input: AssignmentCreateInput!) { assignmentCreate(input: $input) { assignment { id } userErrors { code message } } }',
    { input: { cadreId, positionId, kind: 'APPOINTED', startDate: start, endDate: end ?? null } },
  );
  if (payload.userErrors.length) throw new Error(JSON.stringify(payload.userErrors));
}

export async function startCadreList(engine: (typeof engines)[number]): Promise<CadreList> {
  const writer = await startWriter(engine, { clock: CLOCK });
  const registry = await smallRegistry(writer);
  const ids: Record<string, string> = {};
  for (const person of PEOPLE) {
    const created = await mutate(
      writer,
      'mutation($input: CadreCreateInput!) { cadreCreate(input: $input) { cadre { id version } userErrors { code message } } }',
      {
        input: {
          fullName: person.fullName,
          birthDate: person.birthDate ?? null,
          birthYear: person.birthYear ?? null,
          successionPool: person.pool ?? [],
        },
      },
    );
    if (created.userErrors.length) throw new Error(JSON.stringify(created.userErrors));
    ids[person.key] = created.cadre.id;
    if (person.status) {
      const updated = await mutate(
        writer,
        'mutation($id: ID!, $v: Int!, $input: CadreUpdateInput!) { cadreUpdate(id: $id, expectedVersion: $v, input: $input) { userErrors { code message } } }',
        { id: created.cadre.id, v: created.cadre.version, input: { status: person.status } },
      );
      if (updated.userErrors.length) throw new Error(JSON.stringify(updated.userErrors));
    }
  }
  const { deputy, agencyHead, secretary } = registry.posts;
  // The City Party Organization Board: Hà from 2015 on, Hoàng 2015–2019.
  await assign(writer, ids['ha'] ?? '', deputy, '2015-01-01');
  await assign(writer, ids['hoang'] ?? '', deputy, '2015-01-01', '2020-01-01');
  await assign(writer, ids['dung1'] ?? '', agencyHead, '2020-01-01');
  await assign(writer, ids['luong'] ?? '', secretary, '2020-01-01');
  return {
    writer,
    ids,
    units: registry.units,
    query: async (query, variables = {}) =>
      (await graphql(writer.server, query, variables, { cookie: writer.cookie }))
        .body as GraphQLAnswer,
    stop: () => writer.server.stop(),
  };
}

/** The person keys of global ids, in order (ids the fixture did not make fail the test). */
export function keysOf(list: CadreList, globalIds: readonly string[]): string[] {
  const byId = new Map(Object.entries(list.ids).map(([key, id]) => [id, key]));
  return globalIds.map((id) => byId.get(id) ?? `unknown ${id}`);
}
