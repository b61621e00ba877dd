import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import { mutate, smallRegistry, startWriter, writeCounts, type Writer } from './write-support';

// rotationPlanAddSubjects lists only subjects of rotation (PRODUCT.md rule 1): a cadre who does
// not meet the criterion given on asOf (the plan's first day by default), or who is no subject
// when none is given, is refused with NOT_A_SUBJECT and the rules' explanation, and a batch
// with one refusal writes nothing.

const SUBJECTS = `mutation($input: RotationPlanAddSubjectsInput!) { rotationPlanAddSubjects(input: $input) {
  rotationPlan { subjects(first: 50) { totalCount edges { criterion node { fullName } } } }
  userErrors { code field message } } }`;

const FIRST_DAY = '2017-10-02';

describe.each(engines)('listing subjects of a plan on $name', (engine) => {
  let writer: Writer;
  let registry: Awaited<ReturnType<typeof smallRegistry>>;
  let planId = '';
  let post = ''; // one with seats for everyone, so no seat check stands in the way
  let listed = 0;
  const names = [
    'Lương Văn Toàn',
    'Nông Đức Minh',
    'Vi Văn Thắng',
    'Lộc Quang Huy',
    'Chu Văn Hùng',
  ];
  const nextName = () => names.shift() ?? 'Mã Ngọc Sơn';

  /** A cadre born in 1980 holding `positionId` from `since`. */
  const cadreSince = async (
    fullName: string,
    positionId: string,
    since: string,
    homeAreaId: string | null = null,
  ) => {
    const { cadre } = await mutate(
      writer,
      'mutation($input: CadreCreateInput!) { cadreCreate(input: $input) { cadre { id } userErrors { code } } }',
      { input: { fullName, sex: 'MALE', birthDate: '1980-05-01', homeAreaId } },
    );
    const { userErrors } = await mutate(
      writer,
      'mutation($input: AssignmentCreateInput!) { assignmentCreate(input: $input) { userErrors { code } } }',
      { input: { cadreId: cadre.id, positionId, kind: 'APPOINTED', startDate: since } },
    );
    expect(userErrors).toEqual([]);
    return cadre.id as string;
  };
  const add = (input: Record<string, unknown>, language = 'vi') =>
    mutate(writer, SUBJECTS, { input: { planId, ...input } }, language);

  beforeAll(async () => {
    writer = await startWriter(engine);
    registry = await smallRegistry(writer);
    const { rotationPlan } = await mutate(
      writer,
      'mutation($input: RotationPlanCreateInput!) { rotationPlanCreate(input: $input) { rotationPlan { id } userErrors { code } } }',
      {
        input: {
          code: '67-KH/TU',
          title: 'Kế hoạch luân chuyển cán bộ đến năm 2020',
          issuedOn: FIRST_DAY,
          periodStart: FIRST_DAY,
          periodEnd: '2020-12-31',
        },
      },
    );
    planId = rotationPlan.id;
    const { position } = await mutate(
      writer,
      'mutation($input: PositionCreateInput!) { positionCreate(input: $input) { position { id } userErrors { code } } }',
      {
        input: {
          unitId: registry.units.agency,
          title: 'Phó Trưởng phòng Nội vụ',
          rank: 40,
          seats: 20,
        },
      },
    );
    post = position.id;
  });
  afterAll(() => writer?.server.stop());

  it.each([
    ['the day after the plan’s first day is refused', '2009-10-03', false],
    ['the plan’s first day is listed', '2009-10-02', true],
    ['the day before the plan’s first day is listed', '2009-10-01', true],
  ])('a long tenure whose 8th anniversary falls on %s', async (_, since, accepted) => {
    const cadreId = await cadreSince(nextName(), post, since);
    const before = await writeCounts(writer.server);
    const payload = await add({ cadreIds: [cadreId], criterion: 'LONG_TENURE' });
    if (accepted) {
      listed += 1;
      expect(payload.userErrors).toEqual([]);
      expect(payload.rotationPlan.subjects.totalCount).toBe(listed);
      return;
    }
    expect(payload).toEqual({
      rotationPlan: null,
      userErrors: [
        {
          code: 'NOT_A_SUBJECT',
          field: ['input', 'cadreIds', '0'],
          message:
            'Không thuộc đối tượng luân chuyển: Chưa giữ chức vụ tại một cơ quan, đơn vị đủ 8 năm (7 năm (từ 03/10/2009))',
        },
      ],
    });
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('judges the criterion on asOf when one is given: the day after, that tenure is long enough', async () => {
    const cadreId = await cadreSince('Hà Văn Bình', post, '2009-10-03');
    const early = await add({ cadreIds: [cadreId], criterion: 'LONG_TENURE' }, 'en');
    expect(early.userErrors).toEqual([
      {
        code: 'NOT_A_SUBJECT',
        field: ['input', 'cadreIds', '0'],
        message:
          'Not a subject of rotation: Has not held posts in one unit for 8 years (7 years (since 2009-10-03))',
      },
    ]);
    const onTime = await add({ cadreIds: [cadreId], criterion: 'LONG_TENURE', asOf: '2017-10-03' });
    listed += 1;
    expect(onTime.userErrors).toEqual([]);
    expect(onTime.rotationPlan.subjects.totalCount).toBe(listed);
  });

  it('refuses a criterion the cadre does not meet even when another one holds', async () => {
    const local = await cadreSince(
      'Hoàng Thị Lan',
      registry.posts.secretary,
      '2016-01-01',
      registry.areas.ward,
    );
    const named = await add({ cadreIds: [local], criterion: 'YOUNG_IN_SUCCESSION_POOL' });
    expect(named.userErrors).toEqual([
      {
        code: 'NOT_A_SUBJECT',
        field: ['input', 'cadreIds', '0'],
        message: 'Không thuộc đối tượng luân chuyển: Không trong quy hoạch năm 2017',
      },
    ]);
    const found = await add({ cadreIds: [local] });
    listed += 1;
    expect(found.userErrors).toEqual([]);
    expect(found.rotationPlan.subjects.edges).toContainEqual({
      criterion: 'LOCAL_KEY_CADRE',
      node: { fullName: 'Hoàng Thị Lan' },
    });
  });

  it('refuses a cadre who is no subject at all when no criterion is given', async () => {
    const newcomer = await cadreSince('Vi Văn Long', post, '2016-01-01');
    const payload = await add({ cadreIds: [newcomer] });
    expect(payload.userErrors).toEqual([
      {
        code: 'NOT_A_SUBJECT',
        field: ['input', 'cadreIds', '0'],
        message: 'Không thuộc đối tượng luân chuyển: không đáp ứng tiêu chí nào',
      },
    ]);
  });

  it.each([
    ['with the criterion given', { criterion: 'LONG_TENURE' }],
    ['without a criterion', {}],
  ])('writes nothing when one cadre of a batch is refused, %s', async (_, criterion) => {
    const tenured = await cadreSince(nextName(), post, '2008-01-01');
    const newcomer = await cadreSince(nextName(), post, '2016-01-01');
    const before = await writeCounts(writer.server);
    const payload = await add({ cadreIds: [tenured, newcomer], ...criterion });
    expect(payload.rotationPlan).toBeNull();
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_A_SUBJECT', field: ['input', 'cadreIds', '1'] }),
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
    const alone = await add({ cadreIds: [tenured], ...criterion });
    listed += 1;
    expect(alone.rotationPlan.subjects.totalCount).toBe(listed);
  });
});
