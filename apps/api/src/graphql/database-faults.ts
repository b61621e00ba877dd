import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { databaseErrorOf, isDatabaseUnavailable, SQLSTATE } from '@luanchuyen/db';
import { t, type Language, type MessageKey } from '../i18n/messages';
import type { GraphQLContext } from './context';

// Failures that come from the database's state rather than from the request or from our code:
// the database is unreachable (stopped, restarting, every pooled connection busy past
// DB_ACQUIRE_TIMEOUT_MS) or a statement was cancelled (the request's deadline, or the server's
// statement_timeout). Both answer HTTP 503 with a code a client can act on: retry later.

export type DatabaseFaultCode = 'DATABASE_UNAVAILABLE' | 'TIMEOUT';

const MESSAGE: Record<DatabaseFaultCode, MessageKey> = {
  DATABASE_UNAVAILABLE: 'databaseUnavailable',
  TIMEOUT: 'requestTimeout',
};

/** The fault code of an error caused by the database's state; undefined for anything else. */
export function databaseFaultOf(error: unknown): DatabaseFaultCode | undefined {
  // A resolver's error reaches formatError wrapped in a GraphQLError (looked up by shape: Apollo
  // and our code may load different builds of graphql-js).
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
  if (isDatabaseUnavailable(original)) return 'DATABASE_UNAVAILABLE';
  if (databaseErrorOf(original)?.code === SQLSTATE.queryCanceled) return 'TIMEOUT';
  return undefined;
}

/** The client's message for a fault, in its language. */
export function faultMessage(code: DatabaseFaultCode, language: Language): string {
  return t(language, MESSAGE[code]);
}

/** For the context function: a database fault becomes its 503 GraphQL error, others pass. */
export function asDatabaseFault(error: unknown, language: Language): unknown {
  const code = databaseFaultOf(error);
  if (!code) return error;
  return new GraphQLError(faultMessage(code, language), {
    extensions: { code, http: { status: 503 } },
  });
}

/** Answers 503 when an operation failed on a database fault, with the message localised. */
export const databaseFaultStatus: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        if (!result.errors) return;
        let faulted = false;
        result.errors = result.errors.map((error) => {
          const code = error.extensions?.['code'];
          if (code !== 'DATABASE_UNAVAILABLE' && code !== 'TIMEOUT') return error;
          faulted = true;
          return { ...error, message: faultMessage(code, contextValue.language) };
        });
        if (faulted) response.http.status = 503;
      },
    };
  },
};
