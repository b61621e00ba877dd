import type { Database } from '@luanchuyen/db';
import type { IsoDate } from '@luanchuyen/domain';
import type { Principal } from '../auth/principal';
import type { Language } from '../i18n/messages';
import { withTransaction } from '../services/transaction';
import { parseCells } from './import-columns';
import type {
  ImportError,
  ImportKind,
  ImportKindName,
  KindError,
  ParsedRow,
  RowResult,
} from './import-kind';
import { importKindOf } from './import-kinds';
import { importMessages as m } from './import-messages';
import { isTemplateExample } from './import-template';
import { readTable } from './read-table';

// The one import path (the admin app, POST /import/{kind} and `npm run import` all come here):
// the file is read and screened, every row's cells typed and every problem collected (a preview
// shows them all at once), then the kind writes the rows through the services inside ONE
// transaction. Any refused row, or a dry run, rolls that whole transaction back: a file is
// written entirely or not at all, and the report says which.

export type ImportRowResult = {
  row: number;
  result: 'created' | 'updated' | 'unchanged' | 'refused';
};

export type ImportReport = {
  kind: ImportKindName;
  dryRun: boolean;
  /** True only when the file's rows were committed. */
  written: boolean;
  /** What the rows did (a dry run's and a refused file's: what they would have done). */
  created: number;
  updated: number;
  unchanged: number;
  rows: ImportRowResult[];
  /** Row 0: the file as a whole. */
  errors: ImportError[];
};

export type RunOptions = {
  dryRun: boolean;
  actor: Principal;
  language: Language;
  today: IsoDate;
  maxRows: number;
  maxBytes?: number;
  /** For messages and logs only: the kind of file is told by its bytes. */
  fileName?: string;
};

/** Thrown inside the transaction to roll it back; carries what the rows did. */
class RollBack extends Error {
  constructor(readonly results: RowResult[]) {
    super('import rolled back');
  }
}

export async function runImport(
  db: Database,
  kindOrName: ImportKindName | string | ImportKind,
  bytes: Uint8Array,
  options: RunOptions,
): Promise<ImportReport> {
  const kind = typeof kindOrName === 'string' ? importKindOf(kindOrName) : kindOrName;
  if (!kind) throw new TypeError(`unknown import kind: ${String(kindOrName)}`);
  const { language, dryRun } = options;
  const report: ImportReport = {
    kind: kind.name,
    dryRun,
    written: false,
    created: 0,
    updated: 0,
    unchanged: 0,
    rows: [],
    errors: [],
  };
  const headerOf = (key: string | null | undefined): string | null => {
    if (!key) return null;
    const spec = kind.columns.find((column) => column.key === key);
    return spec ? spec.header[language] : key;
  };
  const addError = (row: number, error: KindError) =>
    report.errors.push({
      row,
      column: headerOf(error.column),
      code: error.code,
      message: error.message[language],
    });

  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
    addError(0, { column: null, code: 'FILE_TOO_LARGE', message: tooLarge(options.maxBytes) });
    return report;
  }
  const table = await readTable(bytes, kind, { maxRows: options.maxRows });
  if (!table.ok) {
    for (const refusal of table.refusals) {
      addError(0, { column: refusal.column ?? null, code: refusal.code, message: refusal.message });
    }
    return report;
  }

  // Every row's cells typed, every problem kept; rows that parsed go on to the kind.
  const parsed: ParsedRow[] = [];
  const refusedRows = new Map<number, KindError[]>();
  const keys = new Map<string, number>();
  for (const [index, { row, cells }] of table.rows.entries()) {
    const { values, errors } = parseCells(cells, kind.columns);
    // The template's example row, left as it was downloaded, is no record (import-template.ts).
    if (index === 0 && errors.length === 0 && isTemplateExample(kind, values)) continue;
    const key = keyOf(kind, values);
    const earlier = key === null ? undefined : keys.get(key);
    if (earlier !== undefined) {
      errors.push({
        column: kind.key[0] ?? null,
        code: 'DUPLICATE_KEY',
        message: m.duplicateKey(earlier),
      });
    } else if (key !== null) {
      keys.set(key, row);
    }
    if (errors.length > 0) refusedRows.set(row, errors);
    else parsed.push({ row, values });
  }
  const parseFailed = refusedRows.size > 0;

  let results: RowResult[] = [];
  if (!parseFailed || dryRun) {
    const outcome = await withTransaction(
      db,
      async (tx) => {
        const applied = await kind.apply(tx, parsed, {
          actor: options.actor,
          language,
          today: options.today,
        });
        if (dryRun || parseFailed || applied.some((result) => result.result === 'refused')) {
          throw new RollBack(applied);
        }
        return applied;
      },
      { serializable: true },
    ).then(
      (value) => ({ rolledBack: false as const, value }),
      (error: unknown) => {
        if (error instanceof RollBack) return { rolledBack: true as const, results: error.results };
        throw error;
      },
    );
    if (outcome.rolledBack) {
      results = outcome.results;
    } else if (outcome.value.ok) {
      results = outcome.value.value;
      report.written = true;
    } else {
      // The transaction as a whole was refused (contention that outlasted its retries, …).
      for (const failure of outcome.value.failures) {
        addError(0, { column: null, code: failure.code, message: failure.message });
      }
    }
  }

  const byRow = new Map<number, ImportRowResult>();
  for (const result of results) {
    byRow.set(result.row, { row: result.row, result: result.result });
    if (result.result === 'refused') {
      for (const error of result.errors) addError(result.row, error);
    } else {
      report[result.result] += 1;
    }
  }
  for (const [row, errors] of refusedRows) {
    byRow.set(row, { row, result: 'refused' });
    for (const error of errors) addError(row, error);
  }
  report.rows = [...byRow.values()].sort((a, b) => a.row - b.row);
  report.errors.sort((a, b) => a.row - b.row);
  return report;
}

/** The row's in-file key (its kind's key columns, compared as names are); null when it has none. */
function keyOf(kind: ImportKind, values: ParsedRow['values']): string | null {
  if (kind.key.length === 0) return null;
  const parts = kind.key.map((key) => {
    const value = values[key];
    if (value === null || value === undefined) return '';
    return typeof value === 'string'
      ? value.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ')
      : String(value);
  });
  return parts.every((part) => part === '') ? null : JSON.stringify(parts);
}

function tooLarge(maxBytes: number) {
  const size = `${Math.floor(maxBytes / 1024 / 1024)} MiB`;
  return { vi: `Tệp lớn hơn giới hạn ${size}`, en: `The file is larger than the limit of ${size}` };
}

/** Whether the report is a refusal (HTTP 422, CLI exit 1). */
export function isRefused(report: ImportReport): boolean {
  return report.errors.length > 0;
}
