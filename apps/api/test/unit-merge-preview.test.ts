import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import {
  cadreAt,
  mutate,
  smallRegistry,
  startWriter,
  writeCounts,
  type Writer,
} from './write-support';

// unitMergePreview over HTTP: what unitMerge would close (units, their posts, the assignments
// held that day), what it opens (a new successor, or an existing one extended) and the posts the
// successor offers (created, or matched by title once renamed for it), writing nothing; then
// unitMerge does exactly that. The same input gives the same user errors as unitMerge.

const UNIT = `mutation($input: UnitCreateInput!) { unitCreate(input: $input) { unit { id } userErrors { code } } }`;
const AREA = `mutation($input: AreaCreateInput!) { areaCreate(input: $input) { area { id } userErrors { code } } }`;
const POST = `mutation($input: PositionCreateInput!) { positionCreate(input: $input) { position { id } userErrors { code } } }`;
const PREVIEW = `query($input: UnitMergeInput!) { unitMergePreview(input: $input) {
  closing { unit { id name } positions { title } endingAssignments { cadre { fullName } position { title } } }
  successor { unit { id } opening name level area { name } }
  successorPosts { title source position { id } continues { title } isKey rank seats requiresNonLocal }
  userErrors { code field message } } }`;
const MERGE = `mutation($input: UnitMergeInput!) { unitMerge(input: $input) {
  unit { id name positions { id title isKey rank seats requiresNonLocal } }
  mergedUnits { id validTo } userErrors { code field message } } }`;

