import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { encodeTcvn3, encodeVni, latin1Bytes } from '../src/imports/legacy-encoding-tables';

// The bad files an import must refuse without crashing or half-writing (issue 14), built in
// memory. The zip bombs are written deflate block by block: one megabyte of spaces is
// compressed once, with a full flush so that the block stands alone, and repeated, so a file
// of a few megabytes claims (or hides) gigabytes while the test builds it in milliseconds.

const MiB = 1024 * 1024;

export type ZipEntry = {
  name: string;
  /** The raw deflate stream of the entry. */
  deflated: Uint8Array;
  crc: number;
  compressedSize: number;
  /** What the archive says the entry inflates to (a lie, for a hostile entry). */
  uncompressedSize: number;
};

/** An entry holding `data`, whose archive says it inflates to `declaredSize` (true by default). */
export function entryOf(name: string, data: string | Buffer, declaredSize?: number): ZipEntry {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const deflated = deflateRawSync(bytes);
  return {
    name,
    deflated,
    crc: crc32(bytes),
    compressedSize: deflated.length,
    uncompressedSize: declaredSize ?? bytes.length,
  };
}

/** A zip archive (PKWARE APPNOTE 4.3: local headers, central directory, end record). */
export function zipOf(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.compressedSize, 18);
    local.writeUInt32LE(entry.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.compressedSize, 20);
    central.writeUInt32LE(entry.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.deflated));
    centrals.push(central, name);
    offset += local.length + name.length + entry.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Cán bộ" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const SHEET_START = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>`;
const SHEET_END = `</sheetData></worksheet>`;

/**
 * The sheet XML of a bomb: its start, `megabytes` MiB of spaces (legal between XML elements)
 * and its end, as one raw deflate stream of independent blocks.
 */
export function bombSheet(megabytes: number): { deflated: Uint8Array; size: number } {
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const start = deflateRawSync(Buffer.from(SHEET_START), flush);
  const spaces = deflateRawSync(Buffer.alloc(MiB, 0x20), flush);
  const end = deflateRawSync(Buffer.from(SHEET_END));
  const parts = [start, ...Array.from({ length: megabytes }, () => spaces), end];
  return {
    deflated: new Uint8Array(Buffer.concat(parts)),
    size: Buffer.byteLength(SHEET_START) + megabytes * MiB + Buffer.byteLength(SHEET_END),
  };
}

function bombWorkbook(megabytes: number, declared: (size: number) => number): Uint8Array {
  const sheet = bombSheet(megabytes);
  return zipOf([
    entryOf('[Content_Types].xml', CONTENT_TYPES),
    entryOf('_rels/.rels', ROOT_RELS),
    entryOf('xl/workbook.xml', WORKBOOK),
    entryOf('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    {
      name: 'xl/worksheets/sheet1.xml',
      deflated: sheet.deflated,
      // The checksum of gigabytes is not computed: the screen must refuse long before it.
      crc: 0,
      compressedSize: sheet.deflated.length,
      uncompressedSize: declared(sheet.size),
    },
  ]);
}

/** A workbook whose sheet honestly declares 3 GiB (a few MiB of file). */
export function zipBomb(): Uint8Array {
  return bombWorkbook(3 * 1024, (size) => size);
}

/** A workbook whose sheet says it holds 4 KiB and inflates to 1 GiB. */
export function lyingZip(): Uint8Array {
  return bombWorkbook(1024, () => 4096);
}

/** An Excel 97–2003 workbook's start: the OLE2 compound file signature and header. */
export function oldXls(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 24);
  return bytes;
}

/** A 1×1 PNG image (to be sent under a .xlsx name). */
export function pngImage(): Uint8Array {
  return new Uint8Array(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
}

/** Bytes of a fixed pseudo-random sequence (the same in every run). */
export function randomBinary(length = 64 * 1024): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  bytes[0] = 0x00;
  return bytes;
}

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A workbook whose one sheet is empty. */
export function emptySheetWorkbook(): Promise<Uint8Array> {
  return workbookBytes((workbook) => workbook.addWorksheet('Cán bộ'));
}

