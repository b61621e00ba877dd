import { AsyncLocalStorage } from 'node:async_hooks';

// A request that runs past its time must also stop in the database, or its statement keeps a
// pooled connection (and its locks) long after the client was answered. The API runs each
// request inside a scope; the engine records which connections the scope has checked out and
// how to cancel what they run, so the request's deadline can stop exactly its own statements.

/** The error a statement of a cancelled scope gets: SQLSTATE 57014, query_canceled. */
export class StatementCancelled extends Error {
  readonly code = '57014';
  constructor() {
    super('canceling statement: the request ran past its time');
  }
}

export class StatementScope {
  readonly #running = new Map<object, () => Promise<void>>();
  #cancelled = false;

  /** True once cancel() was called: the scope starts no new statement. */
  get cancelled(): boolean {
    return this.#cancelled;
  }

  /** Engine side: `key` (a connection) runs for this scope until the returned function is called. */
  track(key: object, cancel: () => Promise<void>): () => void {
    this.#running.set(key, cancel);
    return () => this.#running.delete(key);
  }

  /** Cancels what the scope's connections are running; returns how many it asked to stop. */
  async cancel(): Promise<number> {
    this.#cancelled = true;
    const cancels = [...this.#running.values()];
    await Promise.allSettled(cancels.map((cancel) => cancel()));
    return cancels.length;
  }
}

const scopes = new AsyncLocalStorage<StatementScope>();

/** Runs `work` with every database statement it starts attributed to `scope`. */
export function runInStatementScope<T>(scope: StatementScope, work: () => T): T {
  return scopes.run(scope, work);
}

/** The scope of the code running now, if any. */
export function currentStatementScope(): StatementScope | undefined {
  return scopes.getStore();
}
