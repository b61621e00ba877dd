import { isIP } from 'node:net';
import { z } from 'zod';

// Every setting comes from the environment (README.md, "Configuration"); bad values stop the
// process at start with a message naming the variable, never later at a request.

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const METRICS_TOKEN_MIN_LENGTH = 24;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATABASE_URL: optionalText,
  // The owner's connection, used only to migrate at start; DATABASE_URL is then the server's
  // own role, which owns nothing (README, "Running on PostgreSQL with separate roles").
  MIGRATION_DATABASE_URL: optionalText,
  DATA_DIR: z.string().trim().min(1).default('./data'),
  BOOTSTRAP_ADMIN_PASSWORD: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // auto: readable lines when stdout is a terminal, JSON lines otherwise (files, pipes, journald).
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  // The Bearer token GET /metrics requires; unset, the route is off. Long enough not to guess.
  // A header carries it: visible ASCII only, or no scraper could ever send it.
  METRICS_TOKEN: optionalText.refine(
    (token) =>
      token === undefined ||
      (token.length >= METRICS_TOKEN_MIN_LENGTH && /^[\x21-\x7e]+$/.test(token)),
    `at least ${METRICS_TOKEN_MIN_LENGTH} visible ASCII characters without spaces (e.g. openssl rand -hex 24), or unset to turn /metrics off`,
  ),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  COOKIE_SECURE: z
    .enum(['true', 'false', 'auto'])
    .default('auto')
    .transform((value) => (value === 'auto' ? 'auto' : value === 'true')),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  // Longest wait for a pooled PostgreSQL connection; then 503 DATABASE_UNAVAILABLE.
  DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(10_000_000)
    .default(256 * 1024),
  DEMO_DATASET: z.enum(['auto', 'true', 'false']).default('auto'),
  // The most rows a tabular paper (GET /export/rotations.xlsx, …) holds; a wider filter is refused.
  EXPORT_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
  // An import's limits (POST /import/{kind}, npm run import): rows of a file, bytes of an upload.
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(200 * 1024 * 1024)
    .default(20 * 1024 * 1024),
  // How many items the query cost assumes for a list that has no `first` (graphql/list-cost.ts).
  LIST_SIZE_ESTIMATE: z.coerce.number().int().min(1).max(1000).default(20),
  // Each caller's GraphQL cost budget (services/rate-limit.ts): a bucket of this many points,
  // leaking this many a minute. 0 turns the rate limit off; at least 60, a point a second.
  RATE_LIMIT_POINTS_PER_MINUTE: z
    .string()
    .trim()
    .default('200000')
    .refine(
      (value) => /^\d+$/.test(value) && (Number(value) === 0 || Number(value) >= 60),
      'a whole number of points of at least 60, or 0 to turn the rate limit off',
    )
    .transform(Number)
    .refine((value) => value <= 100_000_000, 'at most 100000000'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(100),
  LOGIN_BLOCK_MINUTES: z.coerce
    .number()
    .positive()
    .max(7 * 24 * 60)
    .default(15),
  // How long the first answer to a mutation sent with an Idempotency-Key is kept and replayed.
  IDEMPOTENCY_KEY_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(24),
  // Express's `trust proxy`: false (default), true, a hop count, or addresses/subnets such as
  // `loopback` or `10.0.0.0/8, 192.168.1.5`. Behind a reverse proxy it gives the client's address
  // to the sign-in limits and its scheme to Secure cookies.
  TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .refine(isTrustProxy, 'true, false, a hop count, or addresses, subnets, loopback…')
    .transform((value): boolean | number | string => {
      if (value === 'true' || value === 'false') return value === 'true';
      return /^\d+$/.test(value) ? Number(value) : value;
    }),
  // Origins (scheme://host[:port]) whose pages may call the API from a browser, comma-separated;
  // none by default. Such callers authenticate with an API key, never the session cookie.
  CORS_ORIGINS: z
    .string()
    .trim()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .refine(
      (origins) => origins.every(isOrigin),
      'origins such as https://bao-cao.example.vn, comma-separated',
    ),
});

