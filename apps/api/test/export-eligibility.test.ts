import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoDataset } from '../src/demo/load-demo';
import { globalIdOf } from '../src/global-ids';
import { engines, graphql } from './harness';
import { cellText, csvOf, errorOf, getPaper, serverWithLimit, sheetOf } from './export-support';
import { startWriter, type Writer } from './write-support';

// GET /export/eligibility.xlsx and .csv over the Lạng Sơn demo: one row per cadre that
// GraphQL `eligibleCadres` answers for the date and criteria, in its order, with the post the
// cadre mainly holds that day and the rule's reasons.

const LOAD_DATE = '2021-06-01';
const AS_OF = '2019-05-25';

const ELIGIBLE = `query ($asOf: Date!, $planId: ID, $after: String) {
  eligibleCadres(asOf: $asOf, planId: $planId, first: 25, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node { fullName birthYear birthDate postsOn(asOf: $asOf) { position { title unit { name } } } }
      eligibility { reasons { code message } blockers { code message } }
    }
  }
}`;

type Edge = {
  node: {
    fullName: string;
    birthYear: number | null;
    birthDate: string | null;
    postsOn: { position: { title: string; unit: { name: string } } }[];
  };
  eligibility: { reasons: { code: string; message: string }[]; blockers: unknown[] };
};

