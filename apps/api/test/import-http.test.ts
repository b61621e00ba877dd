import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/api-keys';
import { addUser, engines, login, startTestServer, type TestServer } from './harness';
import { download, upload, writtenCounts } from './import-support';

// POST /import/{kind} and its files through the real server: who may import, the refusals
// before anything is read, the preview that writes nothing, the all-or-nothing import, the
// template a Board fills in, and the second import of one file that changes nothing.

const MAX_BYTES = 256 * 1024;

describe.each(engines)('the import endpoint on $name', (engine) => {
  let server: TestServer;
  let organizer: string;
  let viewer: string;
  beforeAll(async () => {
    server = await startTestServer(engine, { IMPORT_MAX_BYTES: String(MAX_BYTES) });
    organizer = await login(server, 'to-chuc', await addUser(server, 'to-chuc', 'ORGANIZER'));
    viewer = await login(server, 'xem', await addUser(server, 'xem', 'VIEWER'));
  });
  afterAll(() => server?.stop());

  const csv = (text: string) => new TextEncoder().encode(`\uFEFF${text}`);
  const TWO_CADRES = csv(
    'Mã cán bộ,Họ và tên,Giới tính,Ngày sinh\r\nCB-1,Nguyễn Văn An,Nam,15/03/1975\r\nCB-2,Lê Thị Hà,Nữ,01/02/1980\r\n',
  );

  it('lets only signed-in ORGANIZER and ADMIN users import, never an API key', async () => {
    const { secret } = await createApiKey(
      server.handle.db,
      { name: 'Khóa quản trị', role: 'ADMIN' },
      null,
    );
    const before = await writtenCounts(server);
    const anonymous = await upload(server, '/import/cadres?dryRun=true', TWO_CADRES);
    expect(anonymous).toEqual({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED', message: 'Chưa đăng nhập' } },
    });
    const asViewer = await upload(server, '/import/cadres?dryRun=true', TWO_CADRES, {
      cookie: viewer,
    });
    expect(asViewer.status).toBe(403);
    expect(asViewer.body.error.code).toBe('FORBIDDEN');
    const asKey = await upload(server, '/import/cadres?dryRun=true', TWO_CADRES, {
      authorization: `Bearer ${secret}`,
    });
    expect(asKey.status).toBe(403);
    expect(asKey.body.error).toEqual({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/^Khóa API chỉ được đọc/),
    });
    const asKeyInEnglish = await upload(server, '/import/cadres?dryRun=true', TWO_CADRES, {
      authorization: `Bearer ${secret}`,
      'accept-language': 'en',
    });
    expect(asKeyInEnglish.body.error.message).toMatch(/^API keys are read-only/);
    const asOrganizer = await upload(server, '/import/cadres?dryRun=true', TWO_CADRES, {
      cookie: organizer,
    });
    expect(asOrganizer.status).toBe(200);
    expect(await writtenCounts(server)).toEqual(before);
  });

  it('refuses a cookie-signed POST without X-Requested-With (a cross-site form)', async () => {
    const form = new FormData();
    form.append('file', new Blob([TWO_CADRES]), 'a.csv');
    const response = await fetch(`${server.baseUrl}/import/cadres`, {
      method: 'POST',
      headers: { cookie: organizer },
      body: form,
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'CSRF_HEADER_REQUIRED',
    );
  });

  it('answers 404 JSON for an unknown kind, 400 without a file, 413 above the limit', async () => {
    const unknown = await upload(server, '/import/nothing', TWO_CADRES, { cookie: organizer });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
    const template = await download(server, '/import/nothing/template.xlsx', { cookie: organizer });
    expect(template.status).toBe(404);
    const noFile = await upload(server, '/import/cadres', null, { cookie: organizer });
    expect(noFile).toMatchObject({ status: 400, body: { error: { code: 'NO_FILE' } } });
    const huge = new Uint8Array(MAX_BYTES + 1024).fill(0x41);
    const tooLarge = await upload(server, '/import/cadres', huge, { cookie: organizer });
    expect(tooLarge).toMatchObject({ status: 413, body: { error: { code: 'FILE_TOO_LARGE' } } });
    const badFlag = await upload(server, '/import/cadres?dryRun=yes', TWO_CADRES, {
      cookie: organizer,
    });
    expect(badFlag.status).toBe(400);
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
  });

  it('previews without writing, then refuses a file with a bad row and writes none of it', async () => {
    const before = await writtenCounts(server);
    const preview = await upload(server, '/import/cadres?dryRun=true', TWO_CADRES, {
      cookie: organizer,
    });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      kind: 'cadres',
      dryRun: true,
      written: false,
      created: 2,
      updated: 0,
      unchanged: 0,
      rows: [
        { row: 2, result: 'created' },
        { row: 3, result: 'created' },
      ],
      errors: [],
    });
    const bad = csv(
      'Mã cán bộ,Họ và tên,Ngày sinh\r\nCB-7,Phạm Văn Cường,01/01/1970\r\nCB-8,Hoàng Thị Lan,31/02/1981\r\nCB-7,Phạm Văn Cường,01/01/1970\r\n',
    );
    const refused = await upload(server, '/import/cadres', bad, { cookie: organizer });
    expect(refused.status).toBe(422);
    expect(refused.body.written).toBe(false);
    expect(refused.body.errors).toEqual([
      {
        row: 3,
        column: 'Ngày sinh',
        code: 'INVALID_DATE',
        message: '"31/02/1981" không phải ngày hợp lệ (dd/MM/yyyy)',
      },
      {
        row: 4,
        column: 'Mã cán bộ',
        code: 'DUPLICATE_KEY',
        message: 'Trùng với dòng 2 của tệp',
      },
    ]);
    // The preview of the same file shows the rule-checked rows too, and every problem.
    const previewBad = await upload(server, '/import/cadres?dryRun=true', bad, {
      cookie: organizer,
    });
    expect(previewBad.status).toBe(422);
    expect(previewBad.body.rows.map((row: { result: string }) => row.result)).toEqual([
      'created',
      'refused',
      'refused',
    ]);
    expect(await writtenCounts(server)).toEqual(before);
  });

  it('imports a filled-in template, and the same file again changes nothing', async () => {
    const template = await download(server, '/import/cadres/template.xlsx', { cookie: organizer });
    expect(template.status).toBe(200);
    expect(template.type).toMatch(/spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(template.bytes) as never);
    const sheet = book.getWorksheet('Cán bộ');
    if (!sheet) throw new Error('no Cán bộ sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['Mã cán bộ', 'Họ và tên', 'Giới tính', 'Ngày sinh']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('C2').dataValidation).toMatchObject({ type: 'list' });
    // The Board types its people over the example row.
    const column = (name: string) => header.indexOf(name) + 1;
    sheet.spliceRows(2, 1);
    const people = [
      ['CB-101', 'Đinh Bằng Sơn', 'Nam', '02/09/1972'],
      ['CB-102', 'Vũ Thị Hà', 'Nữ', '1/6/1985'],
    ];
    people.forEach((person, index) => {
      const row = sheet.getRow(index + 2);
      row.getCell(column('Mã cán bộ')).value = person[0] ?? null;
      row.getCell(column('Họ và tên')).value = person[1] ?? null;
      row.getCell(column('Giới tính')).value = person[2] ?? null;
      row.getCell(column('Ngày sinh')).value = person[3] ?? null;
    });
    const filled = new Uint8Array(await book.xlsx.writeBuffer());

    const before = await writtenCounts(server);
    const first = await upload(server, '/import/cadres', filled, { cookie: organizer });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ written: true, created: 2, updated: 0, unchanged: 0 });
    const afterFirst = await writtenCounts(server);
    expect(afterFirst.cadres).toBe(before.cadres + 2);
    expect(afterFirst.auditEvents).toBeGreaterThan(before.auditEvents);

    const second = await upload(server, '/import/cadres', filled, { cookie: organizer });
    expect(second.body).toMatchObject({ written: true, created: 0, updated: 0, unchanged: 2 });
    expect(await writtenCounts(server)).toEqual(afterFirst);

    // The registry's own data file, in the template's layout, imports as unchanged too.
    const data = await download(server, '/import/cadres/data.csv', { cookie: viewer });
    expect(data.status).toBe(200);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(data.bytes);
    expect(text.startsWith('\uFEFFMã cán bộ,Họ và tên,Giới tính,Ngày sinh')).toBe(true);
    expect(text).toContain('CB-102,Vũ Thị Hà,Nữ,01/06/1985');
    const again = await upload(
      server,
      '/import/cadres',
      data.bytes,
      { cookie: organizer },
      'a.csv',
    );
    expect(again.body).toMatchObject({ written: true, created: 0, updated: 0 });
    expect(again.body.unchanged).toBe(afterFirst.cadres);
    expect(await writtenCounts(server)).toEqual(afterFirst);
  });

  it('never imports the template’s example row, and imports the rows added below it', async () => {
    const template = await download(server, '/import/cadres/template.xlsx', { cookie: organizer });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(template.bytes) as never);
    const sheet = book.getWorksheet('Cán bộ');
    if (!sheet) throw new Error('no Cán bộ sheet');
    expect(sheet.getCell('A2').value).toBe('CB-0001');
    expect(sheet.getCell('A2').note).toBe(
      'Dòng ví dụ: không được nhập. Gõ đè lên dòng này hoặc thêm dòng bên dưới.',
    );
    const before = await writtenCounts(server);
    // The example alone: nothing to import, nothing refused (its home area is not even known).
    const alone = await upload(server, '/import/cadres', template.bytes, { cookie: organizer });
    expect(alone.status).toBe(200);
    expect(alone.body).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 0,
      rows: [],
      errors: [],
    });
    expect(await writtenCounts(server)).toEqual(before);
    const csvTemplate = await download(server, '/import/cadres/template.csv', { cookie: viewer });
    const aloneCsv = await upload(
      server,
      '/import/cadres',
      csvTemplate.bytes,
      { cookie: organizer },
      'a.csv',
    );
    expect(aloneCsv.body).toMatchObject({ created: 0, rows: [], errors: [] });

    // The example and one person added below it: one cadre, row 3.
    sheet.getRow(3).values = ['CB-201', 'Lục Văn Dương', 'Nam', '09/09/1979'];
    const added = await upload(
      server,
      '/import/cadres',
      new Uint8Array(await book.xlsx.writeBuffer()),
      { cookie: organizer },
    );
    expect(added.body.errors).toEqual([]);
    expect(added.body).toMatchObject({
      written: true,
      created: 1,
      rows: [{ row: 3, result: 'created' }],
    });
    expect((await writtenCounts(server)).cadres).toBe(before.cadres + 1);
    const addedCsv = new TextDecoder('utf-8', { ignoreBOM: true })
      .decode(csvTemplate.bytes)
      .concat('CB-202,Lục Thị Yên,Nữ,10/10/1981\r\n');
    const addedByCsv = await upload(
      server,
      '/import/cadres',
      new TextEncoder().encode(addedCsv),
      { cookie: organizer },
      'a.csv',
    );
    expect(addedByCsv.body).toMatchObject({
      written: true,
      created: 1,
      rows: [{ row: 3, result: 'created' }],
    });

    // The example typed over in one cell is the clerk's row: read, and here refused for the
    // example's home area this registry does not have.
    sheet.getCell('B2').value = 'Nguyễn Văn Ba';
    const typedOver = await upload(
      server,
      '/import/cadres',
      new Uint8Array(await book.xlsx.writeBuffer()),
      { cookie: organizer },
    );
    expect(typedOver.status).toBe(422);
    expect(typedOver.body.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'Quê quán', code: 'NOT_FOUND' }),
    ]);
  });

  it('gives the CSV template with a BOM, and the English one to an English reader', async () => {
    const vi = await download(server, '/import/cadres/template.csv', { cookie: viewer });
    expect(vi.type).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(vi.bytes);
    expect(text.split('\r\n')[1]).toContain('CB-0001,Nguyễn Văn An,Nam,15/03/1975');
    const en = await download(server, '/import/cadres/template.csv', {
      cookie: viewer,
      'accept-language': 'en',
    });
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(en.bytes)).toMatch(
      /^\uFEFFCadre code,Full name,Sex/,
    );
    const anonymous = await download(server, '/import/cadres/data.xlsx', {});
    expect(anonymous.status).toBe(401);
  });
});