export const CADRE_HEADER = ['Mã cán bộ', 'Họ và tên', 'Giới tính', 'Ngày sinh'] as const;

/** A cadres sheet whose second row's name is a formula. */
export function formulaWorkbook(): Promise<Uint8Array> {
  return workbookBytes((workbook) => {
    const sheet = workbook.addWorksheet('Cán bộ');
    sheet.addRow([...CADRE_HEADER]);
    sheet.addRow(['CB-0001', 'Nguyễn Văn An', 'Nam', '15/03/1975']);
    sheet.addRow([
      'CB-0002',
      { formula: 'CONCATENATE("Lê ","Thị Hà")', result: 'Lê Thị Hà' },
      'Nữ',
      '02/09/1980',
    ]);
  });
}

/** A cadres sheet with a merged cell inside the table (one sex for two rows). */
export function mergedCellsWorkbook(): Promise<Uint8Array> {
  return workbookBytes((workbook) => {
    const sheet = workbook.addWorksheet('Cán bộ');
    sheet.addRow([...CADRE_HEADER]);
    sheet.addRow(['CB-0001', 'Nguyễn Văn An', 'Nam', '15/03/1975']);
    sheet.addRow(['CB-0002', 'Trần Văn Bình', null, '02/09/1980']);
    sheet.mergeCells('C2:C3');
  });
}

/** A well-formed cadres workbook (the control: it imports). */
export function cadresWorkbook(): Promise<Uint8Array> {
  return workbookBytes((workbook) => {
    const sheet = workbook.addWorksheet('Cán bộ');
    sheet.addRow([...CADRE_HEADER]);
    sheet.addRow(['CB-0001', 'Nguyễn Văn An', 'Nam', '15/03/1975']);
  });
}

/**
 * A cadres sheet typed in a VNI-Times font under the template's Unicode header: the cells
 * hold the Windows-1252 characters the font draws as Vietnamese.
 */
export function vniWorkbook(rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  return workbookBytes((workbook) => {
    const sheet = workbook.addWorksheet('Cán bộ');
    sheet.addRow([...CADRE_HEADER]);
    for (const row of rows) sheet.addRow(row.map(encodeVni));
  });
}

const csvLine = (cells: readonly string[]) =>
  cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');

/** A UTF-8 CSV of cadres: the header, then one line per row. */
export function cadresCsv(
  rows: readonly (readonly string[])[],
  header: readonly string[] = CADRE_HEADER,
): string {
  return [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}

export const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** `count` distinct cadre rows. */
export function cadreRows(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [
    `CB-${String(i + 1).padStart(4, '0')}`,
    `Nguyễn Văn Thứ ${i + 1}`,
    'Nam',
    `${String((i % 28) + 1).padStart(2, '0')}/03/1975`,
  ]);
}

/** A CSV saved from an old Excel with the .VnTime font: TCVN3 bytes, header and rows. */
export function tcvn3Csv(rows: readonly (readonly string[])[]): Uint8Array {
  return latin1Bytes(encodeTcvn3(cadresCsv(rows)));
}

/** A CSV in Windows-1251 (Cyrillic): an 8-bit encoding the import does not read. */
export function cyrillicCsv(): Uint8Array {
  // "Mã cán bộ,Họ và tên" is not expressible: a Russian sheet, "Фамилия,Имя" and a row.
  const cp1251: Record<string, number> = {};
  const letters = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя';
  [...letters].forEach((letter, index) => (cp1251[letter] = 0xc0 + index));
  const text = 'Фамилия,Имя,Отчество\r\nИванов,Иван,Иванович\r\nПетрова,Мария,Сергеевна\r\n';
  return Uint8Array.from([...text], (c) => cp1251[c] ?? c.charCodeAt(0));
}

/** A file one byte over the limit, of plain CSV text. */
export function oversizedCsv(maxBytes: number): Uint8Array {
  const bytes = new Uint8Array(maxBytes + 1).fill(0x41);
  bytes.set(utf8(cadresCsv([])));
  return bytes;
}