describe.each(engines)('the eligibility list paper on $name', (engine) => {
  let writer: Writer;
  let edges: Edge[];
  const paper = (path: string, headers: Record<string, string> = {}) =>
    getPaper(writer.server.baseUrl, path, { cookie: writer.cookie, ...headers });
  const eligible = async (planId: string | null = null): Promise<Edge[]> => {
    const all: Edge[] = [];
    for (let after: string | null = null; ;) {
      const { body } = await graphql(
        writer.server,
        ELIGIBLE,
        { asOf: AS_OF, planId, after },
        { cookie: writer.cookie },
      );
      expect(body.errors).toBeUndefined();
      const page = body.data?.['eligibleCadres'];
      all.push(...page.edges);
      if (!page.pageInfo.hasNextPage) return all;
      after = page.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    writer = await startWriter(engine);
    await loadDemoDataset(writer.server.handle.db, LOAD_DATE);
    edges = await eligible();
    expect(edges.length).toBeGreaterThan(10);
  });
  afterAll(() => writer?.server.stop());

  it('sends one row per subject with post, unit and reasons, in a named sheet', async () => {
    const answer = await paper(`/export/eligibility.xlsx?asOf=${AS_OF}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toMatch(
      /^attachment; filename="doi-tuong-luan-chuyen-2019-05-25\.xlsx"; filename\*=UTF-8''%C4%90%E1%BB%91i%20t%C6%B0%E1%BB%A3ng/,
    );
    const sheet = await sheetOf(answer, 'Đối tượng luân chuyển');
    expect(cellText(sheet.getCell('A1'))).toBe('DANH SÁCH CÁN BỘ THUỘC DIỆN LUÂN CHUYỂN');
    expect(cellText(sheet.getCell('A2'))).toMatch(/^Tiêu chí: Tiêu chí mặc định \(.*67-KH\/TU/);
    expect(cellText(sheet.getCell('A3'))).toBe('Tại ngày: 25/05/2019');
    expect(cellText(sheet.getCell('A4'))).toBe(`Số cán bộ: ${edges.length}`);
    expect(cellText(sheet.getCell('A5'))).toMatch(/^Ngày lập: \d{2}\/\d{2}\/\d{4}$/);
    const headerRow = 7;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    expect(sheet.getRow(headerRow).values).toEqual([
      undefined,
      'STT',
      'Họ và tên',
      'Năm sinh',
      'Chức vụ',
      'Đơn vị',
      'Lý do thuộc diện luân chuyển',
      'Vướng mắc',
    ]);
    expect(sheet.rowCount).toBe(headerRow + edges.length);
    edges.forEach((edge, index) => {
      const row = sheet.getRow(headerRow + 1 + index);
      expect(row.getCell(1).value).toBe(index + 1);
      expect(row.getCell(2).value).toBe(edge.node.fullName);
      const born = edge.node.birthYear ?? Number(edge.node.birthDate?.slice(0, 4));
      expect(row.getCell(3).value).toBe(born);
      const main = edge.node.postsOn[0]?.position;
      expect(cellText(row.getCell(4))).toBe(main?.title ?? '');
      expect(cellText(row.getCell(5))).toBe(main?.unit.name ?? '');
      const reasons = cellText(row.getCell(6)).split('\n');
      expect(reasons).toHaveLength(edge.eligibility.reasons.length);
      edge.eligibility.reasons.forEach((reason, at) => {
        expect(reasons[at]).toContain(reason.message);
      });
      // A subject has no blocker, by the rule's definition.
      expect(cellText(row.getCell(7))).toBe('');
    });
    // The reasons carry their dates, dd/mm/yyyy.
    const tenure = sheet
      .getColumn(6)
      .values.filter((value): value is string => typeof value === 'string')
      .find((text) => text.startsWith('Giữ chức vụ lâu năm'));
    expect(tenure).toMatch(/từ \d{2}\/\d{2}\/\d{4}/);
  });

  it('judges by a plan and says so in the heading; CSV holds the same rows', async () => {
    const { body } = await graphql(
      writer.server,
      '{ rotationPlans(first: 10) { nodes { id code title } } }',
      {},
      { cookie: writer.cookie },
    );
    const plan = body.data?.['rotationPlans'].nodes[0];
    const expected = await eligible(plan.id);
    const query = `asOf=${AS_OF}&planId=${encodeURIComponent(plan.id)}`;
    const sheet = await sheetOf(await paper(`/export/eligibility.xlsx?${query}`));
    expect(cellText(sheet.getCell('A2'))).toBe(`Kế hoạch: ${plan.code} – ${plan.title}`);
    const answer = await paper(`/export/eligibility.csv?${query}`);
    expect(answer.status).toBe(200);
    const [header, ...records] = csvOf(answer);
    expect(header).toEqual([
      'STT',
      'Họ và tên',
      'Năm sinh',
      'Chức vụ',
      'Đơn vị',
      'Lý do thuộc diện luân chuyển',
      'Vướng mắc',
    ]);
    expect(records.map((record) => record[1])).toEqual(expected.map((edge) => edge.node.fullName));
  });

  it('refuses a list over the row limit, and sends one at the limit', async () => {
    const atLimit = await serverWithLimit(writer.server, edges.length);
    const belowLimit = await serverWithLimit(writer.server, edges.length - 1);
    try {
      const path = `/export/eligibility.csv?asOf=${AS_OF}`;
      const at = await getPaper(atLimit.baseUrl, path, { cookie: writer.cookie });
      expect(at.status).toBe(200);
      expect(csvOf(at)).toHaveLength(1 + edges.length);
      const over = await getPaper(belowLimit.baseUrl, path, { cookie: writer.cookie });
      expect(over.status).toBe(422);
      expect(errorOf(over)).toEqual({
        code: 'TOO_MANY_ROWS',
        message: `Danh sách quá dài để xuất một lần, hãy thu hẹp bộ lọc; số dòng tối đa: ${edges.length - 1}`,
      });
    } finally {
      await atLimit.close();
      await belowLimit.close();
    }
  });

  it.each([
    ['no reference date', '', 400, 'asOf'],
    ['an impossible reference date', 'asOf=2019-02-30', 400, 'asOf'],
    ['a parameter it does not take', `asOf=${AS_OF}&unitId=x`, 400, 'unitId'],
    [
      'a plan id of another type',
      `asOf=${AS_OF}&planId=${globalIdOf('Unit', '00000000-0000-4000-8000-000000000000')}`,
      400,
      'planId',
    ],
    [
      'a plan that does not exist',
      `asOf=${AS_OF}&planId=${globalIdOf('RotationPlan', '00000000-0000-4000-8000-000000000000')}`,
      404,
      'planId',
    ],
  ])('refuses %s with a clear JSON answer', async (_case, query, status, name) => {
    const answer = await paper(`/export/eligibility.xlsx?${query}`);
    expect(answer.status).toBe(status);
    expect(errorOf(answer).message).toContain(name);
    const english = errorOf(
      await paper(`/export/eligibility.xlsx?${query}`, { 'accept-language': 'en' }),
    );
    expect(english.message).toContain(name);
    expect(english.message).not.toBe(errorOf(answer).message);
  });
});
