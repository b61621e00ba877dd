import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, StatementCancelled } from '../src';

// The shapes in which pg, pg-pool and drizzle report a database that is away, as seen in the
// fault suite (apps/api/faults), against errors that are the request's own.

const wrapped = (cause: unknown) =>
  Object.assign(new Error('Failed query: begin\nparams: '), { cause });
const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'a session terminated by pg_ctl restart -m fast (57P01), inside drizzle',
      wrapped(withCode('57P01')),
    ],
    ['the server starting up (57P03)', withCode('57P03')],
    ['a connection exception (class 08)', withCode('08006')],
    ['a refused connection on both addresses', new AggregateError([withCode('ECONNREFUSED')])],
    ['a socket cut mid-statement', wrapped(new Error('Connection terminated unexpectedly'))],
    [
      'no pooled connection within the acquire timeout',
      new Error('timeout exceeded when trying to connect'),
    ],
    [
      'a connection that already failed',
      wrapped(new Error('Client has encountered a connection error and is not queryable')),
    ],
  ])('recognises %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', wrapped(withCode('23505'))],
    ['a cancelled statement', new StatementCancelled()],
    ['a serialization failure', withCode('40001')],
    ['a plain bug', new TypeError('undefined is not a function')],
    ['a non-error', 'oops'],
  ])('does not take %s for an outage', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
