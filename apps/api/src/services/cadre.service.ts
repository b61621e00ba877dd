import { and, asc, eq } from 'drizzle-orm';
import { nameSortKey, type IsoDate, type Sex } from '@luanchuyen/domain';
import {
  cadres,
  successionPoolEntries,
  type CadreRow,
  type CadreStatus,
  type Database,
  SQLSTATE,
} from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { audit } from './audit';
import { startBodies } from './cadre-body.service';
import { failure, type Failure } from './outcome';
import { withTransaction, type Tx } from './transaction';
import { expectRow, missingReferences, nextVersion, updated } from './versioned';

// cadreCreate / cadreUpdate. Names are stored in Unicode NFC (the database insists), unknown
// facts stay null. Creation takes a batch so the demo loader writes hundreds of people in one
// transaction through this same code.

export type SuccessionPoolInput = { targetTitle: string; termStart: number; termEnd: number };

export type CadreInput = {
  /** The Board's own cadre number (unique when set); never a citizen id. */
  code?: string | null;
  fullName: string;
  sex: Sex | null;
  birthDate: IsoDate | null;
  birthYear: number | null;
  homeAreaId: string | null;
  status?: CadreStatus;
  notes: string | null;
  isSample?: boolean;
  successionPool?: readonly SuccessionPoolInput[];
  /** The managing body from a day on (cadre-body.service.ts); none: managed at the top. */
  body?: { id: string; from: IsoDate } | null;
};

export type CadreChanges = Partial<Omit<CadreInput, 'isSample' | 'body'>>;

const missing = missingReferences({
  cadres_home_area_id_areas_id_fk: { field: ['input', 'homeAreaId'], key: 'areaNotFound' },
  cadre_bodies_body_unit_id_units_id_fk: { field: ['input', 'bodyId'], key: 'bodyNotFound' },
});

// Another cadre's code is the caller's mistake, named on the field, not a fault.
function references(constraint: string | undefined, code: string): Failure[] | null {
  if (code === SQLSTATE.uniqueViolation && constraint === 'cadres_code_key') {
    return [failure('DUPLICATE_CODE', 'duplicateCadreCode', ['input', 'code'])];
  }
  return missing(constraint, code);
}

/** A code as stored: NFC, trimmed, and blank is none. */
export function cadreCodeOf(code: string | null): string | null {
  const stored = code?.normalize('NFC').trim() ?? '';
  return stored === '' ? null : stored;
}

// The name and the key that puts it in its place in Vietnamese lists are written together.
function nameColumns(fullName: string) {
  const name = fullName.normalize('NFC').trim();
  return { fullName: name, nameSortKey: nameSortKey(name) };
}

