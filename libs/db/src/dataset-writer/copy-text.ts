// PostgreSQL's COPY text format (the default of `COPY … FROM STDIN`): one line per row,
// columns separated by tabs, NULL written `\N`, and backslash, tab, newline and carriage
// return escaped with a backslash. Everything else (Vietnamese letters included) goes through
// as UTF-8, so the escaping is cheaper than CSV's quoting and needs no quote doubling.

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c) : text;
}

/**
 * One value as a COPY text field: strings as they are (escaped), numbers and bigints in
 * decimal, booleans `t`/`f`, dates as ISO timestamps (UTC), arrays and objects as JSON (for
 * jsonb columns), null and undefined as NULL.
 */
export function copyField(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return escapeText(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`COPY cannot write the number ${value}`);
      return String(value);
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 't' : 'f';
    case 'undefined':
      return '\\N';
    case 'object':
      if (value === null) return '\\N';
      if (value instanceof Date) return value.toISOString();
      return escapeText(JSON.stringify(value));
    default:
      throw new Error(`COPY cannot write a ${typeof value}`);
  }
}

/** A row's fields as one COPY text line, newline included. */
export function copyLine(fields: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < fields.length; i += 1) {
    if (i > 0) line += '\t';
    line += copyField(fields[i]);
  }
  return `${line}\n`;
}
