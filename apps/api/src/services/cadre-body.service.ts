import { asc, eq } from 'drizzle-orm';
import type { IsoDate } from '@luanchuyen/domain';
import { cadreBodies, cadres, units, type CadreRow, type Database } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { audit } from './audit';
import { reject } from './outcome';
import { withTransaction, type Tx } from './transaction';
import { nextVersion } from './versioned';

// Who manages a cadre, as a timeline (PRODUCT.md "Who manages whom"): periods follow one
// another without gaps, the last one open. A change from a day splits the period in force
// that day and leaves later periods alone, as a decision dated in the past or the future would;
// the cadre's version moves on, so an edit made from the old facts is refused as stale.

export type CadreBodyChange = { cadreId: string; bodyId: string; validFrom: IsoDate };

type Period = { id: string; bodyUnitId: string; validFrom: IsoDate; validTo: IsoDate | null };

/** The cadre's periods, earliest first. */
export function bodiesOf(tx: Tx, cadreId: string): Promise<Period[]> {
  return tx
    .select({
      id: cadreBodies.id,
      bodyUnitId: cadreBodies.bodyUnitId,
      validFrom: cadreBodies.validFrom,
      validTo: cadreBodies.validTo,
    })
    .from(cadreBodies)
    .where(eq(cadreBodies.cadreId, cadreId))
    .orderBy(asc(cadreBodies.validFrom));
}

/** Writes the change into the timeline: the periods after it, what it replaces, what it ends. */
async function putPeriod(tx: Tx, change: CadreBodyChange, periods: readonly Period[]) {
  const { cadreId, bodyId, validFrom } = change;
  const same = periods.find((period) => period.validFrom === validFrom);
  if (same) {
    await tx.update(cadreBodies).set({ bodyUnitId: bodyId }).where(eq(cadreBodies.id, same.id));
    return;
  }
  const covering = periods.find(
    (period) =>
      period.validFrom < validFrom && (period.validTo === null || period.validTo > validFrom),
  );
  const next = periods.find((period) => period.validFrom > validFrom);
  // Ended first, so the new period never overlaps it, even for a moment (the exclusion constraint).
  if (covering) {
    await tx.update(cadreBodies).set({ validTo: validFrom }).where(eq(cadreBodies.id, covering.id));
  }
  await tx
    .insert(cadreBodies)
    .values({ cadreId, bodyUnitId: bodyId, validFrom, validTo: next?.validFrom ?? null });
}

export function changeCadreBody(db: Database, change: CadreBodyChange, actor: Principal | null) {
  return withTransaction(db, async (tx): Promise<CadreRow> => {
    // The cadre's row, locked: two changes of one cadre's timeline take turns.
    const [cadre] = await tx
      .select()
      .from(cadres)
      .where(eq(cadres.id, change.cadreId))
      .for('update');
    if (!cadre) return reject('NOT_FOUND', 'cadreNotFound', ['input', 'cadreId']);
    const [body] = await tx.select({ id: units.id }).from(units).where(eq(units.id, change.bodyId));
    if (!body) return reject('NOT_FOUND', 'bodyNotFound', ['input', 'bodyId']);
    const before = await bodiesOf(tx, cadre.id);
    await putPeriod(tx, change, before);
    const after = await bodiesOf(tx, cadre.id);
    const [row] = await tx
      .update(cadres)
      .set({ version: nextVersion(cadres.version) })
      .where(eq(cadres.id, cadre.id))
      .returning();
    await audit(tx, actor, [
      {
        action: 'cadre.body',
        recordType: 'Cadre',
        recordId: cadre.id,
        before: { bodies: before },
        after: { bodies: after },
      },
    ]);
    return row ?? cadre;
  });
}

/** The first managing body of cadres just created (createCadres). */
export async function startBodies(
  tx: Tx,
  rows: readonly { cadreId: string; bodyId: string; validFrom: IsoDate }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insert(cadreBodies)
    .values(
      rows.map(({ cadreId, bodyId, validFrom }) => ({ cadreId, bodyUnitId: bodyId, validFrom })),
    );
}
