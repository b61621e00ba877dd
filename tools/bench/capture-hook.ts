// Preloaded into a throw-away API process (`node --import ./capture-hook.ts`) to record every
// statement it sends: text, parameters, row mode and when it started and ended. The floor
// server replays exactly these, so "the same SQL" is measured, not a hand-written guess.
// Hooking pg's Client (the API bundle leaves `pg` external, so this is the same class) sees
// every statement of drizzle and of the pool alike; nothing in the API is changed.
import { appendFileSync } from 'node:fs';
import pg from 'pg';

export type CapturedStatement = {
  text: string;
  values: unknown[];
  rowMode: 'array' | null;
  /** Milliseconds since the process started: for telling parallel statements apart. */
  start: number;
  end: number;
};

type QueryConfig = { text?: unknown; values?: unknown[]; rowMode?: string; submit?: unknown };
type Query = (this: pg.Client, ...args: unknown[]) => unknown;

const file = process.env['BENCH_CAPTURE_FILE'];
const prototype = pg.Client.prototype as unknown as { query: Query };
const original = prototype.query;

function record(config: QueryConfig, values: unknown[] | undefined, start: number): void {
  const statement: CapturedStatement = {
    text: String(config.text),
    values: values ?? config.values ?? [],
    rowMode: config.rowMode === 'array' ? 'array' : null,
    start,
    end: performance.now(),
  };
  if (file) appendFileSync(file, `${JSON.stringify(statement)}\n`);
}

prototype.query = function query(this: pg.Client, ...args: unknown[]): unknown {
  const [first, second] = args;
  const config: QueryConfig = typeof first === 'string' ? { text: first } : (first as QueryConfig);
  // Streams (COPY) are not what a read request sends: pass them by.
  if (config?.submit !== undefined) return original.apply(this, args);
  const values = Array.isArray(second) ? (second as unknown[]) : undefined;
  const start = performance.now();
  const callback = args.at(-1);
  // pg-pool's query() (what drizzle calls on a pool) passes a callback; a client returns a promise.
  if (typeof callback === 'function') {
    const wrapped = (...results: unknown[]) => {
      record(config, values, start);
      return (callback as (...a: unknown[]) => unknown)(...results);
    };
    return original.apply(this, [...args.slice(0, -1), wrapped]);
  }
  const result = original.apply(this, args) as Promise<unknown>;
  return result.then((value) => {
    record(config, values, start);
    return value;
  });
};
