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

const AREA = `mutation($input: AreaCreateInput!) { areaCreate(input: $input) { area { id name validFrom } userErrors { code field } } }`;
const UNIT_UPDATE = `mutation($id: ID!, $v: Int!, $input: UnitUpdateInput!) { unitUpdate(id: $id, expectedVersion: $v, input: $input) {
  unit { name validTo version } userErrors { code field } } }`;
const MERGE = `mutation($input: UnitMergeInput!) { unitMerge(input: $input) {
  unit { name validFrom level } mergedUnits { validTo version } userErrors { code field } } }`;
const POSITION_UPDATE = `mutation($id: ID!, $v: Int!, $input: PositionUpdateInput!) { positionUpdate(id: $id, expectedVersion: $v, input: $input) {
  position { title rank seats version } userErrors { code field } } }`;

describe.each(engines)('registry mutations on $name', (engine) => {
  let writer: Writer;
  let registry: Awaited<ReturnType<typeof smallRegistry>>;
  beforeAll(async () => {
    writer = await startWriter(engine);
    registry = await smallRegistry(writer);
  });
  afterAll(() => writer?.server.stop());

  it('creates an area that continues others, and refuses a lineage that runs backwards', async () => {
    const before = await writeCounts(writer.server);
    const backwards = await mutate(writer, AREA, {
      input: {
        name: 'Phường Cũ',
        kind: 'WARD',
        validFrom: '1999-01-01',
        predecessorIds: [registry.areas.ward],
      },
    });
    expect(backwards.userErrors).toEqual([
      { code: 'INVALID_LINEAGE', field: ['input', 'predecessors', 'areaIds', '0'] },
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
    const merged = await mutate(writer, AREA, {
      input: {
        name: 'Phường Tam Thanh',
        kind: 'WARD',
        parentId: registry.areas.province,
        validFrom: '2025-07-01',
        predecessorIds: [registry.areas.ward],
        decision: {
          number: '1672/NQ-UBTVQH15',
          issuedOn: '2025-06-16',
          issuer: 'Ủy ban Thường vụ Quốc hội',
          title: 'Nghị quyết sắp xếp',
        },
      },
    });
    expect(merged).toMatchObject({
      area: { name: 'Phường Tam Thanh', validFrom: '2025-07-01' },
      userErrors: [],
    });
    expect((await writeCounts(writer.server)).areas).toBe((before.areas ?? 0) + 1);
  });

  it('updates a unit at its version and refuses a stale version or an unknown area', async () => {
    const updated = await mutate(writer, UNIT_UPDATE, {
      id: registry.units.agency,
      v: 1,
      input: { name: 'Phòng Nội vụ thành phố' },
    });
    expect(updated.unit).toMatchObject({
      name: 'Phòng Nội vụ thành phố',
      validTo: null,
      version: 2,
    });
    const before = await writeCounts(writer.server);
    const stale = await mutate(writer, UNIT_UPDATE, {
      id: registry.units.agency,
      v: 1,
      input: { name: 'Cũ' },
    });
    expect(stale.userErrors).toEqual([{ code: 'STALE_VERSION', field: ['expectedVersion'] }]);
    const badArea = await mutate(writer, UNIT_UPDATE, {
      id: registry.units.agency,
      v: 2,
      input: { areaId: registry.units.board },
    });
    expect(badArea.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'areaId'] }]);
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('merges units without changing the classification of rotations made before', async () => {
    const cadreId = await cadreAt(writer, 'Lý Văn Hùng', registry.posts.deputy);
    const created = await mutate(
      writer,
      'mutation($input: RotationInput!) { rotationCreate(input: $input) { rotation { id category } userErrors { code } } }',
      {
        input: {
          cadreId,
          toPositionId: registry.posts.secretary,
          startDate: '2018-06-01',
          plannedEndDate: '2021-06-01',
        },
      },
    );
    expect(created.rotation.category).toBe('DOWN_TO_GRASSROOTS');
    const notOpen = await mutate(writer, MERGE, {
      input: {
        unitIds: [registry.units.wardParty],
        date: '1990-01-01',
        successorId: registry.units.board,
      },
    });
    expect(notOpen.userErrors).toEqual([
      { code: 'UNIT_NOT_VALID_ON_DATE', field: ['input', 'unitIds', '0'] },
      { code: 'DATE_BEFORE_UNIT_BEGAN', field: ['input', 'successorId'] },
    ]);
    const merged = await mutate(writer, MERGE, {
      input: {
        unitIds: [registry.units.wardParty],
        date: '2025-07-01',
        successor: {
          name: 'Đảng ủy phường Tam Thanh',
          bloc: 'PARTY',
          level: 'COMMUNE',
          areaId: registry.areas.ward,
        },
      },
    });
    expect(merged).toMatchObject({
      unit: { name: 'Đảng ủy phường Tam Thanh', validFrom: '2025-07-01', level: 'COMMUNE' },
      mergedUnits: [{ validTo: '2025-07-01', version: 2 }],
      userErrors: [],
    });
    const after = await mutate(
      writer,
      'query($id: ID!) { node(id: $id) { ... on Rotation { category direction } } }',
      { id: created.rotation.id },
    );
    expect(after).toEqual({ category: 'DOWN_TO_GRASSROOTS', direction: 'DOWN' });
  });

  it('creates and updates posts', async () => {
    const invalid = await mutate(
      writer,
      'mutation($input: PositionCreateInput!) { positionCreate(input: $input) { position { id } userErrors { code field } } }',
      { input: { unitId: registry.units.agency, title: 'Phó Trưởng phòng', rank: 40, seats: 0 } },
    );
    expect(invalid.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'seats'] }]);
    const updated = await mutate(writer, POSITION_UPDATE, {
      id: registry.posts.agencyHead,
      v: 1,
      input: { seats: 2, rank: 55 },
    });
    expect(updated.position).toEqual({
      title: 'Trưởng phòng Nội vụ',
      rank: 55,
      seats: 2,
      version: 2,
    });
    const stale = await mutate(writer, POSITION_UPDATE, {
      id: registry.posts.agencyHead,
      v: 1,
      input: { seats: 3 },
    });
    expect(stale.userErrors).toEqual([{ code: 'STALE_VERSION', field: ['expectedVersion'] }]);
  });
});
