import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoDataset } from '../src/demo/load-demo';
import { globalIdOf } from '../src/global-ids';
import { engines, graphql } from './harness';
import {
  cellText,
  csvOf,
  dayBefore,
  errorOf,
  getPaper,
  serverWithLimit,
  viDay,
  sheetOf,
} from './export-support';
import { countStatements } from './read-harness';
import { startWriter, type Writer } from './write-support';

// GET /export/rotations.xlsx and .csv over the Lạng Sơn demo: the file holds what GraphQL
// `rotations` answers for the same filter, row for row, with real dates in the workbook.

const LOAD_DATE = '2021-06-01';

const ROTATIONS = `query ($filter: RotationFilter) {
  rotations(first: 100, filter: $filter) {
    totalCount
    nodes {
      cadre { fullName }
      fromPosition { title unit { name } }
      toPosition { title unit { name } }
      startDate plannedEndDate endDate status outcome
      decision { number issuedOn }
      plan { id code }
    }
  }
}`;

type Node = {
  cadre: { fullName: string };
  fromPosition: { title: string; unit: { name: string } };
  toPosition: { title: string; unit: { name: string } };
  startDate: string;
  plannedEndDate: string;
  endDate: string | null;
  status: string;
  outcome: string | null;
  decision: { number: string; issuedOn: string } | null;
  plan: { id: string; code: string } | null;
};

