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

/** The row ids a write request names: its input's global ids, decoded (`Type:uuid`). */
function idsOfBody(body: string): string[] {
  const { variables } = JSON.parse(body) as { variables?: { input?: Record<string, unknown> } };
  return ['cadreId', 'fromPositionId', 'toPositionId'].map((field) => {
    const globalId = variables?.input?.[field];
    return typeof globalId === 'string'
      ? (Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '')
      : '';
  });
}

/** A captured value with the captured request's ids replaced by this request's. */
function substituted(value: unknown, from: readonly string[], to: readonly string[]): unknown {
  if (typeof value === 'string') {
    return from.reduce((text, id, i) => (id ? text.replaceAll(id, to[i] ?? id) : text), value);
  }
  if (Array.isArray(value)) return value.map((item) => substituted(item, from, to));
  return value;
}

// PostgreSQL's "try again" answers to a serializable transaction, which our API retries too.
const RETRIED = new Set(['40001', '40P01']);

/**
 * A write's statements in order on one connection, as our API ran them in its transaction
 * (the post's session lock, BEGIN … COMMIT, the unlock), for this request's rows; a
 * serialization failure or deadlock rolls back and starts again, as services/transaction.ts does
 * (five attempts; a request whose attempts run out answers 500, an error in the table, as ours
 * answers the user error CONFLICT, which m1.ts counts as an error too).
 */
async function runWrite(pool: pg.Pool, script: Script, body: string): Promise<unknown[][]> {
  const ids = idsOfBody(body);
  const statements = script.waves.flat().map((statement) => ({
    ...statement,
    values: substituted(statement.values, script.write?.ids ?? [], ids) as unknown[],
  }));
  const client = await pool.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const results: unknown[][] = [];
        for (const statement of statements) {
          const config = { text: statement.text, values: statement.values, types };
          const result =
            statement.rowMode === 'array'
              ? await client.query({ ...config, rowMode: 'array' })
              : await client.query(config);
          results.push(result.rows);
        }
        return results;
      } catch (error) {
        await client.query('ROLLBACK');
        await client.query('SELECT pg_advisory_unlock_all()');
        const code = (error as { code?: string }).code;
        if (attempt >= 5 || !code || !RETRIED.has(code)) throw error;
        // The same bounded, jittered backoff as services/transaction.ts.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));
      }
    }
  } finally {
    client.release();
  }
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
  let reported = 0;
  const server: Server = createServer((request, response) => {
    const script = request.url ? byPath.get(request.url) : undefined;
    // The body (the same GraphQL document autocannon sends ours) is read; only a write's
    // variables are used, for the rows it names.
    const chunks: Buffer[] = [];
    if (script?.write) request.on('data', (chunk: Buffer) => chunks.push(chunk));
    else request.resume();
    request.on('end', () => {
      if (!script) {
        response.writeHead(404).end();
        return;
      }
      const done = script.write
        ? runWrite(pool, script, Buffer.concat(chunks).toString('utf8'))
        : runScript(pool, script);
      done.then(
        (rows) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(rows));
        },
        (error: unknown) => {
          // The first few reach the benchmark's stderr: an error is never timed silently.
          if (reported++ < 3) process.stderr.write(`floor ${script.key}: ${String(error)}\n`);
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
