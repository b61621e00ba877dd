import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  engines,
  graphql,
  login,
  ADMIN_PASSWORD,
  startTestServer,
  type TestServer,
} from './harness';
import { audit } from '../src/services/audit';

// The change feed's promise to a poller (services/audit.ts): a change never appears behind a
// cursor already handed out. On PostgreSQL, writers run at once; here one writer holds its
// transaction open after its audit insert while a second tries to write: the second waits, the
// feed serves neither until the first commits, and then both in commit order. PGlite has one
// connection, so writers cannot overlap there: this runs only with TEST_DATABASE_URL.

const postgres = engines.find((engine) => engine.name === 'postgres');

const FEED = `query ($after: String) { changes(first: 100, after: $after) {
  edges { cursor node { recordId action } } pageInfo { endCursor } } }`;

/** A promise and the function that settles it, to hold a transaction open until told. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve: (() => void) | undefined;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve: () => resolve?.() };
}

/** The audit id inside a change cursor (base64url of `[id]`). */
const idOf = (cursor: string) =>
  (JSON.parse(Buffer.from(cursor, 'base64url').toString()) as number[])[0];

describe.skipIf(!postgres)(
  `audit ids in commit order on PostgreSQL${postgres ? '' : ' (skipped: TEST_DATABASE_URL is unset)'}`,
  () => {
    let server: TestServer;
    let cookie = '';
    beforeAll(async () => {
      if (!postgres) return;
      server = await startTestServer(postgres);
      cookie = await login(server, 'admin', ADMIN_PASSWORD);
    });
    afterAll(() => server?.stop());

    const read = async (after: string | null) => {
      const { body } = await graphql(server, FEED, { after }, { cookie });
      expect(body.errors).toBeUndefined();
      return body.data?.['changes'];
    };
    const entry = (action: string) => ({ action, recordType: 'Cadre', recordId: randomUUID() });

    it('makes a second writer wait for the first, so the feed never skips an earlier change', async () => {
      const start = (await read(null)).pageInfo.endCursor as string | null;
      const released = signal();
      const firstInserted = signal();
      const first = entry('cadre.update');
      const second = entry('cadre.update');

      const firstWriter = server.handle.db.transaction(async (tx) => {
        await audit(tx, null, [first]);
        firstInserted.resolve();
        await released.promise;
      });
      await firstInserted.promise;
      let secondDone = false;
      const secondWriter = server.handle.db
        .transaction((tx) => audit(tx, null, [second]))
        .then(() => {
          secondDone = true;
        });

      // While the first is open the second cannot get its id, and the feed serves nothing new.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(secondDone).toBe(false);
      expect((await read(start)).edges).toEqual([]);

      released.resolve();
      await Promise.all([firstWriter, secondWriter]);
      const edges = (await read(start)).edges as { cursor: string; node: { recordId: string } }[];
      const ids = edges.map((edge) => idOf(edge.cursor));
      expect(edges.map((edge) => edge.node.recordId)).toEqual([
        Buffer.from(`Cadre:${first.recordId}`).toString('base64url'),
        Buffer.from(`Cadre:${second.recordId}`).toString('base64url'),
      ]);
      expect(ids[0]).toBeLessThan(ids[1] ?? 0);
    });

    it('keeps a poller complete while many writers commit at once', async () => {
      let cursor = (await read(null)).pageInfo.endCursor as string | null;
      const seen: number[] = [];
      const writers = Array.from({ length: 30 }, (_, i) =>
        server.handle.db.transaction(async (tx) => {
          await audit(tx, null, [entry('cadre.update')]);
          // Some writers take a while between their audit insert and their commit.
          if (i % 3 === 0) await new Promise((resolve) => setTimeout(resolve, 20));
        }),
      );
      let finished = false;
      const all = Promise.all(writers).then(() => (finished = true));
      while (!finished) {
        const page = await read(cursor);
        seen.push(...page.edges.map((edge: { cursor: string }) => idOf(edge.cursor)));
        cursor = page.pageInfo.endCursor ?? cursor;
      }
      await all;
      const rest = await read(cursor);
      seen.push(...rest.edges.map((edge: { cursor: string }) => idOf(edge.cursor)));
      // Every change seen exactly once, in id order: none appeared behind the poller's cursor.
      expect(seen).toHaveLength(30);
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    });
  },
);
