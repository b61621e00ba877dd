import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { answersDiffer, askPostGraphile } from './answers';
import { NODE, ROOT, spawnFloor, spawnPostGraphile, startApi, type RunningApi } from './api-server';
import { captureScripts, requestBody } from './capture';
import { cpuMeter } from './cpu';
import {
  createScratchDatabase,
  generateDataset,
  keptDatabase,
  type ScratchDatabase,
} from './database';
import { captureM1, m1Query, moveBody, prepareMoves, writingSide, type Moves } from './m1';
import { postgraphileQuery } from './postgraphile-queries';
import { benchQueries } from './queries';
import { report, type QueryResult } from './report';
import { compareSides, singleLatency, type Target } from './run-load';
import { fixedRates, httpSide, pgbenchSide } from './sides';

// `npm run bench`: QUALITY.md's Q1–Q4 against our API and against the bare node:http + pg
// floor running the same SQL, on a freshly generated dataset (see README.md).

const { values: args } = parseArgs({
  allowNegative: true,
  options: {
    scale: { type: 'string', default: 'province' },
    duration: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    singles: { type: 'string', default: '20' },
    'database-url': { type: 'string' },
    'server-url': {
      type: 'string',
      default: process.env['BENCH_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
    keep: { type: 'boolean', default: false },
    // Keep the generated dataset as lcb_bench_<scale>_seed42 and reuse it on later runs.
    reuse: { type: 'boolean', default: false },
    // pgbench on the captured SQL, the ceiling; --no-pgbench leaves it out.
    pgbench: { type: 'boolean', default: true },
    // Seconds of each fixed-rate run (25/50/75% of the floor's peak); 0 leaves them out.
    'fixed-duration': { type: 'string', default: '5' },
    // Where to save the captured statements (JSON), for EXPLAIN and counting.
    statements: { type: 'string' },
    // Only these rows, by key (e.g. --only Q1,M1); all of them by default.
    only: { type: 'string' },
  },
});
const options = {
  duration: Number(args.duration),
  runs: Number(args.runs),
  connections: Number(args.connections),
  warmup: Number(args.warmup),
};
const log = (line: string) => process.stderr.write(`${line}\n`);

function buildApi(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [join(ROOT, 'tools/build-api.mjs')], { cwd: ROOT, stdio: 'inherit' });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`build-api: ${code}`)),
    );
  });
}

async function database(): Promise<ScratchDatabase> {
  const given = args['database-url'];
  if (given) return { url: given, drop: async () => undefined };
  if (args.reuse) return keptDatabase(args['server-url'], args.scale, log);
  const scratch = await createScratchDatabase(args['server-url']);
  log(`generating the ${args.scale} dataset into ${new URL(scratch.url).pathname.slice(1)}`);
  try {
    await generateDataset(scratch.url, args.scale);
  } catch (error) {
    await scratch.drop();
    throw error;
  }
  return scratch;
}

/** Whether the row with this key is measured (--only). */
function wanted(key: string): boolean {
  return args.only === undefined || args.only.split(',').includes(key);
}

// More moves than any side proposes in one run at these scales (m1.ts).
const M1_MOVES = 20_000;

async function bench(databaseUrl: string, work: string): Promise<QueryResult[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const m1 = wanted('M1') ? await prepareMoves(pool, M1_MOVES) : undefined;
  try {
    return await benchAll(databaseUrl, work, pool, m1);
  } finally {
    await m1?.remove();
    await pool.end();
  }
}

