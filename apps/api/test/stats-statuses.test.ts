import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import { cadreAt, mutate, smallRegistry, startWriter, type Writer } from './write-support';

// What the figures count, over HTTP: rotationStats and a plan's progress count only the
// rotations that took place (ACTIVE, COMPLETED) unless statuses says otherwise. A rotation
// moves PROPOSED → APPROVED (not yet counted) → ACTIVE (counted); a proposal and a
// cancellation leave the article's table as it was.

const STATS = `query($filter: RotationFilter) { rotationStats(filter: $filter) {
  total byCategory { category count } } }`;
const PROGRESS = `query($id: ID!) { node(id: $id) { ... on RotationPlan {
  progress { rotated active completed byCategory { category count } } } } }`;
const CREATE = `mutation($input: RotationInput!) { rotationCreate(input: $input) {
  rotation { id category } userErrors { code field } } }`;
const PLAN = `mutation($input: RotationPlanCreateInput!) { rotationPlanCreate(input: $input) {
  rotationPlan { id } userErrors { code field } } }`;
const POST = `mutation($input: PositionCreateInput!) { positionCreate(input: $input) {
  position { id } userErrors { code } } }`;
const STATE = (name: string, input = '') =>
  `mutation($id: ID!, $v: Int!${input ? `, $input: ${input}` : ''}) { ${name}(id: $id, expectedVersion: $v${input ? ', input: $input' : ''}) {
    rotation { status version } userErrors { code field } } }`;

const decision = {
  number: '120-QĐ/TU',
  issuedOn: '2018-05-15',
  issuer: 'Ban Thường vụ Thành ủy Lạng Sơn',
  title: 'Quyết định luân chuyển cán bộ',
};

describe.each(engines)('what the statistics count on $name', (engine) => {
  let writer: Writer;
  let registry: Awaited<ReturnType<typeof smallRegistry>>;
  let planId: string;
  beforeAll(async () => {
    writer = await startWriter(engine);
    registry = await smallRegistry(writer);
    const plan = await mutate(writer, PLAN, {
      input: {
        code: '67-KH/TU',
        title: 'Kế hoạch luân chuyển cán bộ đến năm 2020',
        issuedOn: '2017-10-02',
        periodStart: '2017-10-02',
        periodEnd: '2020-12-31',
        targetCount: 54,
      },
    });
    planId = plan.rotationPlan.id;
  });
  afterAll(() => writer?.server.stop());

  /** Counts by category: the four named ones, as the article's table shows them. */
  async function table(statuses?: string[]) {
    const rotationStats = await mutate(writer, STATS, { filter: statuses ? { statuses } : {} });
    const row = (category: string) =>
      rotationStats.byCategory.find((entry: { category: string }) => entry.category === category)
        ?.count;
    return {
      total: rotationStats.total,
      down: row('DOWN_TO_GRASSROOTS'),
      partyGovernment: row('PARTY_GOVERNMENT'),
    };
  }

  async function propose(cadreId: string, toPositionId: string) {
    const input = {
      cadreId,
      toPositionId,
      planId,
      decision,
      startDate: '2018-06-01',
      plannedEndDate: '2021-06-01',
    };
    const created = await mutate(writer, CREATE, { input });
    expect(created.userErrors).toEqual([]);
    return created.rotation.id as string;
  }

  async function post(unitId: string, title: string) {
    const input = { unitId, title, rank: 50, seats: 5, isKey: true };
    return (await mutate(writer, POST, { input })).position.id as string;
  }

  it('counts a rotation once it starts, not while it is proposed or approved', async () => {
    const ha = await cadreAt(writer, 'Vũ Sơn Hà', registry.posts.deputy);
    const id = await propose(ha, registry.posts.secretary);
    expect(await table()).toEqual({ total: 0, down: 0, partyGovernment: 0 });
    expect(await table(['PROPOSED'])).toEqual({ total: 1, down: 1, partyGovernment: 0 });
    const approved = await mutate(writer, STATE('rotationApprove', 'RotationApproveInput'), {
      id,
      v: 1,
      input: {},
    });
    expect(approved.rotation.status).toBe('APPROVED');
    expect(await table()).toEqual({ total: 0, down: 0, partyGovernment: 0 });
    const started = await mutate(writer, STATE('rotationStart'), { id, v: 2 });
    expect(started.rotation.status).toBe('ACTIVE');
    expect(await table()).toEqual({ total: 1, down: 1, partyGovernment: 0 });
  });

  it('does not grow the table for a proposal or a cancellation; statuses shows them', async () => {
    const before = await table();
    const agencyDeputy = await post(registry.units.agency, 'Phó Trưởng phòng Nội vụ');
    const wardDeputy = await post(registry.units.wardParty, 'Phó Bí thư Đảng ủy phường');
    const proposed = await cadreAt(writer, 'Lý Thị Hoa', registry.posts.deputy);
    await propose(proposed, agencyDeputy);
    const cancelledCadre = await cadreAt(writer, 'Nông Văn Bình', registry.posts.agencyHead);
    const cancelled = await propose(cancelledCadre, wardDeputy);
    const cancel = await mutate(writer, STATE('rotationCancel', 'RotationCancelInput!'), {
      id: cancelled,
      v: 1,
      input: { reason: 'Điều chỉnh kế hoạch' },
    });
    expect(cancel.rotation.status).toBe('CANCELLED');
    expect(await table()).toEqual(before);
    expect(await table([])).toEqual(before);
    expect(await table(['PROPOSED'])).toEqual({ total: 1, down: 0, partyGovernment: 1 });
    expect(await table(['CANCELLED'])).toEqual({ total: 1, down: 1, partyGovernment: 0 });
    expect(await table(['ACTIVE'])).toEqual(before);
    expect(await table(['PROPOSED', 'ACTIVE', 'CANCELLED'])).toEqual({
      total: 3,
      down: 2,
      partyGovernment: 1,
    });
  });

  it('counts as rotated under a plan only the rotations that took place', async () => {
    const { progress } = await mutate(writer, PROGRESS, { id: planId });
    expect(progress).toMatchObject({ rotated: 1, active: 1, completed: 0 });
    expect(progress.byCategory).toEqual([
      { category: 'DOWN_TO_GRASSROOTS', count: 1 },
      { category: 'BETWEEN_GRASSROOTS', count: 0 },
      { category: 'PARTY_GOVERNMENT', count: 0 },
      { category: 'BETWEEN_GOVERNMENT_AGENCIES', count: 0 },
      { category: 'OTHER', count: 0 },
    ]);
  });
});
