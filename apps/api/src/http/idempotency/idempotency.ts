import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { Database } from '@luanchuyen/db';
import { identify } from '../../auth/identify';
import { callerKey } from '../../auth/principal';
import { sha256Hex } from '../../auth/tokens';
import type { Clock } from '../../clock';
import { QUERY_LIMITS } from '../../graphql/limits';
import { languageOf, t } from '../../i18n/messages';
import { sendError } from '../send-error';
import { idempotencyStore } from '../../services/idempotency-store';

// Idempotency-Key on POST /graphql (README, "Reliability"): a client that retries a mutation
// after a connection reset must not write twice. The first request with a key runs and its
// answer (status and body) is kept; the same key and body from the same caller get that answer
// again without running; another body under the key is refused (422); a request arriving while
// the first still runs is told to try again (409 CONFLICT, Retry-After), never run twice.
// Queries ignore the header. Answers of 500 and above are not kept: nothing was written, so a
// retry runs again. Anonymous callers have no key space: their requests run as usual.

const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

/** Whether the body asks for a mutation; anything unparsable is left to GraphQL to answer. */
function isMutation(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  try {
    const operations = parse(query, { maxTokens: QUERY_LIMITS.maxTokens }).definitions.filter(
      (node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION,
    );
    const chosen =
      typeof operationName === 'string'
        ? operations.find((node) => node.name?.value === operationName)
        : operations.length === 1
          ? operations[0]
          : undefined;
    return chosen?.operation === 'mutation';
  } catch {
    return false;
  }
}

export function idempotency(
  db: Database,
  options: { ttlMs: number; leaseMs: number; clock: Clock },
): RequestHandler {
  const store = idempotencyStore(db, options.ttlMs, options.leaseMs);
  return async (request: Request, response: Response, next: NextFunction) => {
    const key = request.get('idempotency-key');
    if (key === undefined || request.method !== 'POST' || !isMutation(request.body)) return next();
    const language = languageOf(request.headers['accept-language']);
    if (!KEY_SHAPE.test(key)) {
      return sendError(response, 400, 'BAD_IDEMPOTENCY_KEY', t(language, 'idempotencyKeyInvalid'));
    }
    const principal = await identify(db, request, options.clock.now());
    if (!principal) return next();
    const caller = callerKey(principal);
    const claim = await store.claim(caller, key, sha256Hex(JSON.stringify(request.body)));
    switch (claim.kind) {
      case 'replay':
        response.setHeader('Idempotency-Replayed', 'true');
        response.status(claim.status).type('application/json').send(claim.body);
        return;
      case 'reused':
        return sendError(
          response,
          422,
          'IDEMPOTENCY_KEY_REUSED',
          t(language, 'idempotencyKeyReused'),
        );
      case 'running':
        response.setHeader('Retry-After', '1');
        return sendError(response, 409, 'CONFLICT', t(language, 'idempotencyKeyRunning'));
    }
    // The answer is kept BEFORE it is sent: a client that has it (or lost it to a reset after
    // the write committed) finds it on retry. Both GraphQL and error answers pass through send.
    const send = response.send.bind(response);
    let answered = false;
    response.send = (body?: unknown) => {
      if (answered) return send(body);
      answered = true;
      const status = response.statusCode;
      // Only text answers (all GraphQL and error answers) are kept; anything else frees the key.
      // Nor a rate-limit refusal (429): nothing ran, and the retry it asks for must run.
      const kept =
        status < 500 && status !== 429 && typeof body === 'string'
          ? store.record(caller, key, status, body)
          : store.release(caller, key);
      kept.then(
        () => send(body),
        (error: unknown) => {
          request.log.error({ err: error }, 'idempotency answer not kept');
          send(body);
        },
      );
      return response;
    };
    // A client that hangs up does not give the key back: its mutation may still commit, and its
    // answer is still kept. A claim whose process died unanswered is taken over after the lease.
    next();
  };
}
