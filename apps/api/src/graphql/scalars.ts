import { GraphQLScalarType, Kind } from 'graphql';
import { parseIsoDate } from '@luanchuyen/domain';
import { AppError } from './errors';

// Date is a calendar date and stays a `YYYY-MM-DD` string end to end; impossible dates are
// input errors with a clear code, never silently rolled over.
function parseDate(value: unknown): string {
  const date = typeof value === 'string' ? parseIsoDate(value) : null;
  if (!date) {
    throw new AppError(
      'BAD_USER_INPUT',
      `Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`,
    );
  }
  return date;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => (typeof value === 'string' ? value : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime()))
      throw new TypeError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

// `new Date()` accepts far more than ISO 8601 and rolls impossible days over
// (2019-02-30T00:00Z becomes 2 March), so the shape and the calendar day are checked first.
const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

function parseDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  const date = match && parseIsoDate(match[1] ?? '') ? new Date(value as string) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new AppError(
      'BAD_USER_INPUT',
      'Not an ISO 8601 date-time with an offset (2026-11-25T08:30:00+07:00)',
    );
  }
  return date;
}

// JSON is output only (the audit log's before and after): stored values go out as they are,
// and no argument takes it, so input is refused rather than passed unchecked into a query.
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: () => {
    throw new AppError('BAD_USER_INPUT', 'JSON is an output-only type');
  },
  parseLiteral: () => {
    throw new AppError('BAD_USER_INPUT', 'JSON is an output-only type');
  },
});