function columnsOf(input: CadreChanges) {
  const birthYear = input.birthDate != null ? Number(input.birthDate.slice(0, 4)) : input.birthYear;
  return {
    ...(input.code !== undefined ? { code: cadreCodeOf(input.code) } : {}),
    ...(input.fullName !== undefined ? nameColumns(input.fullName) : {}),
    ...(input.sex !== undefined ? { sex: input.sex } : {}),
    ...(input.birthDate !== undefined ? { birthDate: input.birthDate } : {}),
    ...(birthYear !== undefined ? { birthYear } : {}),
    ...(input.homeAreaId !== undefined ? { homeAreaId: input.homeAreaId } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    ...(input.notes !== undefined ? { notes: input.notes?.normalize('NFC') ?? null } : {}),
  };
}

async function replacePool(tx: Tx, cadreId: string, pool: readonly SuccessionPoolInput[]) {
  await tx.delete(successionPoolEntries).where(eq(successionPoolEntries.cadreId, cadreId));
  if (pool.length === 0) return;
  await tx.insert(successionPoolEntries).values(
    pool.map((entry) => ({
      cadreId,
      targetTitle: entry.targetTitle.normalize('NFC').trim(),
      termStart: entry.termStart,
      termEnd: entry.termEnd,
    })),
  );
}

export function createCadres(db: Database, inputs: readonly CadreInput[], actor: Principal | null) {
  return withTransaction(
    db,
    async (tx): Promise<CadreRow[]> => {
      if (inputs.length === 0) return [];
      const rows = await tx
        .insert(cadres)
        .values(
          inputs.map((input) => ({
            ...columnsOf(input),
            ...nameColumns(input.fullName),
            isSample: input.isSample ?? false,
          })),
        )
        .returning();
      const pools = rows.flatMap((row, index) =>
        (inputs[index]?.successionPool ?? []).map((entry) => ({ ...entry, cadreId: row.id })),
      );
      if (pools.length > 0) await tx.insert(successionPoolEntries).values(pools);
      await startBodies(
        tx,
        rows.flatMap((row, index) => {
          const body = inputs[index]?.body;
          return body ? [{ cadreId: row.id, bodyId: body.id, validFrom: body.from }] : [];
        }),
      );
      await audit(
        tx,
        actor,
        rows.map((row, index) => ({
          action: 'cadre.create',
          recordType: 'Cadre',
          recordId: row.id,
          after: {
            ...row,
            successionPool: inputs[index]?.successionPool ?? [],
            body: inputs[index]?.body ?? null,
          },
        })),
      );
      return rows;
    },
    { onConstraint: references },
  );
}

export function updateCadre(
  db: Database,
  change: { id: string; expectedVersion: number; input: CadreChanges },
  actor: Principal | null,
) {
  return withTransaction(
    db,
    async (tx): Promise<CadreRow> => {
      const [found] = await tx.select().from(cadres).where(eq(cadres.id, change.id));
      const before = expectRow(found, change.expectedVersion, 'cadreNotFound');
      const after = updated(
        (
          await tx
            .update(cadres)
            .set({ ...columnsOf(change.input), version: nextVersion(cadres.version) })
            .where(and(eq(cadres.id, change.id), eq(cadres.version, change.expectedVersion)))
            .returning()
        )[0],
      );
      if (change.input.successionPool) await replacePool(tx, after.id, change.input.successionPool);
      await audit(tx, actor, [
        { action: 'cadre.update', recordType: 'Cadre', recordId: after.id, before, after },
      ]);
      return after;
    },
    { onConstraint: references },
  );
}

/** A cadre's succession-pool entries, earliest term first. */
export function poolOf(tx: Tx, cadreId: string) {
  return tx
    .select()
    .from(successionPoolEntries)
    .where(eq(successionPoolEntries.cadreId, cadreId))
    .orderBy(
      asc(successionPoolEntries.termStart),
      asc(successionPoolEntries.targetTitle),
      asc(successionPoolEntries.id),
    );
}

function poolInputs(rows: readonly SuccessionPoolInput[]): SuccessionPoolInput[] {
  return rows.map(({ targetTitle, termStart, termEnd }) => ({ targetTitle, termStart, termEnd }));
}

/**
 * Adds one succession-pool entry to a cadre, or sets the term end of the entry with the same
 * title and term start, keeping the others (an import adds entries one row at a time, where
 * cadreUpdate replaces the list as a whole). The cadre's version moves on, as for any change to
 * the cadre, so an edit made from the old list is refused as stale instead of dropping this one.
 */
export function putSuccessionPoolEntry(
  db: Database,
  change: { cadreId: string; entry: SuccessionPoolInput },
  actor: Principal | null,
) {
  return withTransaction(
    db,
    async (tx): Promise<CadreRow> => {
      const [found] = await tx.select().from(cadres).where(eq(cadres.id, change.cadreId));
      const before = expectRow(found, found?.version ?? 0, 'cadreNotFound');
      const oldPool = poolInputs(await poolOf(tx, before.id));
      const entry = {
        targetTitle: change.entry.targetTitle.normalize('NFC').trim(),
        termStart: change.entry.termStart,
        termEnd: change.entry.termEnd,
      };
      const same = (item: SuccessionPoolInput) =>
        item.targetTitle === entry.targetTitle && item.termStart === entry.termStart;
      const newPool = oldPool.some(same)
        ? oldPool.map((item) => (same(item) ? entry : item))
        : [...oldPool, entry];
      const after = updated(
        (
          await tx
            .update(cadres)
            .set({ version: nextVersion(cadres.version) })
            .where(and(eq(cadres.id, before.id), eq(cadres.version, before.version)))
            .returning()
        )[0],
      );
      await replacePool(tx, after.id, newPool);
      await audit(tx, actor, [
        {
          action: 'cadre.update',
          recordType: 'Cadre',
          recordId: after.id,
          before: { ...before, successionPool: oldPool },
          after: { ...after, successionPool: newPool },
        },
      ]);
      return after;
    },
    { onConstraint: references },
  );
}
