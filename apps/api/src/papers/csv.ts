// CSV for the papers under /export: UTF-8 with a byte-order mark (without it Excel reads the
// Vietnamese letters as the local code page), CRLF record ends and RFC 4180 quoting. A text
// that starts with = + - @, a tab or a carriage return is what a spreadsheet runs as a formula
// (OWASP "CSV Injection"): it gets a leading apostrophe, which Excel shows as plain text.

export const CSV_BOM = '\uFEFF';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = value.normalize('NFC');
  const guarded = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** One record, with its CRLF. */
export function csvRecord(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
