import { isNull, sql } from 'drizzle-orm';
import type { IsoDate, LineageLink, Unit } from '@luanchuyen/domain';
import { buildLineage, runStartOf, type UnitHistory } from '@luanchuyen/rules';
import { assignments, openDatabase, type Database, type DbHandle } from '@luanchuyen/db';
import {
  cadresAfter,
  cadresMissingRunStarts,
  cadresWithPost,
  cadresWithPostsIn,
  lockCadres,
  readAllUnitLinks,
  readCareers,
  readLinksAround,
  type CareerPost,
} from '../facts/run-start-facts.queries';
import type { Tx } from './transaction';

// `assignments.run_start` (libs/db schema): the first day of the unbroken run, within its unit's
// lineage, that each post belongs to, computed by the long-tenure rule's own walk (libs/rules
// `runStartOf`) so that the eligibility candidates can ask "held that day and run_start on or
// before the cut-off" of an index (eligibility-candidates.queries.ts). It is derived data: a
// write that changes a career (a post opened, ended, moved to another unit) or the unit lineage
// (a merger) recomputes the whole careers it touches inside its own transaction, and writes only
// the values that changed, with one statement per batch. It is not a change of the assignment:
// neither its version nor the audit trail moves.

/** Cadres whose careers are read and written together. */
const BATCH = 2_000;

function groupByCadre(posts: readonly CareerPost[]): Map<string, CareerPost[]> {
  const careers = new Map<string, CareerPost[]>();
  for (const post of posts) {
    const career = careers.get(post.cadreId);
    if (career) career.push(post);
    else careers.set(post.cadreId, [post]);
  }
  return careers;
}

/** The posts whose stored run start differs from the rule's, with the rule's value. */
function changedRunStarts(
  posts: readonly CareerPost[],
  units: UnitHistory,
): { id: string; runStart: IsoDate }[] {
  const changed: { id: string; runStart: IsoDate }[] = [];
  for (const career of groupByCadre(posts).values()) {
    const walked = career.map((post) => ({
      post,
      assignment: { startDate: post.startDate, endDate: post.endDate },
      position: { unitId: post.unitId },
    }));
    const facts = { assignments: walked };
    for (const entry of walked) {
      const runStart = runStartOf(entry, facts, units);
      if (runStart !== entry.post.runStart) changed.push({ id: entry.post.id, runStart });
    }
  }
  return changed;
}

async function writeRunStarts(
  db: Database,
  changed: readonly { id: string; runStart: IsoDate }[],
): Promise<void> {
  if (changed.length === 0) return;
  await db.execute(sql`
    UPDATE assignments SET run_start = given.run_start
    FROM jsonb_to_recordset(${JSON.stringify(
      changed.map(({ id, runStart }) => ({ id, run_start: runStart })),
    )}::jsonb) AS given(id uuid, run_start date)
    WHERE assignments.id = given.id`);
}

/** The links as the rule's unit history: `sameLineage` reads only the links, not the units. */
function lineageOf(links: readonly LineageLink[]): UnitHistory {
  return buildLineage<Unit>([], links);
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}

/**
 * Recomputes the run starts of every post of the given cadres, in the caller's transaction,
 * after its writes to their careers. Returns how many posts changed.
 */
export async function refreshRunStarts(tx: Tx, cadreIds: Iterable<string>): Promise<number> {
  let changedCount = 0;
  for (const batch of batches([...new Set(cadreIds)], BATCH)) {
    await lockCadres(tx, batch);
    const posts = await readCareers(tx, batch);
    const { links } = await readLinksAround(
      tx,
      posts.map((post) => post.unitId),
    );
    const changed = changedRunStarts(posts, lineageOf(links));
    await writeRunStarts(tx, changed);
    changedCount += changed.length;
  }
  return changedCount;
}

/**
 * After a change of unit lineage (a merger links the merged units to their successor): every
 * cadre with a post in the lineage group of those units may have a run that now joins or no
 * longer does, so all of theirs are recomputed.
 */
