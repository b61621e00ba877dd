// Drizzle wraps driver errors (DrizzleQueryError with the driver's error as `cause`), and the
// two drivers' error classes differ; both carry PostgreSQL's SQLSTATE and constraint name.

/** The SQLSTATEs the schema's constraints raise. */
export const SQLSTATE = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  notNullViolation: '23502',
  /** rotations_no_overlap_per_cadre: one cadre's rotations overlap. */
  exclusionViolation: '23P01',
  /** The append-only trigger on audit_events. */
  integrityConstraintViolation: '23000',
  /** statement_timeout reached. */
  queryCanceled: '57014',
} as const;

export type DatabaseErrorInfo = {
  code: string;
  /** The violated constraint's name, for integrity errors. */
  constraint: string | undefined;
  /** The server's message, e.g. the audit trigger's "audit_events is append-only: UPDATE …". */
  message: string;
};

/** SQLSTATE, constraint and message of a database error, looked up through `cause` chains. */
export function databaseErrorOf(error: unknown): DatabaseErrorInfo | undefined {
  for (let current = error, depth = 0; current instanceof Object && depth < 5; depth++) {
    const { code, constraint, message, cause } = current as Record<string, unknown>;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      return {
        code,
        constraint: typeof constraint === 'string' ? constraint : undefined,
        message: typeof message === 'string' ? message : '',
      };
    }
    current = cause;
  }
  return undefined;
}
