import type { Language } from '../../../lib/i18n';
import type { ImportKindName } from '../utils/import-kinds';

// The import goes through POST /import/{kind} (multipart field `file`), the same code path as
// scripts and the CLI, not through GraphQL: the file is sent as it is and read on the server.

export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'refused';

export type ImportAnswer = {
  dryRun: boolean;
  /** Whether the file was written: false for a preview and for a refused file. */
  written: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rows: readonly { row: number; result: RowOutcome }[];
  errors: readonly { row: number; column: string | null; code: string; message: string }[];
};

/** Why there is no report: the failure's kind, and the server's message when it gave one. */
export type ImportFailure = {
  failure: 'network' | 'signedOut' | 'forbidden' | 'tooLarge' | 'unreadable' | 'other';
  message?: string;
};

export type SendImport = (
  kind: ImportKindName,
  file: File,
  options: { dryRun: boolean; language: Language },
) => Promise<ImportAnswer | ImportFailure>;

export function isFailure(answer: ImportAnswer | ImportFailure): answer is ImportFailure {
  return 'failure' in answer;
}

/** The real request: the session cookie, and a header a cross-site form cannot send. */
export const sendImport: SendImport = async (kind, file, { dryRun, language }) => {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await fetch(
    `/import/${encodeURIComponent(kind)}${dryRun ? '?dryRun=true' : ''}`,
    {
      method: 'POST',
      credentials: 'include',
      headers: { 'X-Requested-With': 'luanchuyen-admin', 'Accept-Language': language },
      body,
    },
  ).catch(() => null);
  if (response === null) return { failure: 'network' };
  const json: unknown = await response.json().catch(() => null);
  // 200 is a preview or a written file; 422 a refused file, with the same report.
  if (response.status === 200 || response.status === 422) {
    return readAnswer(json, dryRun) ?? { failure: 'unreadable' };
  }
  if (response.status === 401) return { failure: 'signedOut' };
  if (response.status === 403) return { failure: 'forbidden' };
  if (response.status === 413) return { failure: 'tooLarge', ...serverMessage(json) };
  return { failure: 'other', ...serverMessage(json) };
};

// The API's errors are `{ error: { code, message } }` (send-error.ts), in the caller's language.
function serverMessage(json: unknown): { message?: string } {
  const error = isRecord(json) && isRecord(json['error']) ? json['error'] : null;
  const message = error?.['message'];
  return typeof message === 'string' ? { message } : {};
}

/** The report, checked field by field: a page must not draw what the server did not say. */
export function readAnswer(json: unknown, dryRun: boolean): ImportAnswer | null {
  if (!isRecord(json)) return null;
  const { created, updated, unchanged, rows, errors } = json;
  if (typeof created !== 'number' || typeof updated !== 'number') return null;
  if (typeof unchanged !== 'number' || !Array.isArray(errors)) return null;
  const readErrors = errors.filter(
    (error): error is ImportAnswer['errors'][number] =>
      isRecord(error) &&
      typeof error['row'] === 'number' &&
      (typeof error['column'] === 'string' || error['column'] === null) &&
      typeof error['code'] === 'string' &&
      typeof error['message'] === 'string',
  );
  if (readErrors.length !== errors.length) return null;
  const readRows = (Array.isArray(rows) ? rows : []).filter(
    (row): row is ImportAnswer['rows'][number] =>
      isRecord(row) &&
      typeof row['row'] === 'number' &&
      ['created', 'updated', 'unchanged', 'refused'].includes(String(row['result'])),
  );
  const answerDryRun = typeof json['dryRun'] === 'boolean' ? json['dryRun'] : dryRun;
  const written =
    typeof json['written'] === 'boolean'
      ? json['written']
      : !answerDryRun && readErrors.length === 0;
  return {
    dryRun: answerDryRun,
    written,
    created,
    updated,
    unchanged,
    rows: readRows,
    errors: readErrors,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
