import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { runInStatementScope, StatementScope } from '@luanchuyen/db';
import { faultMessage } from '../graphql/database-faults';
import { languageOf } from '../i18n/messages';
import { ERROR_CODE, sendError } from './send-error';

// REQUEST_TIMEOUT_MS bounds a request from the moment it reaches the API to its answer. Node's
// own server.requestTimeout only bounds receiving the request, so a slow statement ran on and
// answered 200 long after. Here the request runs in a statement scope: at its deadline the
// statements it runs are cancelled in the database (pg_cancel_backend), its transaction can no
// longer commit, and the client gets 503 TIMEOUT at once.

/** Set on `response.locals` once the deadline answered; later writes of the handler are void. */
export const TIMED_OUT = 'timedOut';

export function requestDeadline(timeoutMs: number): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const scope = new StatementScope();
    // Told now: by the deadline the request may be deep in a route, where Express has changed
    // baseUrl and path. The endpoint itself is /graphql; /graphql/schema.graphql is a file.
    const graphqlEndpoint = request.baseUrl === '/graphql' && request.path === '/';
    const timer = setTimeout(() => {
      response.locals[TIMED_OUT] = true;
      void scope.cancel().then((cancelled) => {
        request.log.warn({ timeoutMs, cancelled }, 'request ran past its time: cancelled');
      });
      if (!response.headersSent) answerTimeout(request, response, graphqlEndpoint);
    }, timeoutMs);
    // 'close' also fires when the client goes away first; either way the deadline is moot.
    response.once('close', () => clearTimeout(timer));
    runInStatementScope(scope, next);
  };
}

function answerTimeout(request: Request, response: Response, graphqlEndpoint: boolean): void {
  const message = faultMessage('TIMEOUT', languageOf(request.headers['accept-language']));
  // GraphQL clients read `errors`; the other API paths have the `{ error }` shape.
  if (graphqlEndpoint) {
    response.locals[ERROR_CODE] = 'TIMEOUT';
    response.status(503).json({ errors: [{ message, extensions: { code: 'TIMEOUT' } }] });
  } else {
    sendError(response, 503, 'TIMEOUT', message);
  }
}
