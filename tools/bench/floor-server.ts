import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type { Script, Statement } from './capture';

// QUALITY.md's floor: a bare node:http server with a pg Pool that, for each Q, runs exactly
// the statements our API ran for it (same text, parameters, row mode, waves in parallel as the
// API had them) and answers JSON.stringify of the rows. No GraphQL, no framework, no auth
// logic beyond the lookup statement itself: whatever our API costs above this is its overhead.

// Dates and timestamps stay text, as drizzle's node-postgres driver asks, so neither side
// pays for Date objects the other does not build.
const TEXT_TYPES = new Set([1082, 1114, 1184, 1186, 1231, 1115, 1185, 1187, 1182]);
const types = {
  getTypeParser: ((typeId: number, format?: 'text' | 'binary') =>
    TEXT_TYPES.has(typeId)
      ? (value: string) => value
      : pg.types.getTypeParser(typeId, format)) as typeof pg.types.getTypeParser,
};

export type FloorServer = { url: string; stop(): Promise<void> };

function run(pool: pg.Pool, statement: Statement): Promise<unknown[]> {
  const config = { text: statement.text, values: statement.values, types };
  return statement.rowMode === 'array'
    ? pool.query({ ...config, rowMode: 'array' }).then((result) => result.rows)
    : pool.query(config).then((result) => result.rows);
}

/** Runs a script's waves in order, each wave's statements together; the rows of each. */
export async function runScript(pool: pg.Pool, script: Script): Promise<unknown[][]> {
  const results: unknown[][] = [];
  for (const wave of script.waves) {
    results.push(...(await Promise.all(wave.map((statement) => run(pool, statement)))));
  }
  return results;
}

/** Serves POST /graphql/<key> (e.g. /graphql/Q1, /graphql/Q2-20) for each script; 10 connections like ours. */
export async function startFloor(
  databaseUrl: string,
  scripts: readonly Script[],
): Promise<FloorServer> {
  // The same session settings as the API's pool (libs/db engines/postgres.ts): without JIT off,
  // a statement the planner overestimates is compiled on each run and the floor measures LLVM.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, options: '-c jit=off' });
  const byPath = new Map(scripts.map((script) => [`/graphql/${script.key}`, script]));
  const server: Server = createServer((request, response) => {
    const script = request.url ? byPath.get(request.url) : undefined;
    // The body (the same GraphQL document autocannon sends ours) is read and dropped.
    request.resume();
    request.on('end', () => {
      if (!script) {
        response.writeHead(404).end();
        return;
      }
      runScript(pool, script).then(
        (rows) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(rows));
        },
        (error: unknown) => {
          response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}

// As its own process (`node floor-server.ts <scripts.json>`, DATABASE_URL in the environment)
// so the floor does not share an event loop with autocannon: prints its URL, stops on SIGTERM.
if (process.argv[1] === import.meta.filename) {
  const [scriptsFile] = process.argv.slice(2);
  const { readFileSync } = await import('node:fs');
  const scripts = JSON.parse(readFileSync(scriptsFile ?? '', 'utf8')) as Script[];
  const floor = await startFloor(process.env['DATABASE_URL'] ?? '', scripts);
  process.stdout.write(`${JSON.stringify({ url: floor.url })}\n`);
  process.once('SIGTERM', () => void floor.stop().then(() => process.exit(0)));
}
