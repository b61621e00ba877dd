import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { templateWorkbook } from '../../apps/api/src/imports/import-template';
import { areasKind } from '../../apps/api/src/imports/kinds/areas.kind';
import { cadresKind } from '../../apps/api/src/imports/kinds/cadres.kind';
import { NODE, ROOT } from './api-server';
import { benchCadre } from './bench-cadres';
import { createScratchDatabase } from './database';

// `npm run bench:import`: the measure of a Board's whole registry in one file. Writes a
// cadres workbook of --rows people with the template writer (half of them with a home area, so
// the look-up is paid), then runs the import command as an operator does (`npm run import`'s
// tsx tools/import.ts, one process per step) against a scratch PostgreSQL database and against
// an embedded DATA_DIR: a dry run, the import, and the same file again (every row unchanged).
// Each step is timed from outside and its peak RSS read from /usr/bin/time -v (else from the
// processes' own maxRSS); the table goes to stdout, progress to stderr.

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '20000' },
    'server-url': {
      type: 'string',
      default: process.env['BENCH_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
    // Only one of the two targets.
    only: { type: 'string' },
    // Read the peak from inside the processes even where /usr/bin/time is.
    'inside-rss': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const ROWS = Number(args.rows);
if (!Number.isSafeInteger(ROWS) || ROWS < 1) throw new TypeError('--rows: a whole number');

const AREAS = [
  { name: 'Tỉnh Lạng Sơn', kind: 'PROVINCE', validFrom: '1990-01-01' },
  {
    name: 'Thành phố Lạng Sơn',
    kind: 'CITY',
    parentArea: 'Tỉnh Lạng Sơn',
    validFrom: '2002-10-17',
  },
  {
    name: 'Phường Hoàng Văn Thụ',
    kind: 'WARD',
    parentArea: 'Thành phố Lạng Sơn',
    validFrom: '2002-10-17',
  },
];

type Target = { name: string; args: string[] };
type Step = {
  target: string;
  step: string;
  seconds: number;
  peakMiB: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
};

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME) && !args['inside-rss'];
/**
 * Without /usr/bin/time, every Node process of the command (tsx runs the script in a child)
 * loads this hook, which writes its own maxRSS to stderr as it exits; the largest is the peak.
 */
const RSS_HOOK = `process.on('exit', () =>
  process.stderr.write('\\nbench-max-rss-kib:' + process.resourceUsage().maxRSS + '\\n'));
`;
let rssHookFile = '';
const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

/** One run of the import command, as a child process, timed and measured. */
function runCommand(
  commandArgs: string[],
): Promise<{ seconds: number; peakMiB: number; stdout: string }> {
  const command = [NODE, tsx, join(ROOT, 'tools/import.ts'), ...commandArgs];
  const [file, ...rest] = hasTime ? [TIME, '-v', ...command] : command;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file ?? NODE, rest, {
      cwd: ROOT,
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: 'tools/tsconfig.json',
        DATABASE_URL: '',
        ...(hasTime
          ? {}
          : { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${rssHookFile}` }),
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      // GNU time: "Maximum resident set size (kbytes): 123456" (the largest process's peak).
      const reported = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
      const inside = [...stderr.matchAll(/bench-max-rss-kib:(\d+)/g)].map((m) => Number(m[1]));
      const peakKiB = reported ? Number(reported) : Math.max(0, ...inside);
      if (code !== 0 && code !== 1) {
        reject(new Error(`the import exited with ${code}: ${stderr.slice(0, 2000)}`));
        return;
      }
      resolve({ seconds, peakMiB: peakKiB / 1024, stdout });
    });
  });
}

async function step(target: Target, name: string, commandArgs: string[]): Promise<Step> {
  process.stderr.write(`${target.name}: ${name}…\n`);
  const { seconds, peakMiB, stdout } = await runCommand([...commandArgs, ...target.args, '--json']);
  const report = JSON.parse(stdout) as {
    created: number;
    updated: number;
    unchanged: number;
    errors: unknown[];
  };
  if (report.errors.length > 0) {
    throw new Error(`${target.name} ${name}: ${JSON.stringify(report.errors.slice(0, 5))}`);
  }
  return {
    target: target.name,
    step: name,
    seconds,
    peakMiB,
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
    errors: report.errors.length,
  };
}

async function measure(target: Target, areasFile: string, cadresFile: string): Promise<Step[]> {
  const steps: Step[] = [];
  // The start-up's cost: a new database (migrated by the first run), then one already there.
  steps.push(await step(target, 'areas, new database (3 rows)', ['--kind', 'areas', areasFile]));
  steps.push(await step(target, 'areas again (3 unchanged)', ['--kind', 'areas', areasFile]));
  steps.push(await step(target, `cadres dry run`, ['--kind', 'cadres', cadresFile, '--dry-run']));
  steps.push(await step(target, `cadres import`, ['--kind', 'cadres', cadresFile]));
  steps.push(await step(target, `cadres again (unchanged)`, ['--kind', 'cadres', cadresFile]));
  // A measure of an import that did not do its work would be no measure.
  const [, , dry, imported, again] = steps;
  if (dry?.created !== ROWS || imported?.created !== ROWS || again?.unchanged !== ROWS) {
    throw new Error(`${target.name}: the rows were not all created, then unchanged`);
  }
  return steps;
}

function table(steps: readonly Step[]): string {
  const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [
    row(['target', 'step', 'seconds', 'peak RSS MiB', 'created', 'updated', 'unchanged']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:']),
    ...steps.map((s) =>
      row([
        s.target,
        s.step,
        s.seconds.toFixed(1),
        s.peakMiB.toFixed(0),
        s.created,
        s.updated,
        s.unchanged,
      ]),
    ),
  ].join('\n');
}

const folder = await mkdtemp(join(tmpdir(), 'bench-import-'));
const steps: Step[] = [];
try {
  rssHookFile = join(folder, 'max-rss-hook.mjs');
  await writeFile(rssHookFile, RSS_HOOK);
  const areasFile = join(folder, 'dia-ban.xlsx');
  const cadresFile = join(folder, 'can-bo.xlsx');
  await writeFile(areasFile, await templateWorkbook(areasKind, 'vi', AREAS));
  const started = performance.now();
  const people = Array.from({ length: ROWS }, (_, index) => benchCadre(index));
  await writeFile(cadresFile, await templateWorkbook(cadresKind, 'vi', people));
  process.stderr.write(
    `wrote ${ROWS} cadres in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );

  if (args.only !== 'embedded') {
    const scratch = await createScratchDatabase(args['server-url']);
    try {
      const target = { name: 'PostgreSQL', args: ['--database-url', scratch.url] };
      steps.push(...(await measure(target, areasFile, cadresFile)));
    } finally {
      if (!args.keep) await scratch.drop();
    }
  }
  if (args.only !== 'postgres') {
    const target = { name: 'embedded', args: ['--data-dir', join(folder, 'data')] };
    steps.push(...(await measure(target, areasFile, cadresFile)));
  }
} finally {
  if (!args.keep) await rm(folder, { recursive: true, force: true });
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(
  `${ROWS} cadres, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpu}, ` +
    `${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}` +
    `, peak RSS by ${hasTime ? '/usr/bin/time -v' : 'the processes’ own maxRSS'}\n\n${table(steps)}\n`,
);