/** An origin as browsers send it: scheme, host and port only, no path or trailing slash. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** What Express's `trust proxy` accepts, checked here so a typo stops the start with its name. */
function isTrustProxy(value: string): boolean {
  if (value === 'true' || value === 'false' || /^\d+$/.test(value)) return true;
  return value.split(',').every((item) => {
    const [address = '', prefix, ...rest] = item.trim().split('/');
    if (rest.length > 0) return false;
    if (prefix === undefined) return PROXY_NAMES.has(address) || isIP(address) !== 0;
    const bits = isIP(address) === 4 ? 32 : isIP(address) === 6 ? 128 : 0;
    return /^\d{1,3}$/.test(prefix) && Number(prefix) <= bits;
  });
}

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** PostgreSQL only: the owner role's URL for the migrations; unset: DATABASE_URL migrates. */
  migrationDatabaseUrl: string | undefined;
  dataDir: string;
  bootstrapAdminPassword: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** 'auto': pretty on a terminal, JSON otherwise (logger.ts). */
  logFormat: z.infer<typeof envSchema>['LOG_FORMAT'];
  /** GET /metrics's Bearer token; undefined: the route is off. */
  metricsToken: string | undefined;
  sessionTtlMs: number;
  /** 'auto': Secure when the request came over HTTPS (directly or via X-Forwarded-Proto). */
  cookieSecure: boolean | 'auto';
  requestTimeoutMs: number;
  statementTimeoutMs: number;
  /** PostgreSQL: longest wait for a free pooled connection before answering 503. */
  dbAcquireTimeoutMs: number;
  bodyLimitBytes: number;
  /** The most rows a tabular paper under /export holds. */
  exportMaxRows: number;
  /** The most data rows one imported file may hold; more is refused before anything is written. */
  importMaxRows: number;
  /** The largest file POST /import/{kind} accepts (413 above it). */
  importMaxBytes: number;
  /** Items the query cost counts for a list without `first`, unless the field is bounded lower. */
  listSizeEstimate: number;
  /** Each caller's GraphQL cost budget per minute (its bucket's size); 0: no rate limit. */
  rateLimitPointsPerMinute: number;
  /** Fill an empty registry with the demo dataset at start: 'auto' = the embedded database only. */
  demoDataset: 'auto' | 'always' | 'never';
  login: { maxFailuresPerUser: number; maxFailuresPerAddress: number; blockSeconds: number };
  trustProxy: boolean | number | string;
  /** How long an Idempotency-Key's first answer is replayed. */
  idempotencyTtlMs: number;
  /** Browser origins allowed to call the API cross-origin (with API keys only). */
  corsOrigins: readonly string[];
};

const DEMO_SETTINGS = { auto: 'auto', true: 'always', false: 'never' } as const satisfies Record<
  string,
  Config['demoDataset']
>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.MIGRATION_DATABASE_URL && !e.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  MIGRATION_DATABASE_URL: needs DATABASE_URL (the embedded database has one role)',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    migrationDatabaseUrl: e.MIGRATION_DATABASE_URL,
    dataDir: e.DATA_DIR,
    bootstrapAdminPassword: e.BOOTSTRAP_ADMIN_PASSWORD,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    metricsToken: e.METRICS_TOKEN,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
    cookieSecure: e.COOKIE_SECURE,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    dbAcquireTimeoutMs: e.DB_ACQUIRE_TIMEOUT_MS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    exportMaxRows: e.EXPORT_MAX_ROWS,
    importMaxRows: e.IMPORT_MAX_ROWS,
    importMaxBytes: e.IMPORT_MAX_BYTES,
    listSizeEstimate: e.LIST_SIZE_ESTIMATE,
    rateLimitPointsPerMinute: e.RATE_LIMIT_POINTS_PER_MINUTE,
    demoDataset: DEMO_SETTINGS[e.DEMO_DATASET],
    login: {
      maxFailuresPerUser: e.LOGIN_MAX_FAILURES,
      maxFailuresPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS,
      blockSeconds: Math.round(e.LOGIN_BLOCK_MINUTES * 60),
    },
    trustProxy: e.TRUST_PROXY,
    idempotencyTtlMs: e.IDEMPOTENCY_KEY_HOURS * 3_600_000,
    corsOrigins: e.CORS_ORIGINS,
  };
}
