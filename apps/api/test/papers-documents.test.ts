import { eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadres, documents, evaluations, rotations } from '@luanchuyen/db';
import { RATING_LABELS } from '@luanchuyen/rules';
import { loadDemoDataset } from '../src/demo/load-demo';
import { globalIdOf } from '../src/global-ids';
import { STATS_REPORT_MAX_ROWS, statsReportOf } from '../src/papers/stats-report-data';
import { addUser, engines, graphql, login } from './harness';
import { cellText, errorOf, workbookOf } from './export-support';
import {
  expectA4,
  getPaperOnce as getPaper,
  lookAtDocx,
  lookAtPdf,
} from './papers-documents-support';
import { mutate, startWriter, type Writer } from './write-support';

// The document papers over the Lạng Sơn demo, through the real server: the statistics report
// (the article's 8/3/5/8 = 24 since 2015) as workbook and PDF, a cadre's profile (Mẫu
// 2C/TCTW-98) and a draft decision in the Party's and the State's format. PDFs are read with
// poppler (pdftotext for the Vietnamese text, pdftoppm for an A4 page image).

const LOAD_DATE = '2021-06-01';
const ARTICLE = 'from=2015-01-01&to=2019-05-25';
// Set, the PDFs' first pages are also kept there as PNG (the README's sample renders).
const SAMPLES = process.env['PAPER_SAMPLES_DIR'];

function fail(what: string): never {
  throw new Error(`missing: ${what}`);
}

function present<T>(value: T | undefined): T {
  return value === undefined ? fail('a row') : value;
}

