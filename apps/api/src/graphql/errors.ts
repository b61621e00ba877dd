import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { databaseFaultOf, type DatabaseFaultCode } from './database-faults';

// Expected failures (not signed in, not allowed, not found, bad input) are one error class with
// a code, mapped here and nowhere else; anything else is a fault: logged whole, masked to clients.

export type AppErrorCode =
  | 'UNAUTHENTICATED'
  | 'KEY_REVOKED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'RATE_LIMITED'
  // A field error: the field is personal data the caller may not read (personal-fields.ts).
  | 'PERSONAL_DATA_HIDDEN'
  | DatabaseFaultCode;

const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  KEY_REVOKED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 200,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
  PERSONAL_DATA_HIDDEN: 200,
  DATABASE_UNAVAILABLE: 503,
  TIMEOUT: 503,
};

export class AppError extends GraphQLError {
  constructor(code: AppErrorCode, message: string) {
    super(message, { extensions: { code, http: { status: HTTP_STATUS[code] } } });
  }
}

// Codes that graphql-js and Apollo give to client faults (parse, validation, bad variables).
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'KEY_REVOKED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'PERSONAL_DATA_HIDDEN',
  // Raised as AppErrors where the caller's language is known (the context function).
  'DATABASE_UNAVAILABLE',
  'TIMEOUT',
]);

/**
 * A bad value written in the document (an impossible Date literal) is the mistake a bad
 * variable is: graphql-js reports the literal as a validation failure, with our scalar's
 * BAD_USER_INPUT as its cause, and the caller gets that code either way.
 */
function badInputInDocument(error: unknown): boolean {
  // Apollo wraps graphql-js's validation error, which wraps the scalar's: look a few causes down.
  // By shape, not class: under a test runner Apollo's graphql-js may be another module instance.
  let cause = causeOf(error);
  for (let depth = 0; cause && depth < 3; depth++) {
    if (cause instanceof AppError) return cause.extensions['code'] === 'BAD_USER_INPUT';
    cause = causeOf(cause);
  }
  return false;
}

function causeOf(error: unknown): unknown {
  return error instanceof Error && 'originalError' in error ? error.originalError : undefined;
}

/**
 * Our words only: Apollo prefixes what the context function throws ("Context creation failed:"),
 * and graphql-armor words its limits as syntax errors ("Syntax Error: Query Cost limit of …").
 */
function plainMessage(message: string): string {
  return message
    .replace(/^Context creation failed: /u, '')
    .replace(/^Syntax Error: (?=.* limit of \d+ exceeded)/u, '');
}

export function formatErrorFor(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = badInputInDocument(error) ? 'BAD_USER_INPUT' : formatted.extensions?.['code'];
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return {
        ...formatted,
        message: plainMessage(formatted.message),
        extensions: { ...extensions, code },
      };
    }
    // An outage or a cancelled statement is not a fault of ours: 503 with its own code (the
    // databaseFaultStatus plugin sets the status and the caller's language).
    const fault = databaseFaultOf(error);
    if (fault) {
      logger.warn({ err: error }, 'database fault in a GraphQL request');
      return {
        message: fault,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: fault },
      };
    }
    logger.error({ err: error }, 'unexpected error in a GraphQL request');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
