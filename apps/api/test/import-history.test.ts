import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plansKind } from '../src/imports/kinds/plans.kind';
import { rotationsKind } from '../src/imports/kinds/rotations.kind';
import { templateCsv } from '../src/imports/import-template';
import type { CellValue, ImportKind } from '../src/imports/import-kind';
import { engines, graphql } from './harness';
import { cadreAt, smallRegistry, startWriter, writeCounts, type Writer } from './write-support';
import { upload as uploadFile } from './import-support';

// The history a Board already has: plans with their subjects and past rotations, imported
// through POST /import/{kind} into a small registry, each row through the API's services.

type Row = Record<string, CellValue>;

const CADRE = { cadreCode: null, cadreBirthDate: '1980-05-01' };
const FROM = { fromUnit: 'Ban Tổ chức Thành ủy', fromTitle: 'Phó Trưởng Ban Tổ chức Thành ủy' };
const TO = {
  toUnit: 'Đảng ủy phường Hoàng Văn Thụ',
  toTitle: 'Bí thư Đảng ủy phường Hoàng Văn Thụ',
};
const DECISION = {
  decisionNumber: '101-QĐ/TU',
  decisionDate: '2014-12-20',
  decisionIssuer: 'Ban Thường vụ Thành ủy',
  decisionTitle: 'Quyết định luân chuyển cán bộ',
};

/** A past rotation, completed on its planned end, back at the post left. */
const COMPLETED: Row = {
  ...CADRE,
  cadreName: 'Nguyễn Văn An',
  ...FROM,
  ...TO,
  startDate: '2015-01-01',
  plannedEndDate: '2018-01-01',
  status: 'COMPLETED',
  endDate: '2018-01-01',
  outcome: 'RETURNED_TO_ORIGIN',
  ...DECISION,
};

/** Twelve months: shorter than the 36 the rules ask, an error without an override. */
const SHORT: Row = {
  ...CADRE,
  cadreName: 'Lê Thị Bình',
  fromUnit: 'Phòng Nội vụ',
  fromTitle: 'Trưởng phòng Nội vụ',
  ...TO,
  startDate: '2019-01-01',
  plannedEndDate: '2020-01-01',
  status: 'ACTIVE',
  decisionNumber: '102-QĐ/TU',
  decisionDate: '2018-12-20',
  decisionIssuer: 'Ban Thường vụ Thành ủy',
  decisionTitle: 'Quyết định luân chuyển cán bộ',
};

const OVERRIDE = {
  overrideNumber: '15-QĐ/TU',
  overrideDate: '2018-12-15',
  overrideIssuer: 'Ban Thường vụ Thành ủy',
  overrideTitle: 'Quyết định cho phép luân chuyển dưới 36 tháng',
};