describe.each(engines)('the document papers on $name', (engine) => {
  let writer: Writer;
  let viewerCookie: string;
  let apiKey: string;
  const paper = (path: string, headers: Record<string, string> = {}) =>
    getPaper(writer.server.baseUrl, path, { cookie: writer.cookie, ...headers });

  const cadreId = async (fullName: string) => {
    const [row] = await writer.server.handle.db
      .select({ id: cadres.id })
      .from(cadres)
      .where(eq(cadres.fullName, fullName));
    if (!row) throw new Error(`no cadre ${fullName}`);
    return globalIdOf('Cadre', row.id);
  };
  const rotationWithDecision = async (number: string) => {
    const [row] = await writer.server.handle.db
      .select({ id: rotations.id })
      .from(rotations)
      .innerJoin(documents, eq(documents.id, rotations.decisionId))
      .where(eq(documents.number, number));
    if (!row) throw new Error(`no rotation decided by ${number}`);
    return row.id;
  };

  /** A rotation under Plan 67-KH/TU, with its decision's number. */
  const planRotation = async () => {
    const [row] = await writer.server.handle.db
      .select({ id: rotations.id, number: documents.number })
      .from(rotations)
      .innerJoin(documents, eq(documents.id, rotations.decisionId))
      .where(isNotNull(rotations.planId))
      .orderBy(documents.number)
      .limit(1);
    if (!row) throw new Error('no rotation under a plan');
    return row;
  };

  beforeAll(async () => {
    writer = await startWriter(engine);
    await loadDemoDataset(writer.server.handle.db, LOAD_DATE);
    viewerCookie = await login(writer.server, 'xem', await addUser(writer.server, 'xem', 'VIEWER'));
    const { body } = await graphql(
      writer.server,
      'mutation { apiKeyCreate(input: {name: "Cổng báo cáo", role: VIEWER}) { secret } }',
      {},
      { cookie: writer.cookie },
    );
    apiKey = body.data?.['apiKeyCreate'].secret;
  });
  afterAll(() => writer?.server.stop());

  describe('the statistics report', () => {
    it('gives the article’s figures in the workbook: 8/3/5/8 = 24 since 2015, by year, and the 24 rotations behind them', async () => {
      const answer = await paper(`/export/rotation-stats.xlsx?${ARTICLE}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(answer.headers.get('content-disposition')).toBe(
        `attachment; filename="bao-cao-luan-chuyen-can-bo-2015-01-01-2019-05-25.xlsx"; filename*=UTF-8''${encodeURIComponent('Báo cáo luân chuyển cán bộ 2015-01-01 đến 2019-05-25.xlsx')}`,
      );
      const workbook = await workbookOf(answer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Theo loại',
        'Theo năm',
        'Danh sách',
      ]);
      const rows = (name: string) => {
        const sheet = workbook.getWorksheet(name);
        if (!sheet) throw new Error(name);
        const all: string[][] = [];
        sheet.eachRow((row) => {
          const cells: string[] = [];
          row.eachCell({ includeEmpty: true }, (cell) => cells.push(cellText(cell)));
          all.push(cells);
        });
        return all;
      };
      const byCategory = rows('Theo loại');
      expect(byCategory[0]?.[0]).toBe(
        'BÁO CÁO SỐ LIỆU LUÂN CHUYỂN CÁN BỘ TỪ NGÀY 01/01/2015 ĐẾN NGÀY 25/05/2019',
      );
      expect(byCategory[1]?.[0]).toBe('THÀNH ỦY LẠNG SƠN – BAN TỔ CHỨC');
      expect(byCategory.slice(-6)).toEqual([
        ['1', 'Luân chuyển về cơ sở', '8'],
        ['2', 'Luân chuyển giữa các xã, phường', '3'],
        ['3', 'Luân chuyển giữa khối Đảng và chính quyền', '5'],
        ['4', 'Luân chuyển giữa các cơ quan chính quyền', '8'],
        ['5', 'Trường hợp khác', '0'],
        ['', 'Tổng cộng', '24'],
      ]);
      const byYear = rows('Theo năm');
      const years = byYear.slice(byYear.findIndex((row) => row[1] === 'Năm bắt đầu') + 1);
      expect(years.at(-1)).toEqual(['', 'Tổng cộng', '24']);
      expect(years.slice(0, -1).reduce((sum, row) => sum + Number(row[2]), 0)).toBe(24);
      expect(years[0]?.[1]).toBe('2015');
      const list = rows('Danh sách');
      const header = list.findIndex((row) => row[0] === 'STT');
      expect(list[header]).toEqual([
        'STT',
        'Họ và tên',
        'Từ (chức vụ, đơn vị)',
        'Đến (chức vụ, đơn vị)',
        'Ngày bắt đầu',
        'Loại luân chuyển',
      ]);
      const listed = list.slice(header + 1);
      expect(listed).toHaveLength(24);
      expect(listed.map((row) => row[0])).toEqual(listed.map((_, index) => String(index + 1)));
      // Real dates, in start order.
      const dates: unknown[] = [];
      workbook.getWorksheet('Danh sách')?.eachRow((row) => {
        const value = row.getCell(5).value;
        if (value instanceof Date) dates.push(value);
      });
      expect(dates).toHaveLength(24);
      const starts = listed.map((row) => row[4]?.split('/').reverse().join('-') ?? '');
      expect(starts).toEqual([...starts].sort());
      expect((starts[0] ?? '') >= '2015-01-01').toBe(true);
      expect((starts.at(-1) ?? '') <= '2019-05-25').toBe(true);
      const counted = (label: string) => listed.filter((row) => row[5] === label).length;
      expect(counted('Luân chuyển về cơ sở')).toBe(8);
      expect(counted('Luân chuyển giữa các xã, phường')).toBe(3);
      expect(counted('Luân chuyển giữa khối Đảng và chính quyền')).toBe(5);
      expect(counted('Luân chuyển giữa các cơ quan chính quyền')).toBe(8);
    });

    it('says the same as GraphQL rotationStats for a unit and a period', async () => {
      const [row] = await writer.server.handle.db
        .select({ toPositionId: rotations.toPositionId })
        .from(rotations)
        .limit(1);
      const { body: unitBody } = await graphql(
        writer.server,
        'query($id: ID!) { node(id: $id) { ... on Position { unit { id name } } } }',
        { id: globalIdOf('Position', present(row).toPositionId) },
        { cookie: writer.cookie },
      );
      const unit = unitBody.data?.['node'].unit;
      const { body } = await graphql(
        writer.server,
        'query($u: ID!) { rotationStats(filter: {unitId: $u, startedFrom: "2015-01-01", startedTo: "2019-05-25"}) { total byCategory { count } } }',
        { u: unit.id },
        { cookie: writer.cookie },
      );
      const stats = body.data?.['rotationStats'];
      expect(stats.total).toBeGreaterThan(0);
      const answer = await paper(`/export/rotation-stats.xlsx?${ARTICLE}&unitId=${unit.id}`);
      expect(answer.status).toBe(200);
      const sheet = (await workbookOf(answer)).getWorksheet('Theo loại') ?? fail('Theo loại');
      const lines: string[] = [];
      sheet.eachRow((sheetRow) => lines.push(cellText(sheetRow.getCell(1))));
      expect(lines).toContain(`Đơn vị: ${unit.name} (các lượt luân chuyển đi hoặc đến đơn vị)`);
      const counts: number[] = [];
      sheet.eachRow((sheetRow) => {
        const value = sheetRow.getCell(3).value;
        if (typeof value === 'number') counts.push(value);
      });
      expect(counts).toEqual([
        ...stats.byCategory.map((c: { count: number }) => c.count),
        stats.total,
      ]);
    });

    it('prints the Party heading, the period, the counts and the list as an A4 PDF with its Vietnamese text', async () => {
      const answer = await paper(`/export/rotation-stats.pdf?${ARTICLE}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/pdf');
      const look = lookAtPdf(answer.body, SAMPLES && `${SAMPLES}/rotation-stats.png`);
      expectA4(look);
      for (const text of [
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'THÀNH ỦY LẠNG SƠN',
        'BAN TỔ CHỨC',
        'Số',
        '-BC/BTCTU',
        'BÁO CÁO',
        'số liệu luân chuyển cán bộ từ ngày 01/01/2015 đến ngày 25/05/2019',
        'Tổng số lượt luân chuyển: 24.',
        'Luân chuyển về cơ sở',
        'Luân chuyển giữa khối Đảng và chính quyền',
        'III. DANH SÁCH CÁC LƯỢT LUÂN CHUYỂN',
      ]) {
        expect(look.text).toContain(text);
      }
      expect(look.text).toMatch(/Luân chuyển về cơ sở\s+8/);
      expect(look.text).toMatch(/Luân chuyển giữa các xã, phường\s+3/);
      expect(look.text).toMatch(/Luân chuyển giữa khối Đảng và chính quyền\s+5/);
      expect(look.text).toMatch(/Luân chuyển giữa các cơ quan chính quyền\s+8/);
      expect(look.text).toMatch(/Tổng cộng\s+24/);
    });

    it('defaults the last day to today and lists nothing for a period without rotations', async () => {
      const answer = await paper('/export/rotation-stats.pdf?from=2000-01-01&to=2000-12-31');
      expect(answer.status).toBe(200);
      const look = lookAtPdf(answer.body);
      expect(look.text).toContain('Tổng số lượt luân chuyển: 0.');
      expect(look.text).toContain('Không có lượt luân chuyển nào trong thời kỳ này.');
      const open = await paper('/export/rotation-stats.xlsx');
      expect(open.status).toBe(200);
      const sheet = (await workbookOf(open)).getWorksheet('Theo loại') ?? fail('Theo loại');
      const title = cellText(sheet.getRow(1).getCell(1));
      expect(title).toMatch(/^BÁO CÁO SỐ LIỆU LUÂN CHUYỂN CÁN BỘ ĐẾN NGÀY \d{2}\/\d{2}\/\d{4}$/);
    });

    it('takes the period with both days included: one day either side changes the count', async () => {
      const [first] = await writer.server.handle.db
        .select({ startDate: rotations.startDate })
        .from(rotations)
        .orderBy(rotations.startDate)
        .limit(1);
      const day = present(first).startDate;
      const total = async (query: string) => {
        const sheet =
          (await workbookOf(await paper(`/export/rotation-stats.xlsx?${query}`))).getWorksheet(
            'Theo loại',
          ) ?? fail('Theo loại');
        return sheet.getRow(sheet.rowCount).getCell(3).value;
      };
      expect(await total(`from=${day}&to=${day}`)).toBeGreaterThanOrEqual(1);
      const before = new Date(`${day}T00:00:00Z`);
      before.setUTCDate(before.getUTCDate() - 1);
      const dayBefore = before.toISOString().slice(0, 10);
      expect(await total(`from=${dayBefore}&to=${dayBefore}`)).toBe(0);
    });

    it('refuses a bad period, date, status, parameter or unit with 400 (or 404 for a unit that is not there), in the caller’s language', async () => {
      const cases: [string, number, string, RegExp][] = [
        [
          'from=2019-05-26&to=2019-05-25',
          400,
          'BAD_REQUEST',
          /Ngày đầu kỳ \(from\) phải trước hoặc trùng ngày cuối kỳ \(to\): from/,
        ],
        ['from=2019-02-30', 400, 'BAD_REQUEST', /: from$/],
        ['to=25/05/2019', 400, 'BAD_REQUEST', /: to$/],
        ['from=2015-01-01&from=2016-01-01', 400, 'BAD_REQUEST', /: from$/],
        ['statuses=DONE', 400, 'BAD_REQUEST', /: statuses$/],
        ['year=2019', 400, 'BAD_REQUEST', /: year$/],
        ['unitId=not-an-id', 400, 'BAD_REQUEST', /: unitId$/],
        [
          `unitId=${globalIdOf('Cadre', '00000000-0000-4000-8000-000000000000')}`,
          400,
          'BAD_REQUEST',
          /: unitId$/,
        ],
        [
          `unitId=${globalIdOf('Unit', '00000000-0000-4000-8000-000000000000')}`,
          404,
          'NOT_FOUND',
          /^Không có bản ghi nào mang mã định danh này: unitId$/,
        ],
      ];
      for (const [query, status, code, message] of cases) {
        for (const format of ['pdf', 'xlsx']) {
          const answer = await paper(`/export/rotation-stats.${format}?${query}`);
          expect([query, answer.status]).toEqual([query, status]);
          const error = errorOf(answer);
          expect(error.code).toBe(code);
          expect(error.message).toMatch(message);
        }
      }
      const english = errorOf(
        await paper('/export/rotation-stats.pdf?from=2019-05-26&to=2019-05-25', {
          'accept-language': 'en',
        }),
      );
      expect(english.message).toBe(
        'The first day (from) must be on or before the last day (to): from',
      );
      // The first day equal to the last is a period of one day.
      expect((await paper('/export/rotation-stats.pdf?from=2019-05-25&to=2019-05-25')).status).toBe(
        200,
      );
    });

    it('prints a list up to its limit and refuses one past it, before anything is sent', async () => {
      const { db } = writer.server.handle;
      const query = { from: '2015-01-01', to: '2019-05-25', unitId: null, statuses: null };
      expect((await statsReportOf(db, query, LOAD_DATE, 24)).rows).toHaveLength(24);
      await expect(statsReportOf(db, query, LOAD_DATE, 23)).rejects.toMatchObject({
        status: 422,
        code: 'TOO_MANY_ROWS',
        parameter: '23',
      });
      expect(STATS_REPORT_MAX_ROWS).toEqual({ pdf: 1_000, xlsx: 10_000 });
    });

    it('counts the statuses asked for, as rotationStats does', async () => {
      const { body } = await graphql(
        writer.server,
        '{ rotationStats(filter: {statuses: [COMPLETED]}) { total } }',
        {},
        { cookie: writer.cookie },
      );
      const sheet =
        (
          await workbookOf(await paper('/export/rotation-stats.xlsx?statuses=COMPLETED'))
        ).getWorksheet('Theo loại') ?? fail('Theo loại');
      expect(sheet.getRow(sheet.rowCount).getCell(3).value).toBe(
        body.data?.['rotationStats'].total,
      );
    });
  });

  describe('the profile', () => {
    it('lays out a cadre’s curriculum vitae (Mẫu 2C/TCTW-98) on A4 with career, rotations and evaluations', async () => {
      const id = await cadreId('Đinh Bằng Sơn');
      const { body } = await graphql(
        writer.server,
        'query($id: ID!) { node(id: $id) { ... on Cadre { assignments { position { title unit { name } } } rotations(first: 10) { nodes { toPosition { title } } } evaluations { year } } } }',
        { id },
        { cookie: writer.cookie },
      );
      const cadre = body.data?.['node'];
      expect(cadre.assignments.length).toBeGreaterThan(0);
      const answer = await paper(`/export/cadres/${id}/profile.pdf`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/pdf');
      expect(answer.headers.get('content-disposition')).toBe(
        `attachment; filename="ly-lich-Dinh-Bang-Son.pdf"; filename*=UTF-8''${encodeURIComponent('Lý lịch Đinh Bằng Sơn.pdf')}`,
      );
      const look = lookAtPdf(answer.body);
      expectA4(look);
      for (const text of [
        'Mẫu 2C/TCTW-98',
        'SƠ YẾU LÝ LỊCH CÁN BỘ',
        'Họ và tên khai sinh: ĐINH BẰNG SƠN',
        'TÓM TẮT QUÁ TRÌNH CÔNG TÁC',
        'QUÁ TRÌNH LUÂN CHUYỂN',
        'NHẬN XÉT, ĐÁNH GIÁ',
      ]) {
        expect(look.text).toContain(text);
      }
      // pdftotext may wrap a long cell: compare without line breaks.
      const flat = look.text.replace(/\s+/g, ' ');
      // The header cell wraps; pdftotext's layout interleaves it with its neighbour.
      expect(flat).toContain('Từ tháng, năm đến');
      for (const held of cadre.assignments) expect(flat).toContain(held.position.title);
      for (const rotation of cadre.rotations.nodes)
        expect(flat).toContain(rotation.toPosition.title);
      for (const evaluation of cadre.evaluations) expect(flat).toContain(String(evaluation.year));

      // A cadre with evaluations: each year with its rating's name.
      const [evaluated] = await writer.server.handle.db
        .select({ id: cadres.id, year: evaluations.year, rating: evaluations.rating })
        .from(evaluations)
        .innerJoin(cadres, eq(cadres.id, evaluations.cadreId))
        .orderBy(cadres.nameSortKey, evaluations.year)
        .limit(1);
      const rated = lookAtPdf(
        (await paper(`/export/cadres/${globalIdOf('Cadre', present(evaluated).id)}/profile.pdf`))
          .body,
        SAMPLES && `${SAMPLES}/profile.png`,
      ).text.replace(/\s+/g, ' ');
      expect(rated).toContain(
        `${present(evaluated).year} ${RATING_LABELS[present(evaluated).rating].vi}`,
      );
    });

    it('still renders for a cadre with no career, no rotation and no evaluation', async () => {
      const created = await mutate(
        writer,
        'mutation($input: CadreCreateInput!) { cadreCreate(input: $input) { cadre { id } userErrors { code } } }',
        { input: { fullName: 'Lường Thị Ánh' } },
      );
      expect(created.userErrors).toEqual([]);
      const answer = await paper(`/export/cadres/${created.cadre.id}/profile.pdf`);
      expect(answer.status).toBe(200);
      const look = lookAtPdf(answer.body);
      expectA4(look);
      expect(look.text).toContain('LƯỜNG THỊ ÁNH');
      expect(look.text).toContain('Chưa có quá trình công tác trong cơ sở dữ liệu.');
      expect(look.text).toContain('Chưa được luân chuyển.');
      expect(look.text).toContain('Chưa có kết quả đánh giá, xếp loại trong cơ sở dữ liệu.');
    });

    it('answers 404 for an id that names no cadre, or not a cadre’s id', async () => {
      for (const id of [
        globalIdOf('Cadre', '00000000-0000-4000-8000-000000000000'),
        globalIdOf('Rotation', await rotationWithDecision('101-QĐ/TU')),
        'rác',
      ]) {
        const answer = await paper(`/export/cadres/${encodeURIComponent(id)}/profile.pdf`);
        expect(answer.status).toBe(404);
        expect(errorOf(answer).code).toBe('NOT_FOUND');
      }
      expect(
        errorOf(await paper(`/export/cadres/${await cadreId('Đinh Bằng Sơn')}/profile.pdf?x=1`))
          .code,
      ).toBe('BAD_REQUEST');
    });
  });

  describe('the draft decision', () => {
    it('drafts a Party decision (Hướng dẫn 36-HD/VPTW) for a …-QĐ/TU rotation as Word, Tinos embedded', async () => {
      const planned = await planRotation();
      const id = globalIdOf('Rotation', planned.id);
      const answer = await paper(`/export/rotations/${id}/decision.docx`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(answer.headers.get('content-disposition')).toMatch(
        /^attachment; filename="du-thao-quyet-dinh-\d+-QD-TU-[A-Za-z-]+\.docx"; filename\*=UTF-8''/,
      );
      const docx = await lookAtDocx(answer.body);
      const lines = docx.text.split('\n');
      for (const line of [
        'DỰ THẢO',
        'THÀNH ỦY LẠNG SƠN',
        '*',
        `Số ${planned.number}`,
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'QUYẾT ĐỊNH',
        'BAN THƯỜNG VỤ THÀNH ỦY LẠNG SƠN',
        '- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
        '- Xét đề nghị của Ban Tổ chức Thành ủy,',
        'Nơi nhận:',
        'T/M BAN THƯỜNG VỤ',
        'BÍ THƯ',
      ]) {
        expect(lines).toContain(line);
      }
      expect(
        lines.some((line) => /^Lạng Sơn, ngày \d{2} tháng \d{1,2} năm \d{4}$/.test(line)),
      ).toBe(true);
      expect(lines.some((line) => line.startsWith('Điều 1. Luân chuyển đồng chí '))).toBe(true);
      expect(docx.text).toContain(
        '- Căn cứ Kế hoạch luân chuyển, đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý thuộc diện Ban Thường vụ Thành ủy quản lý đến năm 2020 (số 67-KH/TU, ngày 02/10/2017);',
      );
      expect(docx.text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      // Tinos at 14 pt (28 half-points), and the font embedded.
      expect(docx.documentXml).toContain('w:ascii="Tinos"');
      expect(docx.documentXml).toContain('<w:sz w:val="28"/>');
      expect(docx.files.some((file) => file.startsWith('word/fonts/'))).toBe(true);
    });

    it('prints the same Party draft as an A4 PDF', async () => {
      const id = globalIdOf('Rotation', await rotationWithDecision('101-QĐ/TU'));
      const answer = await paper(`/export/rotations/${id}/decision.pdf`);
      expect(answer.status).toBe(200);
      const look = lookAtPdf(answer.body, SAMPLES && `${SAMPLES}/decision.png`);
      expectA4(look);
      for (const text of [
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Số 101-QĐ/TU',
        'QUYẾT ĐỊNH',
        'Điều 1.',
        'Điều 3.',
        'T/M BAN THƯỜNG VỤ',
      ]) {
        expect(look.text).toContain(text);
      }
    });

    it('drafts the State format (Decree 30/2020/NĐ-CP) for a …/QĐ-UBND decision, and the Party format with blanks for a proposal', async () => {
      const { db } = writer.server.handle;
      const stateRotation = await rotationWithDecision('102-QĐ/TU');
      const proposal = await rotationWithDecision('103-QĐ/TU');
      const [document] = await db
        .insert(documents)
        .values({
          number: '671/QĐ-UBND',
          kind: 'DECISION',
          issuedOn: '2018-05-15',
          issuer: 'Ủy ban nhân dân thành phố Lạng Sơn',
          title: 'Quyết định về việc luân chuyển cán bộ',
        })
        .returning({ id: documents.id });
      await db
        .update(rotations)
        .set({ decisionId: present(document).id })
        .where(eq(rotations.id, stateRotation));
      await db.update(rotations).set({ decisionId: null }).where(eq(rotations.id, proposal));

      const state = await lookAtDocx(
        (await paper(`/export/rotations/${globalIdOf('Rotation', stateRotation)}/decision.docx`))
          .body,
      );
      const stateLines = state.text.split('\n');
      for (const line of [
        'ỦY BAN NHÂN DÂN',
        'THÀNH PHỐ LẠNG SƠN',
        'Số: 671/QĐ-UBND',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Lạng Sơn, ngày 15 tháng 5 năm 2018',
        'QUYẾT ĐỊNH',
        'Về việc luân chuyển cán bộ',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ LẠNG SƠN',
        'Căn cứ Luật Tổ chức chính quyền địa phương;',
        'QUYẾT ĐỊNH:',
        'Nơi nhận:',
        '- Lưu: VT.',
        'CHỦ TỊCH',
      ]) {
        expect(stateLines).toContain(line);
      }
      expect(state.text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      const statePdf = lookAtPdf(
        (await paper(`/export/rotations/${globalIdOf('Rotation', stateRotation)}/decision.pdf`))
          .body,
      );
      expect(statePdf.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(statePdf.text).toContain('Số: 671/QĐ-UBND');

      const blank = await lookAtDocx(
        (await paper(`/export/rotations/${globalIdOf('Rotation', proposal)}/decision.docx`)).body,
      );
      const blankLines = blank.text.split('\n');
      expect(blankLines).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(blankLines).toContain('THÀNH ỦY LẠNG SƠN');
      expect(blankLines).toContain('Số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-QĐ/TU');
      expect(
        blankLines.some((line) => /^Lạng Sơn, ngày\u00a0+tháng\u00a0+năm 20\u00a0+$/.test(line)),
      ).toBe(true);
      expect(blank.text).toContain('về việc luân chuyển cán bộ');
    });

    it('answers 404 for an id that names no rotation, or not a rotation’s id', async () => {
      for (const id of [
        globalIdOf('Rotation', '00000000-0000-4000-8000-000000000000'),
        await cadreId('Đinh Bằng Sơn'),
      ]) {
        for (const format of ['docx', 'pdf']) {
          const answer = await paper(`/export/rotations/${id}/decision.${format}`);
          expect(answer.status).toBe(404);
          expect(errorOf(answer).code).toBe('NOT_FOUND');
        }
      }
      // Another format is no paper: the app's 404 for unknown paths.
      const id = globalIdOf('Rotation', await rotationWithDecision('101-QĐ/TU'));
      expect(errorOf(await paper(`/export/rotations/${id}/decision.odt`)).code).toBe('NOT_FOUND');
    });
  });

  describe('who may have them', () => {
    it('refuses anonymous callers (401) and gives the papers to a VIEWER and an API key', async () => {
      const id = globalIdOf('Rotation', await rotationWithDecision('101-QĐ/TU'));
      const cadre = await cadreId('Đinh Bằng Sơn');
      const paths = [
        `/export/rotation-stats.pdf?${ARTICLE}`,
        `/export/rotation-stats.xlsx?${ARTICLE}`,
        `/export/cadres/${cadre}/profile.pdf`,
        `/export/rotations/${id}/decision.docx`,
        `/export/rotations/${id}/decision.pdf`,
      ];
      for (const path of paths) {
        const anonymous = await getPaper(writer.server.baseUrl, path);
        expect(anonymous.status).toBe(401);
        expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
        // Not even a bad parameter is told to an anonymous caller.
        expect(
          (await getPaper(writer.server.baseUrl, `${path}${path.includes('?') ? '&' : '?'}x=1`))
            .status,
        ).toBe(401);
        expect((await getPaper(writer.server.baseUrl, path, { cookie: viewerCookie })).status).toBe(
          200,
        );
        expect(
          (await getPaper(writer.server.baseUrl, path, { authorization: `Bearer ${apiKey}` }))
            .status,
        ).toBe(200);
      }
    });
  });
});