async function benchAll(
  databaseUrl: string,
  work: string,
  pool: pg.Pool,
  m1: Moves | undefined,
): Promise<QueryResult[]> {
  const queries = (await benchQueries(pool)).filter((query) => wanted(query.key));
  const captureFile = join(work, 'statements.jsonl');
  const capturing = await startApi(databaseUrl, captureFile);
  const { scripts, answers } = await captureScripts(capturing, captureFile, queries)
    .then(async (captured) => {
      if (m1) captured.scripts.push(await captureM1(capturing, captureFile, pool, m1.moves));
      return captured;
    })
    .finally(() => capturing.stop());
  const scriptsFile = join(work, 'scripts.json');
  writeFileSync(scriptsFile, JSON.stringify(scripts));
  if (args.statements) writeFileSync(args.statements, JSON.stringify(scripts, null, 2));
  const running: RunningApi[] = [];
  const meter = cpuMeter(databaseUrl);
  try {
    const ours = await startApi(databaseUrl);
    running.push(ours);
    const floor = await spawnFloor(databaseUrl, scriptsFile);
    running.push(floor);
    const postgraphile = await spawnPostGraphile(databaseUrl);
    running.push(postgraphile);
    const results: QueryResult[] = [];
    for (const query of queries) {
      const script = scripts.find((candidate) => candidate.key === query.key);
      if (!script) throw new Error(`No script for ${query.key}`);
      log(
        `${query.key} ${query.label}: ${script.statements} statements in ${script.waves.length} waves`,
      );
      const body = requestBody(query);
      const targets = new Map<string, Target>([
        ['ours', { url: `${ours.url}/graphql`, headers: ours.headers, body }],
        ['floor', { url: `${floor.url}/graphql/${query.key}`, headers: floor.headers, body }],
      ]);
      const pids = new Map([
        ['ours', ours.pid],
        ['floor', floor.pid],
        ['postgraphile', postgraphile.pid],
      ]);
      // PostGraphile is timed only on an answer equal to ours (answers.ts).
      const theirs = postgraphileQuery(query);
      if (theirs) {
        const difference = answersDiffer(
          query,
          answers.get(query.key),
          await askPostGraphile(postgraphile.url, query),
        );
        if (difference)
          throw new Error(`${query.key}: PostGraphile answers differently at ${difference}`);
        const pgBody = JSON.stringify(theirs);
        targets.set('postgraphile', {
          url: `${postgraphile.url}/graphql`,
          headers: postgraphile.headers,
          body: pgBody,
        });
      }
      const sides = [...targets].map(([name, target]) =>
        httpSide(name, target, pids.get(name), meter, options.connections),
      );
      if (args.pgbench) {
        sides.push(
          pgbenchSide(databaseUrl, join(work, `${query.key}.sql`), script, options.connections),
        );
      }
      const samples = await compareSides(sides, options, log);
      const singles = Number(args.singles);
      const single = ['Q3', 'Q4'].includes(query.name)
        ? {
            ours: await singleLatency(targets.get('ours') as Target, singles),
            floor: await singleLatency(targets.get('floor') as Target, singles),
            ...(targets.has('postgraphile')
              ? {
                  postgraphile: await singleLatency(targets.get('postgraphile') as Target, singles),
                }
              : {}),
          }
        : undefined;
      const floorPeak = samples.get('floor')?.rps ?? 0;
      const fixed =
        Number(args['fixed-duration']) > 0
          ? await fixedRates(
              targets,
              floorPeak,
              options.connections,
              Number(args['fixed-duration']),
            )
          : [];
      results.push({
        query,
        statements: script.statements,
        waves: script.waves.length,
        samples,
        fixed,
        ...(single ? { single } : {}),
      });
    }
    const m1Script = scripts.find((script) => script.key === 'M1');
    if (m1 && m1Script) {
      log(`M1 rotationCreate: ${m1Script.statements} statements, ${m1.moves.length} moves`);
      const bodies = m1.moves.map(moveBody);
      const body = bodies[0] ?? '';
      // No PostGraphile (it has no rules to check a proposal with) and no pgbench (a write's
      // statements need this request's rows); every run undoes what it wrote (m1.ts).
      const sides = [
        httpSide(
          'ours',
          { url: `${ours.url}/graphql`, headers: ours.headers, body, bodies },
          ours.pid,
          meter,
          options.connections,
        ),
        httpSide(
          'floor',
          { url: `${floor.url}/graphql/M1`, headers: floor.headers, body, bodies },
          floor.pid,
          meter,
          options.connections,
        ),
      ].map((side) => writingSide(side, pool));
      results.push({
        query: m1Query(m1.moves),
        statements: m1Script.statements,
        waves: m1Script.waves.length,
        samples: await compareSides(sides, options, log),
        fixed: [],
      });
    }
    return results;
  } finally {
    await meter.close();
    for (const server of running.reverse()) await server.stop();
  }
}

const scratch = await database();
const work = mkdtempSync(join(tmpdir(), 'lcb-bench-'));
try {
  log('building the API bundle');
  await buildApi();
  const results = await bench(scratch.url, work);
  const heading =
    `${args.scale} scale, ${options.connections} connections, ${options.runs} alternating rounds of ` +
    `${options.duration} s after ${options.warmup} s warm-up; medians`;
  process.stdout.write(`\n${report(results, heading)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
  if (args.keep) log(`kept ${scratch.url}`);
  else await scratch.drop();
}