const PLAN = {
  planCode: '67-KH/TU',
  planTitle: 'Kế hoạch luân chuyển cán bộ đến năm 2021',
  issuingUnit: 'Ban Tổ chức Thành ủy',
  documentIssuer: 'Ban Thường vụ Thành ủy',
  issuedOn: '2019-01-02',
  periodStart: '2019-01-02',
  periodEnd: '2021-12-31',
  targetCount: 5,
  longTenureYears: 8,
  youngAgeLimit: 40,
  criterionLongTenure: true,
  criterionLocalKeyCadre: false,
  criterionYoungInPool: false,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Report = any;

async function upload(
  writer: Writer,
  kind: ImportKind,
  rows: readonly Row[],
  dryRun = false,
): Promise<{ status: number; report: Report }> {
  const { status, body } = await uploadFile(
    writer.server,
    `/import/${kind.name}?dryRun=${dryRun}`,
    new TextEncoder().encode(templateCsv(kind, 'vi', rows)),
    { cookie: writer.cookie, 'accept-language': 'vi' },
    `${kind.name}.csv`,
  );
  return { status, report: body };
}

describe.each(engines)('importing plans and rotations on $name', (engine) => {
  let writer: Writer;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const read = async (query: string, variables: Record<string, unknown> = {}): Promise<any> => {
    const { body } = await graphql(writer.server, query, variables, { cookie: writer.cookie });
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const rotationsOf = async () =>
    (
      await read(
        '{ rotations(first: 20, orderBy: {field: START_DATE, direction: ASC}) { nodes { status outcome startDate endDate category cadre { fullName assignments { kind position { title } startDate endDate } } decision { number } overrideDecision { number } } } }',
      )
    ).rotations.nodes;

  beforeAll(async () => {
    writer = await startWriter(engine);
    const registry = await smallRegistry(writer);
    await cadreAt(writer, 'Nguyễn Văn An', registry.posts.deputy);
    await cadreAt(writer, 'Lê Thị Bình', registry.posts.agencyHead);
    await cadreAt(writer, 'Trần Văn Cường', registry.posts.deputy);
  });
  afterAll(() => writer?.server.stop());

  it('imports a past completed rotation with the assignments it made and its outcome', async () => {
    const preview = await upload(writer, rotationsKind, [COMPLETED], true);
    expect(preview.status).toBe(200);
    expect(preview.report).toMatchObject({ created: 1, errors: [] });
    expect(await rotationsOf()).toEqual([]);

    const { status, report } = await upload(writer, rotationsKind, [COMPLETED]);
    expect(status).toBe(200);
    expect(report).toMatchObject({ created: 1, updated: 0, unchanged: 0, errors: [] });
    const [rotation] = await rotationsOf();
    expect(rotation).toMatchObject({
      status: 'COMPLETED',
      outcome: 'RETURNED_TO_ORIGIN',
      startDate: '2015-01-01',
      endDate: '2018-01-01',
      category: 'DOWN_TO_GRASSROOTS',
      decision: { number: '101-QĐ/TU' },
      overrideDecision: null,
    });
    const career = rotation.cadre.assignments.map(
      (held: { kind: string; position: { title: string }; startDate: string; endDate: string }) => [
        held.kind,
        held.position.title,
        held.startDate,
        held.endDate,
      ],
    );
    expect(career).toEqual(
      expect.arrayContaining([
        ['APPOINTED', FROM.fromTitle, '2010-01-01', '2015-01-01'],
        ['ROTATED', TO.toTitle, '2015-01-01', '2018-01-01'],
        ['APPOINTED', FROM.fromTitle, '2018-01-01', null],
      ]),
    );
  });

  it('imports the same file again as unchanged, writing nothing', async () => {
    const before = await writeCounts(writer.server);
    const { report } = await upload(writer, rotationsKind, [COMPLETED]);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 1, errors: [] });
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('refuses a change the lifecycle does not allow, naming the column', async () => {
    const before = await writeCounts(writer.server);
    const { report } = await upload(writer, rotationsKind, [
      { ...COMPLETED, outcome: 'KEPT_AT_DESTINATION' },
    ]);
    expect(report.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Kết quả',
        code: 'ROTATION_CHANGE_NOT_IMPORTABLE',
      }),
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('refuses a rule error without an override decision, naming the override column', async () => {
    const before = await writeCounts(writer.server);
    const { report } = await upload(writer, rotationsKind, [SHORT]);
    expect(report.created).toBe(0);
    expect(report.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Số QĐ cho phép vượt quy định',
        code: 'DURATION_TOO_SHORT',
      }),
    ]);
    expect(report.errors[0].message).toContain('dưới 36 tháng');
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('accepts the same rotation with an override decision, and records the override', async () => {
    const { report } = await upload(writer, rotationsKind, [{ ...SHORT, ...OVERRIDE }]);
    expect(report).toMatchObject({ created: 1, errors: [] });
    const short = (await rotationsOf()).find(
      (rotation: { startDate: string }) => rotation.startDate === '2019-01-01',
    );
    expect(short).toMatchObject({
      status: 'ACTIVE',
      endDate: null,
      overrideDecision: { number: '15-QĐ/TU' },
    });
    // Taken further on a later import: the lifecycle allows completing it.
    const later = await upload(writer, rotationsKind, [
      {
        ...SHORT,
        ...OVERRIDE,
        status: 'COMPLETED',
        endDate: '2020-01-01',
        outcome: 'RETURNED_TO_ORIGIN',
      },
    ]);
    expect(later.report).toMatchObject({ created: 0, updated: 1, errors: [] });
  });

  it('refuses a half-written decision naming its empty column', async () => {
    const { report } = await upload(writer, rotationsKind, [
      { ...COMPLETED, startDate: '2021-01-01', decisionDate: null },
    ]);
    expect(report.errors).toEqual([
      expect.objectContaining({ column: 'Ngày quyết định', code: 'DOCUMENT_INCOMPLETE' }),
    ]);
  });

  it('imports a plan with its subject; a plan row alone; and again as unchanged', async () => {
    // Cường has held his post since 2010: nine years on the plan's first day.
    const rows = [
      { ...PLAN, ...CADRE, cadreName: 'Trần Văn Cường', subjectCriterion: 'LONG_TENURE' },
    ];
    const { report } = await upload(writer, plansKind, rows);
    expect(report).toMatchObject({ created: 1, errors: [] });
    const { rotationPlans } = await read(
      '{ rotationPlans(first: 5) { nodes { code periodEnd targetCount subjects(first: 5) { totalCount edges { criterion node { fullName } } } } } }',
    );
    expect(rotationPlans.nodes).toEqual([
      {
        code: '67-KH/TU',
        periodEnd: '2021-12-31',
        targetCount: 5,
        subjects: {
          totalCount: 1,
          edges: [{ criterion: 'LONG_TENURE', node: { fullName: 'Trần Văn Cường' } }],
        },
      },
    ]);
    const before = await writeCounts(writer.server);
    const again = await upload(writer, plansKind, rows);
    expect(again.report).toMatchObject({ created: 0, unchanged: 1, errors: [] });
    expect(await writeCounts(writer.server)).toEqual(before);
    const alone = await upload(writer, plansKind, [{ ...PLAN, planCode: '68-KH/TU' }]);
    expect(alone.report).toMatchObject({ created: 1, errors: [] });
  });

  it('refuses a cadre who meets no criterion of the plan: NOT_A_SUBJECT', async () => {
    const before = await writeCounts(writer.server);
    // On 2/10/2017 An has held his post for 7 years and 9 months: short of the plan's 8.
    const { report } = await upload(writer, plansKind, [
      {
        ...PLAN,
        planCode: '12-KH/TU',
        issuedOn: '2017-10-02',
        periodStart: '2017-10-02',
        ...CADRE,
        cadreName: 'Nguyễn Văn An',
      },
    ]);
    expect(report.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'Họ và tên', code: 'NOT_A_SUBJECT' }),
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('exports plans and rotations in the layout they import from', async () => {
    const plans = await plansKind.exportRows(writer.server.handle.db, 'vi');
    expect(plans.map((row) => [row['planCode'], row['cadreName']])).toEqual(
      expect.arrayContaining([
        ['67-KH/TU', 'Trần Văn Cường'],
        ['68-KH/TU', null],
      ]),
    );
    const rotations = await rotationsKind.exportRows(writer.server.handle.db, 'vi');
    expect(rotations.map((row) => [row['startDate'], row['status']])).toEqual([
      ['2015-01-01', 'COMPLETED'],
      ['2019-01-01', 'COMPLETED'],
    ]);
    expect(rotations[1]).toMatchObject({ overrideNumber: '15-QĐ/TU', ...FROM_OF_SHORT });
    const { report } = await upload(writer, rotationsKind, rotations);
    expect(report).toMatchObject({ unchanged: 2, errors: [] });
    const again = await upload(writer, plansKind, plans);
    expect(again.report).toMatchObject({ unchanged: plans.length, errors: [] });
  });
});

const FROM_OF_SHORT = { fromUnit: 'Phòng Nội vụ', fromTitle: 'Trưởng phòng Nội vụ' };