describe.each(engines)('unitMergePreview on $name', (engine) => {
  let writer: Writer;
  let registry: Awaited<ReturnType<typeof smallRegistry>>;
  beforeAll(async () => {
    writer = await startWriter(engine);
    registry = await smallRegistry(writer);
  });
  afterAll(() => writer?.server.stop());

  async function preview(input: Record<string, unknown>) {
    const before = await writeCounts(writer.server);
    const answer = await mutate(writer, PREVIEW, { input });
    expect(await writeCounts(writer.server)).toEqual(before);
    return answer;
  }

  /** A unit in an area of its own name (titles name their place: “… xã Mai Pha”). */
  async function wardParty(name: string, areaName: string, posts: [string, number, number][]) {
    const area = await mutate(writer, AREA, {
      input: {
        name: areaName,
        kind: 'WARD',
        parentId: registry.areas.city,
        validFrom: '2000-01-01',
      },
    });
    const areaId = area.area.id as string;
    const unit = await mutate(writer, UNIT, {
      input: { name, bloc: 'PARTY', level: 'COMMUNE', areaId, validFrom: '2000-01-01' },
    });
    const ids: string[] = [];
    for (const [title, rank, seats] of posts) {
      const post = await mutate(writer, POST, {
        input: { unitId: unit.unit.id, title, rank, seats, isKey: rank >= 50 },
      });
      ids.push(post.position.id);
    }
    return { id: unit.unit.id as string, posts: ids };
  }

  it('shows what closes, what opens and the posts created, and the merge then does it', async () => {
    const other = await wardParty('Đảng ủy xã Mai Pha', 'Xã Mai Pha', [
      ['Bí thư Đảng ủy xã Mai Pha', 50, 1],
      ['Phó Bí thư Đảng ủy xã Mai Pha', 40, 2],
    ]);
    await cadreAt(writer, 'Hoàng Văn Nam', registry.posts.secretary);
    const input = {
      unitIds: [registry.units.wardParty, other.id],
      date: '2025-07-01',
      successor: {
        name: 'Đảng ủy phường Kỳ Lừa',
        bloc: 'PARTY',
        level: 'COMMUNE',
        areaId: registry.areas.ward,
      },
    };
    const seen = await preview(input);
    expect(seen.userErrors).toEqual([]);
    expect(seen.closing).toEqual([
      {
        unit: { id: registry.units.wardParty, name: 'Đảng ủy phường Hoàng Văn Thụ' },
        positions: [{ title: 'Bí thư Đảng ủy phường Hoàng Văn Thụ' }],
        endingAssignments: [
          {
            cadre: { fullName: 'Hoàng Văn Nam' },
            position: { title: 'Bí thư Đảng ủy phường Hoàng Văn Thụ' },
          },
        ],
      },
      {
        unit: { id: other.id, name: 'Đảng ủy xã Mai Pha' },
        positions: expect.arrayContaining([
          { title: 'Bí thư Đảng ủy xã Mai Pha' },
          { title: 'Phó Bí thư Đảng ủy xã Mai Pha' },
        ]),
        endingAssignments: [],
      },
    ]);
    expect(seen.successor).toEqual({
      unit: null,
      opening: 'NEW',
      name: 'Đảng ủy phường Kỳ Lừa',
      level: 'COMMUNE',
      area: { name: 'Phường Hoàng Văn Thụ' },
    });
    // Both secretaries' titles become the successor's one secretary post.
    expect(seen.successorPosts).toEqual([
      {
        title: 'Bí thư Đảng ủy phường Kỳ Lừa',
        source: 'CREATED',
        position: null,
        continues: [
          { title: 'Bí thư Đảng ủy phường Hoàng Văn Thụ' },
          { title: 'Bí thư Đảng ủy xã Mai Pha' },
        ],
        isKey: true,
        rank: 50,
        seats: 1,
        requiresNonLocal: false,
      },
      {
        title: 'Phó Bí thư Đảng ủy phường Kỳ Lừa',
        source: 'CREATED',
        position: null,
        continues: [{ title: 'Phó Bí thư Đảng ủy xã Mai Pha' }],
        isKey: false,
        rank: 40,
        seats: 2,
        requiresNonLocal: false,
      },
    ]);

    const merged = await mutate(writer, MERGE, { input });
    expect(merged.userErrors).toEqual([]);
    expect(merged.mergedUnits.map((unit: { validTo: string }) => unit.validTo)).toEqual([
      '2025-07-01',
      '2025-07-01',
    ]);
    expect(
      merged.unit.positions.map(({ id: _id, ...post }: Record<string, unknown>) => post),
    ).toEqual(
      seen.successorPosts.map(
        ({ title, isKey, rank, seats, requiresNonLocal }: Record<string, unknown>) => ({
          title,
          isKey,
          rank,
          seats,
          requiresNonLocal,
        }),
      ),
    );
  });

  it('matches the posts an existing successor already has by title, and keeps the others', async () => {
    const successor = await wardParty('Đảng ủy phường Đông Kinh', 'Phường Đông Kinh', [
      ['Bí thư Đảng ủy phường Đông Kinh', 50, 1],
      ['Chánh Văn phòng Đảng ủy phường Đông Kinh', 30, 1],
    ]);
    const closing = await wardParty('Đảng ủy phường Vĩnh Trại', 'Phường Vĩnh Trại', [
      ['bí thư  Đảng ủy phường Vĩnh Trại', 45, 1],
      ['Phó Bí thư Đảng ủy phường Vĩnh Trại', 40, 1],
    ]);
    const input = { unitIds: [closing.id], date: '2025-07-01', successorId: successor.id };
    const seen = await preview(input);
    expect(seen.successor).toMatchObject({ unit: { id: successor.id }, opening: 'EXTENDED' });
    expect(
      seen.successorPosts.map((post: { title: string; source: string; position: unknown }) => [
        post.title,
        post.source,
        post.position,
      ]),
    ).toEqual([
      ['Bí thư Đảng ủy phường Đông Kinh', 'MATCHED', { id: successor.posts[0] }],
      ['Phó Bí thư Đảng ủy phường Đông Kinh', 'CREATED', null],
      ['Chánh Văn phòng Đảng ủy phường Đông Kinh', 'KEPT', { id: successor.posts[1] }],
    ]);
    const before = await writeCounts(writer.server);
    const merged = await mutate(writer, MERGE, { input });
    expect(merged.userErrors).toEqual([]);
    expect(merged.unit.positions).toHaveLength(3);
    expect((await writeCounts(writer.server)).positions).toBe((before.positions ?? 0) + 1);
  });

  it.each([
    [
      'a unit listed twice and a successor among the listed',
      (r: Awaited<ReturnType<typeof smallRegistry>>) => ({
        unitIds: [r.units.board, r.units.board],
        date: '2020-01-01',
        successorId: r.units.board,
      }),
    ],
    [
      'a date before the units began',
      (r: Awaited<ReturnType<typeof smallRegistry>>) => ({
        unitIds: [r.units.agency],
        date: '1990-01-01',
        successorId: r.units.board,
      }),
    ],
    [
      'a new successor in an unknown area',
      (r: Awaited<ReturnType<typeof smallRegistry>>) => ({
        unitIds: [r.units.agency],
        date: '2020-01-01',
        successor: { name: 'Đơn vị mới', bloc: 'PARTY', level: 'DISTRICT', areaId: r.units.board },
      }),
    ],
    [
      'no successor at all',
      (r: Awaited<ReturnType<typeof smallRegistry>>) => ({
        unitIds: [r.units.agency],
        date: '2020-01-01',
      }),
    ],
    [
      'an id that names no unit',
      (r: Awaited<ReturnType<typeof smallRegistry>>) => ({
        unitIds: [r.areas.city],
        date: '2020-01-01',
        successorId: r.units.board,
      }),
    ],
  ])('answers the user errors unitMerge answers: %s', async (_case, inputOf) => {
    const input = inputOf(registry);
    const seen = await preview(input);
    expect(seen.userErrors.length).toBeGreaterThan(0);
    expect(seen).toMatchObject({ closing: [], successor: null, successorPosts: [] });
    const before = await writeCounts(writer.server);
    const merged = await mutate(writer, MERGE, { input });
    expect(merged.userErrors).toEqual(seen.userErrors);
    expect(await writeCounts(writer.server)).toEqual(before);
  });
});
