import { and, type SQL } from 'drizzle-orm';
import type { IsoDate } from '@luanchuyen/domain';
import { isInForce, type CriteriaSet, type Eligibility } from '@luanchuyen/rules';
import { cadres, type CadreRow, type Database } from '@luanchuyen/db';
import type { CursorValue, PageRequest } from '../read/page';
import { CADRE_KEYSET } from '../read/cadre.queries';
import { afterCursor, orderOf, pageKeyset, type Keyset } from '../read/keyset';
import { candidateCondition } from '../facts/eligibility-candidates.queries';
import { cadreScopeCondition, type ManagementScope } from '../read/scope';
import { eligibilitiesOf } from './eligibility.service';

// API.md `eligibleCadres`: the cadres who are subjects of rotation on a date, by name. SQL
// narrows the registry to candidates (eligibility-candidates.queries.ts), the rules decide on
// each, and candidates are read in batches sized by the yield so far until the page is full.

export type EligibleCadre = { cadre: CadreRow; eligibility: Eligibility };

export type Question = {
  asOf: IsoDate;
  planId: string | null;
  criteria: CriteriaSet;
  /** Only the cadres the caller's body manages (read/scope.ts); null at the top. */
  scope?: ManagementScope | null;
};

/** The candidate condition, fixed for the whole request; undefined when nobody can be a subject. */
function conditionOf(question: Question): SQL | undefined {
  if (!isInForce(question.criteria, question.asOf)) return undefined;
  const candidates = candidateCondition(question);
  return candidates && and(candidates, cadreScopeCondition(cadres.id, question.scope));
}

async function judgedBatch(
  db: Database,
  question: Question,
  condition: SQL | undefined,
  after: CursorValue[] | null,
  size: number,
  keyset: Keyset = CADRE_KEYSET,
): Promise<{ candidates: CadreRow[]; subjects: EligibleCadre[] }> {
  if (condition === undefined) return { candidates: [], subjects: [] };
  const candidates = await db
    .select()
    .from(cadres)
    .where(and(condition, afterCursor(keyset, after)))
    .orderBy(...orderOf(keyset))
    .limit(size);
  // The candidate rows are the cadres' own rows: the facts need not read them again.
  const judged = await eligibilitiesOf(
    db,
    candidates.map((cadre) => ({
      cadreId: cadre.id,
      asOf: question.asOf,
      planId: question.planId,
    })),
    candidates,
  );
  const subjects = candidates.flatMap((cadre, index) => {
    const eligibility = judged[index];
    return eligibility?.subject ? [{ cadre, eligibility }] : [];
  });
  return { candidates, subjects };
}

const MAX_BATCH = 2000;

/** The next batch size: enough candidates to fill the page at the yield seen so far. */
function nextBatchSize(missing: number, judged: number, found: number): number {
  const yieldSoFar = judged === 0 ? 0.5 : Math.max(found / judged, 0.05);
  return Math.min(MAX_BATCH, Math.max(50, Math.ceil((missing / yieldSoFar) * 1.2)));
}

/**
 * Up to `limit + 1` subjects beyond the cursor in the page's direction (the extra one tells
 * that more lie beyond): a backward page judges candidates from the end of the list back.
 */
export async function eligibleCadresPage(
  db: Database,
  question: Question,
  request: PageRequest,
): Promise<EligibleCadre[]> {
  const wanted = request.limit + 1;
  const found: EligibleCadre[] = [];
  let judged = 0;
  const condition = conditionOf(question);
  const keyset = pageKeyset(CADRE_KEYSET, request);
  for (let after = request.cursor; found.length < wanted;) {
    const size = nextBatchSize(wanted - found.length, judged, found.length);
    const batch = await judgedBatch(db, question, condition, after, size, keyset);
    found.push(...batch.subjects);
    judged += batch.candidates.length;
    const last = batch.candidates.at(-1);
    if (last === undefined || batch.candidates.length < size) break;
    after = [last.nameSortKey, last.id];
  }
  return found.slice(0, wanted);
}

/** How many cadres are subjects on the date: every candidate judged, a thousand at a time. */
export async function countEligibleCadres(db: Database, question: Question): Promise<number> {
  let count = 0;
  const condition = conditionOf(question);
  for (let after: CursorValue[] | null = null; ;) {
    const batch = await judgedBatch(db, question, condition, after, 1000);
    count += batch.subjects.length;
    const last = batch.candidates.at(-1);
    if (last === undefined || batch.candidates.length < 1000) return count;
    after = [last.nameSortKey, last.id];
  }
}
