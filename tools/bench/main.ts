import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { NODE, ROOT, spawnFloor, startApi, type RunningApi } from './api-server';
import { captureScripts, requestBody } from './capture';
import { createScratchDatabase, generateDataset, type ScratchDatabase } from './database';
import { benchQueries } from './queries';
import { report, type QueryResult } from './report';
import { compare, singleLatency } from './run-load';

// `npm run bench`: QUALITY.md's Q1–Q4 against our API and against the bare node:http + pg
// floor running the same SQL, on a freshly generated dataset (see README.md).

const { values: args } = parseArgs({
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
    // Where to save the captured statements (JSON), for EXPLAIN and counting.
    statements: { type: 'string' },
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

async function bench(databaseUrl: string, work: string): Promise<QueryResult[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const queries = await benchQueries(pool).finally(() => pool.end());
  const captureFile = join(work, 'statements.jsonl');
  const capturing = await startApi(databaseUrl, captureFile);
  const { scripts } = await captureScripts(capturing, captureFile, queries).finally(() =>
    capturing.stop(),
  );
  const scriptsFile = join(work, 'scripts.json');
  writeFileSync(scriptsFile, JSON.stringify(scripts));
  if (args.statements) writeFileSync(args.statements, JSON.stringify(scripts, null, 2));
  const running: RunningApi[] = [];
  try {
    const ours = await startApi(databaseUrl);
    running.push(ours);
    const floor = await spawnFloor(databaseUrl, scriptsFile);
    running.push(floor);
    const results: QueryResult[] = [];
    for (const [index, query] of queries.entries()) {
      const script = scripts[index];
      if (!script) throw new Error(`No script for ${query.name}`);
      const body = requestBody(query);
      const oursTarget = { url: `${ours.url}/graphql`, headers: ours.headers, body };
      const floorTarget = {
        url: `${floor.url}/graphql/${query.name}`,
        headers: floor.headers,
        body,
      };
      log(
        `${query.name} ${query.label}: ${script.statements} statements in ${script.waves.length} waves`,
      );
      const samples = await compare(oursTarget, floorTarget, options, log);
      const singles = Number(args.singles);
      const single = ['Q3', 'Q4'].includes(query.name)
        ? {
            ours: await singleLatency(oursTarget, singles),
            floor: await singleLatency(floorTarget, singles),
          }
        : undefined;
      results.push({
        query,
        statements: script.statements,
        waves: script.waves.length,
        ...samples,
        ...(single ? { single } : {}),
      });
    }
    return results;
  } finally {
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
    `${args.scale} scale, ${options.connections} connections, ${options.runs} runs of ` +
    `${options.duration} s after ${options.warmup} s warm-up; medians`;
  process.stdout.write(`\n${report(results, heading)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
  if (args.keep) log(`kept ${scratch.url}`);
  else await scratch.drop();
}
