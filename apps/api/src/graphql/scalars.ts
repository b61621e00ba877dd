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
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
    if (Number.isNaN(date.getTime())) {
      throw new AppError('BAD_USER_INPUT', 'Not an ISO 8601 date-time');
    }
    return date;
  },
});