export async function refreshRunStartsAroundUnits(
  tx: Tx,
  unitIds: Iterable<string>,
): Promise<number> {
  const group = await readLinksAround(tx, unitIds);
  return refreshRunStarts(tx, await cadresWithPostsIn(tx, [...group.unitIds]));
}

/** After a post moved to another unit: everyone who ever held it. */
export async function refreshRunStartsOfPost(tx: Tx, positionId: string): Promise<number> {
  return refreshRunStarts(tx, await cadresWithPost(tx, positionId));
}

/**
 * Above this many posts without a run start (a large registry just migrated past 0013) the
 * backfill takes the bulk path: updating millions of rows one by one costs an index entry in
 * every index of the table for each, about ten minutes at the national scale.
 */
export const BULK_BACKFILL_FROM = 100_000;

/**
 * Fills the run starts not stored yet: every assignment of a database migrated past 0013 (the
 * column comes empty), and rows a write left without one. Idempotent; once done, a single probe
 * of an empty partial index. Small numbers are filled in batches of cadres, each batch one
 * transaction of one read and one UPDATE of the changed rows.
 */
export async function backfillRunStarts(
  db: Database,
  bulkFrom: number = BULK_BACKFILL_FROM,
): Promise<number> {
  const missing = await db.$count(assignments, isNull(assignments.runStart));
  if (missing === 0) return 0;
  if (missing >= bulkFrom) return bulkBackfill(db);
  let filled = 0;
  for (let after: string | null = null; ;) {
    const cadreIds = await cadresMissingRunStarts(db, after, BATCH);
    if (cadreIds.length === 0) return filled;
    filled += await db.transaction(async (tx) => {
      await lockCadres(tx, cadreIds);
      const posts = await readCareers(tx, cadreIds);
      const { links } = await readLinksAround(
        tx,
        posts.map((post) => post.unitId),
      );
      const changed = changedRunStarts(posts, lineageOf(links));
      await writeRunStarts(tx, changed);
      return changed.length;
    });
    after = cadreIds.at(-1) ?? null;
  }
}

/**
 * The bulk path, one transaction: a table rewrite gives every post its own start date (the run
 * start of the nine in ten posts that continue nothing; PostgreSQL rebuilds each index once,
 * sorted, instead of taking millions of single entries), then every career is walked and only
 * the posts that continue a run are updated. The rewrite locks the table until the end, so no
 * write can slip in between; interrupted, it all rolls back and the next start does it again.
 * Returns the number of posts given a run start.
 */
async function bulkBackfill(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    // One statement may take longer than a request's limit: the rewrite reads the whole table.
    await tx.execute(sql`SET LOCAL statement_timeout = 0`);
    const missing = await tx.$count(assignments, isNull(assignments.runStart));
    await tx.execute(sql`ALTER TABLE assignments ALTER COLUMN run_start TYPE date
      USING coalesce(run_start, start_date)`);
    const units = lineageOf(await readAllUnitLinks(tx));
    for (let after: string | null = null; ;) {
      const cadreIds = await cadresAfter(tx, after, BATCH);
      if (cadreIds.length === 0) break;
      await writeRunStarts(tx, changedRunStarts(await readCareers(tx, cadreIds), units));
      after = cadreIds.at(-1) ?? null;
    }
    return missing;
  });
}

/**
 * The backfill as the server runs it at start, right after the migrations. The bulk path
 * rewrites the table, which only its owner may do: with separate roles (MIGRATION_DATABASE_URL)
 * it runs as the owner, like the migrations.
 */
export async function backfillRunStartsAtStart(
  handle: DbHandle,
  migrationDatabaseUrl: string | undefined,
): Promise<number> {
  if (handle.engine !== 'postgres' || !migrationDatabaseUrl) return backfillRunStarts(handle.db);
  const owner = await openDatabase({
    databaseUrl: migrationDatabaseUrl,
    poolSize: 1,
    statementTimeoutMs: 0,
  });
  try {
    return await backfillRunStarts(owner.db);
  } finally {
    await owner.close();
  }
}
