// A database that does not answer (stopped, restarting, unreachable, every pooled connection
// busy past the acquire timeout) is an outage, not a fault of the request: callers answer 503
// and retry later. The drivers report it in several shapes, all recognised here.

/** SQLSTATEs of a server going away or refusing connections for now. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: pg_ctl stop/restart -m fast terminates sessions
  '57P02', // crash_shutdown: another backend crashed (or -m immediate)
  '57P03', // cannot_connect_now: the server is starting up or shutting down
  '53300', // too_many_connections
]);

/** Node's socket errors when the server is not there. */
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// `pg` and `pg-pool` raise these as plain Errors without a code.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /is not queryable$/,
  /^Cannot use a pool after calling end on the pool/,
];

/** True when `error`, or an error it wraps, says the database is unreachable for now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return someInChain(error, (item) => {
    const { code, message } = item as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      if (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08')) return true;
      if (UNAVAILABLE_NODE_CODES.has(code)) return true;
    }
    return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((re) => re.test(message));
  });
}

// Drizzle wraps driver errors in `cause`; a refused dual-stack connect is an AggregateError.
function someInChain(error: unknown, test: (item: object) => boolean, depth = 0): boolean {
  if (!(error instanceof Object) || depth > 5) return false;
  if (test(error)) return true;
  const { cause, errors } = error as { cause?: unknown; errors?: unknown };
  if (Array.isArray(errors) && errors.some((item) => someInChain(item, test, depth + 1))) {
    return true;
  }
  return someInChain(cause, test, depth + 1);
}
