import { eq, sql } from 'drizzle-orm';
import {
  areaLineage,
  areas,
  assignments,
  auditEvents,
  cadres,
  documents,
  evaluations,
  positions,
  rotationPlans,
  rotationPlanSubjects,
  rotations,
  successionPoolEntries,
  unitLineage,
  units,
  type Database,
} from '@luanchuyen/db';
import { audit } from '../services/audit';

// Whether the demo may go into this database: only into a registry with no row at all (an
// area or a decision entered by hand is data too), and only once: the load writes a marker
// audit event in its own transaction, so a database that had the demo never gets it again,
// even after its registry is emptied. Users, sessions, API keys and audit events are not
// registry data (the admin is created before anyone can type anything).

export const DEMO_MARKER_ACTION = 'demo.load';

const REGISTRY_TABLES = [
  documents,
  areas,
  areaLineage,
  units,
  unitLineage,
  positions,
  cadres,
  successionPoolEntries,
  assignments,
  rotationPlans,
  rotationPlanSubjects,
  rotations,
  evaluations,
] as const;

/** True when no registry table holds a row (one statement, whatever the number of tables). */
export async function isRegistryEmpty(db: Database): Promise<boolean> {
  const anyRow = sql.join(
    REGISTRY_TABLES.map((table) => sql`exists (select 1 from ${table})`),
    sql` or `,
  );
  const [row] = await db.select({ used: sql<boolean>`${anyRow}` }).from(sql`(select 1) as one`);
  return row?.used === false;
}

export async function hasDemoMarker(db: Database): Promise<boolean> {
  const rows = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(eq(auditEvents.action, DEMO_MARKER_ACTION))
    .limit(1);
  return rows.length > 0;
}

export async function writeDemoMarker(
  db: Database,
  loaded: { cadres: number; rotations: number; asOf: string },
): Promise<void> {
  await audit(db, null, [
    { action: DEMO_MARKER_ACTION, recordType: 'dataset', recordId: 'lang-son', after: loaded },
  ]);
}

/**
 * Serialises first starts of several processes on one PostgreSQL (DEMO_DATASET=true): the
 * second waits for the first's transaction, then finds the marker. Released at commit.
 */
export async function lockDemoLoad(db: Database): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(6701, 1)`);
}
