import { eq } from 'drizzle-orm';
import type { DocumentRef, IsoDate } from '@luanchuyen/domain';
import { documents, type Database } from '@luanchuyen/db';
import type { Bilingual, CellValue, ColumnSpec, Found } from '../import-kind';

// A decision cited in a row (the rotation's decision, the override decision, the completion
// decision) as four columns: number, date, issuer, summary (trích yếu), the fields of the API's
// DocumentInput. All four empty: no decision; some but not all: the row is refused naming the
// first empty one, since a number without its date or issuer cannot be recorded.

export type DocumentColumnKeys = {
  number: string;
  issuedOn: string;
  issuer: string;
  title: string;
};

type DocumentHeaders = Record<keyof DocumentColumnKeys, Bilingual>;

/** The keys of a decision's four columns, from one prefix: `decision` → decisionNumber, … */
export function documentKeys(prefix: string): DocumentColumnKeys {
  return {
    number: `${prefix}Number`,
    issuedOn: `${prefix}Date`,
    issuer: `${prefix}Issuer`,
    title: `${prefix}Title`,
  };
}

/** The headers of a decision's four columns as most files write them. */
export const DECISION_HEADERS: DocumentHeaders = {
  number: { vi: 'Số quyết định', en: 'Decision number' },
  issuedOn: { vi: 'Ngày quyết định', en: 'Decision date' },
  issuer: { vi: 'Cơ quan ban hành', en: 'Issued by' },
  title: { vi: 'Trích yếu', en: 'Decision summary' },
};

export function documentColumns(
  prefix: string,
  headers: DocumentHeaders,
  example: DocumentRef,
): ColumnSpec[] {
  const keys = documentKeys(prefix);
  return [
    { key: keys.number, header: headers.number, type: 'text', example: example.number },
    {
      key: keys.issuedOn,
      header: headers.issuedOn,
      type: 'date',
      example: example.issuedOn.split('-').reverse().join('/'),
    },
    { key: keys.issuer, header: headers.issuer, type: 'text', example: example.issuer },
    { key: keys.title, header: headers.title, type: 'text', example: example.title },
  ];
}

const INCOMPLETE: Bilingual = {
  vi: 'Quyết định phải ghi đủ số, ngày, cơ quan ban hành và trích yếu (hoặc để trống cả bốn cột).',
  en: 'A decision needs its number, date, issuer and summary (or leave all four columns empty).',
};

/** The decision the row cites in these columns, null when none. */
export function documentOf(
  values: Readonly<Record<string, CellValue>>,
  prefix: string,
): Found<DocumentRef | null> {
  const keys = documentKeys(prefix);
  const text = (key: string) => {
    const value = values[key];
    return value === null || value === undefined ? null : String(value);
  };
  const read = {
    number: text(keys.number),
    issuedOn: text(keys.issuedOn),
    issuer: text(keys.issuer),
    title: text(keys.title),
  };
  const fields = Object.keys(read) as (keyof DocumentColumnKeys)[];
  const missing = fields.find((field) => read[field] === null);
  if (!missing) {
    return {
      ok: true,
      value: {
        number: read.number ?? '',
        issuedOn: (read.issuedOn ?? '') as IsoDate,
        issuer: read.issuer ?? '',
        title: read.title ?? '',
      },
    };
  }
  if (fields.every((field) => read[field] === null)) return { ok: true, value: null };
  return {
    ok: false,
    error: { column: keys[missing], code: 'DOCUMENT_INCOMPLETE', message: INCOMPLETE },
  };
}

/** A recorded document as the values of its four columns (all null when there is none). */
export async function documentValues(
  db: Database,
  documentId: string | null,
  prefix: string,
): Promise<Record<string, CellValue>> {
  const keys = documentKeys(prefix);
  const [row] = documentId
    ? await db.select().from(documents).where(eq(documents.id, documentId))
    : [];
  return {
    [keys.number]: row?.number ?? null,
    [keys.issuedOn]: row?.issuedOn ?? null,
    [keys.issuer]: row?.issuer ?? null,
    [keys.title]: row?.title ?? null,
  };
}

/** Whether the recorded document is the one the row cites (both none counts as equal). */
export async function sameDocument(
  db: Database,
  documentId: string | null,
  cited: DocumentRef | null,
): Promise<boolean> {
  if (documentId === null || cited === null) return documentId === null && cited === null;
  const [row] = await db.select().from(documents).where(eq(documents.id, documentId));
  return (
    row !== undefined &&
    row.number === cited.number &&
    row.issuedOn === cited.issuedOn &&
    row.issuer === cited.issuer &&
    row.title === cited.title
  );
}
