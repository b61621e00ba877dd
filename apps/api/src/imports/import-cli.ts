import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { openDatabase, type DbHandle } from '@luanchuyen/db';
import { vietnamDateOf } from '@luanchuyen/domain';
import { migrate } from '../database-role';
import type { Principal } from '../auth/principal';
import type { Language } from '../i18n/messages';
import { importKindNames, importKindOf } from './import-kinds';
import { isRefused, runImport, type ImportReport } from './import-run';

// `npm run import -- --kind cadres FILE [--dry-run]` (README, "Import"): the same import as
// POST /import/{kind}, run on the server's machine against DATABASE_URL or the embedded
// DATA_DIR (refused while a server holds it: one process per data directory). The audit log
// records the program and the operating-system user who ran it.

export type ImportCommand = {
  kind: string;
  file: string;
  dryRun: boolean;
  json: boolean;
  language: Language;
  target: { databaseUrl: string } | { dataDir: string };
  maxRows: number;
};

export const usage = `usage: npm run import -- --kind <kind> <file> [options]

  --kind <kind>           ${importKindNames().join(', ') || 'areas, units, positions, cadres, …'}
  <file>                  the workbook (.xlsx) or CSV to import
  --dry-run               check every row and report, write nothing
  --lang <vi|en>          the language of the report (default vi)
  --json                  print the report as JSON
  --database-url <url>    a PostgreSQL database (default: $DATABASE_URL)
  --data-dir <dir>        the embedded database's folder when no URL is set (default: $DATA_DIR,
                          else ./data); refused while a server runs on it
  --help                  this text

exit status: 0 written (or a clean dry run), 1 refused or failed, 2 bad usage`;

export function parseImportCommand(argv: string[], env: NodeJS.ProcessEnv): ImportCommand | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      lang: { type: 'string', default: 'vi' },
      json: { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  if (!values.kind) throw new TypeError('--kind is required');
  if (!importKindOf(values.kind)) throw new TypeError(`unknown kind: ${values.kind}`);
  if (positionals.length !== 1 || !positionals[0]) throw new TypeError('give one file to import');
  if (values.lang !== 'vi' && values.lang !== 'en') throw new TypeError('--lang is vi or en');
  if (values['database-url'] && values['data-dir']) {
    throw new TypeError('give --database-url or --data-dir, not both');
  }
  const databaseUrl =
    values['database-url'] ?? (values['data-dir'] ? undefined : env['DATABASE_URL']);
  const maxRows = Number(env['IMPORT_MAX_ROWS'] || 50_000);
  if (!Number.isSafeInteger(maxRows) || maxRows < 1)
    throw new TypeError('IMPORT_MAX_ROWS: a whole number');
  return {
    kind: values.kind,
    file: positionals[0],
    dryRun: values['dry-run'],
    json: values.json,
    language: values.lang,
    target: databaseUrl
      ? { databaseUrl }
      : { dataDir: resolve(values['data-dir'] ?? (env['DATA_DIR'] || './data')) },
    maxRows,
  };
}

/** The report as an operator reads it in a terminal. */
export function printedReport(report: ImportReport, language: Language): string {
  const vi = language === 'vi';
  const state = report.written
    ? vi
      ? 'đã ghi'
      : 'written'
    : report.dryRun && !isRefused(report)
      ? vi
        ? 'chạy thử, không ghi gì'
        : 'dry run, nothing written'
      : vi
        ? 'bị từ chối, không ghi gì'
        : 'refused, nothing written';
  const lines = [
    `${report.kind}: ${state}`,
    vi
      ? `  tạo mới ${report.created}, cập nhật ${report.updated}, không đổi ${report.unchanged}, lỗi ${report.errors.length}`
      : `  created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, errors ${report.errors.length}`,
  ];
  for (const error of report.errors) {
    const where = error.row === 0 ? (vi ? 'tệp' : 'file') : `${vi ? 'dòng' : 'row'} ${error.row}`;
    const column = error.column ? ` [${error.column}]` : '';
    lines.push(`  ${where}${column} ${error.code}: ${error.message}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runImportCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let command: ImportCommand | 'help';
  try {
    command = parseImportCommand(argv, env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (command === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(command.file));
  } catch (error) {
    process.stderr.write(
      `import failed: cannot read ${command.file}: ${(error as Error).message}\n`,
    );
    return 1;
  }
  let handle: DbHandle | undefined;
  try {
    handle = await openDatabase({ ...command.target, poolSize: 2 });
    await migrate(
      handle,
      env['MIGRATION_DATABASE_URL'] || undefined,
      undefined,
      pino({ level: 'silent' }),
    );
    const actor: Principal = {
      kind: 'program',
      name: 'import',
      osUser: userInfo().username,
      role: 'ADMIN',
    };
    const report = await runImport(handle.db, command.kind, bytes, {
      dryRun: command.dryRun,
      actor,
      language: command.language,
      today: vietnamDateOf(new Date()),
      maxRows: command.maxRows,
      fileName: command.file,
    });
    process.stdout.write(
      command.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : printedReport(report, command.language),
    );
    return isRefused(report) ? 1 : 0;
  } catch (error) {
    // A DATA_DIR held by a running server, a database that does not answer, …: said, exit 1.
    process.stderr.write(`import failed: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await handle?.close();
  }
}