describe.each(engines)('the rotation history paper on $name', (engine) => {
  let writer: Writer;
  let nodes: Node[];
  const paper = (path: string, headers: Record<string, string> = {}) =>
    getPaper(writer.server.baseUrl, path, { cookie: writer.cookie, ...headers });
  const rotations = async (filter: Record<string, unknown> = {}): Promise<Node[]> => {
    const { body } = await graphql(writer.server, ROTATIONS, { filter }, { cookie: writer.cookie });
    expect(body.errors).toBeUndefined();
    return body.data?.['rotations'].nodes;
  };

  beforeAll(async () => {
    writer = await startWriter(engine);
    await loadDemoDataset(writer.server.handle.db, LOAD_DATE);
    nodes = await rotations();
    expect(nodes).toHaveLength(24);
  });
  afterAll(() => writer?.server.stop());

  it('sends every rotation as a workbook with a heading, a frozen header and real dates', async () => {
    const answer = await paper('/export/rotations.xlsx');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const disposition = answer.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(
      /^attachment; filename="lich-su-luan-chuyen-\d{4}-\d{2}-\d{2}\.xlsx"; /,
    );
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1] ?? '')).toMatch(
      /^Lịch sử luân chuyển \d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const sheet = await sheetOf(answer, 'Lịch sử luân chuyển');
    expect(cellText(sheet.getCell('A1'))).toBe('DANH SÁCH CÁN BỘ LUÂN CHUYỂN');
    expect(cellText(sheet.getCell('A2'))).toBe('Tất cả các đợt luân chuyển');
    expect(cellText(sheet.getCell('A3'))).toBe('Số đợt luân chuyển: 24');
    expect(cellText(sheet.getCell('A4'))).toMatch(/^Ngày lập: \d{2}\/\d{2}\/\d{4}$/);
    const header = sheet.getRow(6);
    expect(header.getCell(1).value).toBe('STT');
    expect(header.getCell(2).value).toBe('Họ và tên');
    expect(header.getCell(9).value).toBe('Ngày kết thúc dự kiến');
    expect(header.getCell(15).value).toBe('Kế hoạch');
    expect(header.font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(sheet.getColumn(2).width).toBe(24);
    expect(sheet.rowCount).toBe(6 + 24);
    nodes.forEach((node, index) => {
      const row = sheet.getRow(7 + index);
      expect(row.getCell(1).value).toBe(index + 1);
      expect(row.getCell(2).value).toBe(node.cadre.fullName);
      expect(row.getCell(3).value).toBe(node.fromPosition.title);
      expect(row.getCell(4).value).toBe(node.fromPosition.unit.name);
      expect(row.getCell(5).value).toBe(node.toPosition.title);
      expect(row.getCell(6).value).toBe(node.toPosition.unit.name);
      // A real date, shown the Vietnamese way.
      expect(row.getCell(8).value).toBeInstanceOf(Date);
      expect(row.getCell(8).numFmt).toBe('dd/mm/yyyy');
      expect(cellText(row.getCell(8))).toBe(viDay(node.startDate));
      expect(cellText(row.getCell(9))).toBe(viDay(dayBefore(node.plannedEndDate)));
      expect(cellText(row.getCell(10))).toBe(node.endDate ? viDay(dayBefore(node.endDate)) : '');
      expect(cellText(row.getCell(13))).toBe(node.decision?.number ?? '');
      expect(cellText(row.getCell(14))).toBe(viDay(node.decision?.issuedOn ?? null));
      expect(cellText(row.getCell(15))).toBe(node.plan?.code ?? '');
    });
    const son = nodes.findIndex((node) => node.cadre.fullName === 'Đinh Bằng Sơn');
    expect(son).toBeGreaterThanOrEqual(0);
    const completed = sheet.getRow(7 + son);
    expect(completed.getCell(11).value).toBe('Đã kết thúc');
    expect(cellText(completed.getCell(7))).toMatch(/^Luân chuyển/);
  });

  it('sends the filtered history as CSV with a byte-order mark, the same rows as the API', async () => {
    const plan = nodes.find((node) => node.plan)?.plan;
    expect(plan).toBeDefined();
    if (!plan) return;
    const filter = { planId: plan.id, statuses: ['COMPLETED', 'ACTIVE'] };
    const expected = await rotations(filter);
    expect(expected.length).toBeGreaterThan(0);
    const query = `planId=${encodeURIComponent(plan.id)}&statuses=COMPLETED&statuses=ACTIVE`;
    const answer = await paper(`/export/rotations.csv?${query}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toMatch(
      /^attachment; filename="lich-su-luan-chuyen-[\d-]+\.csv"; filename\*=UTF-8''/,
    );
    const [header, ...records] = csvOf(answer);
    expect(header?.[0]).toBe('STT');
    expect(header?.[7]).toBe('Ngày bắt đầu');
    expect(records).toHaveLength(expected.length);
    records.forEach((record, index) => {
      const node = expected[index];
      expect(record[0]).toBe(String(index + 1));
      expect(record[1]).toBe(node?.cadre.fullName);
      expect(record[7]).toBe(viDay(node?.startDate ?? null));
      expect(record[14]).toBe(plan.code);
    });
    // The admin writes lists with commas: the same file.
    const commas = await paper(
      `/export/rotations.csv?planId=${encodeURIComponent(plan.id)}&statuses=ACTIVE,COMPLETED`,
    );
    expect(csvOf(commas)).toEqual([header, ...records]);
  });

  it('states the filter in words in the heading', async () => {
    const unit = await graphql(
      writer.server,
      '{ units(first: 100) { nodes { id name } } }',
      {},
      { cookie: writer.cookie },
    );
    const board = unit.body.data?.['units'].nodes.find(
      (node: { name: string }) => node.name === 'Ban Tổ chức Thành ủy',
    );
    const answer = await paper(
      `/export/rotations.xlsx?unitId=${encodeURIComponent(board.id)}&categories=DOWN_TO_GRASSROOTS&startedFrom=2016-01-01&startedTo=2018-12-31`,
    );
    expect(answer.status).toBe(200);
    const sheet = await sheetOf(answer);
    expect(cellText(sheet.getCell('A2'))).toBe(
      'Đơn vị (nơi đi hoặc nơi đến): Ban Tổ chức Thành ủy; Loại: Luân chuyển về cơ sở; Bắt đầu từ 01/01/2016 đến 31/12/2018',
    );
  });

  it("follows a unit's lineage when asked, as the API does", async () => {
    const { body } = await graphql(
      writer.server,
      '{ units(first: 100) { nodes { id name } } }',
      {},
      { cookie: writer.cookie },
    );
    const ward = body.data?.['units'].nodes.find(
      (node: { name: string }) => node.name === 'Đảng ủy phường Vĩnh Trại',
    );
    const expected = await rotations({ unitId: ward.id, includeLineage: true });
    expect(expected.length).toBeGreaterThan(0);
    const answer = await paper(
      `/export/rotations.csv?unitId=${encodeURIComponent(ward.id)}&includeLineage=true`,
    );
    expect(answer.status).toBe(200);
    const [, ...records] = csvOf(answer);
    expect(records.map((record) => record[1])).toEqual(expected.map((node) => node.cadre.fullName));
    const sheet = await sheetOf(
      await paper(
        `/export/rotations.xlsx?unitId=${encodeURIComponent(ward.id)}&includeLineage=true`,
      ),
    );
    expect(cellText(sheet.getCell('A2'))).toBe(
      'Đơn vị (nơi đi hoặc nơi đến): Đảng ủy phường Vĩnh Trại, gồm cả các đơn vị đã hợp nhất vào',
    );
  });

  it('speaks English to a caller who asks for it', async () => {
    const answer = await paper('/export/rotations.xlsx?statuses=CANCELLED', {
      'accept-language': 'en',
    });
    const sheet = await sheetOf(answer, 'Rotation history');
    expect(cellText(sheet.getCell('A1'))).toBe('ROTATION HISTORY');
    expect(cellText(sheet.getCell('A2'))).toBe('Status: Cancelled');
    expect(sheet.getRow(6).getCell(2).value).toBe('Full name');
  });

  it('reads a rotation list in a fixed number of statements, whatever its length', async () => {
    const counter = countStatements(writer.server.handle);
    const statements = async (query: string) => {
      counter.reset();
      expect((await paper(`/export/rotations.csv?${query}`)).status).toBe(200);
      return counter.count;
    };
    // The latest rotations (latest first) against all 24 of them: the same statements.
    const latest = nodes.filter((node) => node.startDate === nodes[0]?.startDate);
    expect(latest.length).toBeLessThan(nodes.length);
    const few = await statements(`startedFrom=${nodes[0]?.startDate}`);
    const all = await statements('startedFrom=2000-01-01');
    expect(all).toBe(few);
  });

  it('refuses a filter over the row limit, and sends one at the limit', async () => {
    const atLimit = await serverWithLimit(writer.server, 24);
    const belowLimit = await serverWithLimit(writer.server, 23);
    try {
      const at = await getPaper(atLimit.baseUrl, '/export/rotations.xlsx', {
        cookie: writer.cookie,
      });
      expect(at.status).toBe(200);
      const over = await getPaper(belowLimit.baseUrl, '/export/rotations.xlsx', {
        cookie: writer.cookie,
      });
      expect(over.status).toBe(422);
      expect(errorOf(over)).toEqual({
        code: 'TOO_MANY_ROWS',
        message: 'Danh sách quá dài để xuất một lần, hãy thu hẹp bộ lọc; số dòng tối đa: 23 (24)',
      });
      // A filter that selects fewer rows still goes through the tighter limit.
      const narrowed = await getPaper(
        belowLimit.baseUrl,
        '/export/rotations.csv?statuses=COMPLETED',
        {
          cookie: writer.cookie,
        },
      );
      expect(narrowed.status).toBe(200);
    } finally {
      await atLimit.close();
      await belowLimit.close();
    }
  });

  it.each([
    ['a parameter it does not take', 'colour=red', 400, 'colour'],
    ['an impossible day', 'startedFrom=2019-02-30', 400, 'startedFrom'],
    ['a day written the other way', 'activeAt=30/06/2019', 400, 'activeAt'],
    ['a status that does not exist', 'statuses=ACTIVE,FINISHED', 400, 'statuses'],
    ['a category that does not exist', 'categories=SIDEWAYS', 400, 'categories'],
    ['an overdue that is not true or false', 'overdue=yes', 400, 'overdue'],
    ['a lineage without its unit', 'includeLineage=true', 400, 'includeLineage'],
    ['a plan given twice', 'planId=a&planId=b', 400, 'planId'],
    [
      'an id of another type',
      `unitId=${globalIdOf('Cadre', '00000000-0000-4000-8000-000000000000')}`,
      400,
      'unitId',
    ],
    ['not an id at all', 'cadreId=%27%3B%20DROP%20TABLE%20rotations', 400, 'cadreId'],
    [
      'a unit that does not exist',
      `fromUnitId=${globalIdOf('Unit', '00000000-0000-4000-8000-000000000000')}`,
      404,
      'fromUnitId',
    ],
  ])('refuses %s with a clear JSON answer', async (_case, query, status, name) => {
    const answer = await paper(`/export/rotations.csv?${query}`);
    expect(answer.status).toBe(status);
    const error = errorOf(answer);
    expect(error.code).toBe(status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST');
    expect(error.message).toMatch(new RegExp(`: ${name}$`));
    // In the caller's language.
    const english = errorOf(
      await paper(`/export/rotations.csv?${query}`, { 'accept-language': 'en' }),
    );
    expect(english.message).not.toBe(error.message);
    expect(english.message).toMatch(new RegExp(`: ${name}$`));
  });

  it('answers 404 JSON for a paper it does not make', async () => {
    for (const path of ['/export/rotations.pdf', '/export/nothing.xlsx', '/export/rotations']) {
      const answer = await paper(path);
      expect(answer.status).toBe(404);
      expect(errorOf(answer).code).toBe('NOT_FOUND');
    }
  });
});
