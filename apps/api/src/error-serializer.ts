import { stdSerializers } from 'pino';

// What a database fault leaves in the logs: its SQLSTATE, constraint and the server's message,
// never drizzle's "Failed query: <SQL> params: <user data>", the driver's `detail` (pg's
// "Failing row contains (…)" holds the whole row), its query/params or a connection object.
// Everything else is serialized as pino always did.

type Loose = Record<string, unknown>;

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The error itself, then what it wraps: GraphQL's originalError, then `cause`. */
function chainOf(error: unknown): Loose[] {
  const chain: Loose[] = [];
  let current = error;
  while (current instanceof Object && chain.length < 8 && !chain.includes(current as Loose)) {
    const item = current as Loose;
    chain.push(item);
    current = item['originalError'] ?? item['cause'];
  }
  return chain;
}

const carriesSql = (item: Loose) => typeof item['query'] === 'string' || 'params' in item;
const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

function framesOf(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return frames.length > 0 ? frames.join('\n') : undefined;
}

/** pino's `err` serializer, safe for errors that carry SQL. */
export function serializeError(value: unknown): unknown {
  // pino-http hands over pino's own serialization, with the error itself as `raw`.
  const raw = value instanceof Object && 'raw' in value ? value.raw : value;
  const chain = chainOf(raw);
  const database = chain.find((item) => SQLSTATE.test(String(item['code'] ?? '')));
  if (!database && !chain.some(carriesSql)) {
    return raw === value ? stdSerializers.err(value as Error) : value;
  }
  const top = chain[0] ?? {};
  // Without a SQLSTATE (connection refused, pool closed) the first message that is not the SQL.
  const plain = chain.find((item) => !carriesSql(item) && item !== top) ?? database;
  const code = textOf(database?.['code']) ?? textOf(plain?.['code']);
  return {
    type: top.constructor?.name ?? textOf(top['name']) ?? 'Error',
    message: textOf(database?.['message']) ?? textOf(plain?.['message']) ?? 'database query failed',
    ...(code ? { code } : {}),
    ...(textOf(database?.['constraint']) ? { constraint: database?.['constraint'] } : {}),
    ...(textOf(database?.['table']) ? { table: database?.['table'] } : {}),
    ...(textOf(database?.['severity']) ? { severity: database?.['severity'] } : {}),
    ...(Array.isArray(top['path']) ? { path: top['path'] } : {}),
    ...(framesOf(top['stack']) ? { stack: framesOf(top['stack']) } : {}),
  };
}
