import DataLoader from 'dataloader';
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import {
  apiKeys,
  areas,
  auditEvents,
  assignments,
  cadres,
  documents,
  evaluations,
  positions,
  rotationPlans,
  rotations,
  units,
  users,
  type AuditEventRow,
  type Database,
} from '@luanchuyen/db';
import { preparedOf } from '../../read/prepared';

// One loader per record type: every `cadre`, `unit`, `toPosition`… field asked for in a request
// becomes one `WHERE id = any($1)` statement per type, however many rows the page holds. The
// statements are prepared once per database (read/prepared.ts), not rebuilt per request.

function byId<R extends { id: string }>(
  fetch: (ids: string[]) => Promise<R[]>,
): DataLoader<string, R | null> {
  return new DataLoader(async (ids) => {
    const rows = new Map((await fetch([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** `column = any($ids)`: one statement text for any number of ids. */
export function anyOfIds(column: AnyColumn): SQL {
  return sql`${column} = any(${sql.placeholder('ids')})`;
}

export function recordLoaders(db: Database) {
  return {
    area: byId((ids) =>
      preparedOf(db, 'lcb_areas_by_id', (d, name) =>
        d.select().from(areas).where(anyOfIds(areas.id)).prepare(name),
      ).execute({ ids }),
    ),
    unit: byId((ids) =>
      preparedOf(db, 'lcb_units_by_id', (d, name) =>
        d.select().from(units).where(anyOfIds(units.id)).prepare(name),
      ).execute({ ids }),
    ),
    position: byId((ids) =>
      preparedOf(db, 'lcb_positions_by_id', (d, name) =>
        d.select().from(positions).where(anyOfIds(positions.id)).prepare(name),
      ).execute({ ids }),
    ),
    cadre: byId((ids) =>
      preparedOf(db, 'lcb_cadres_by_id', (d, name) =>
        d.select().from(cadres).where(anyOfIds(cadres.id)).prepare(name),
      ).execute({ ids }),
    ),
    assignment: byId((ids) =>
      preparedOf(db, 'lcb_assignments_by_id', (d, name) =>
        d.select().from(assignments).where(anyOfIds(assignments.id)).prepare(name),
      ).execute({ ids }),
    ),
    evaluation: byId((ids) =>
      preparedOf(db, 'lcb_evaluations_by_id', (d, name) =>
        d.select().from(evaluations).where(anyOfIds(evaluations.id)).prepare(name),
      ).execute({ ids }),
    ),
    document: byId((ids) =>
      preparedOf(db, 'lcb_documents_by_id', (d, name) =>
        d.select().from(documents).where(anyOfIds(documents.id)).prepare(name),
      ).execute({ ids }),
    ),
    rotation: byId((ids) =>
      preparedOf(db, 'lcb_rotations_by_id', (d, name) =>
        d.select().from(rotations).where(anyOfIds(rotations.id)).prepare(name),
      ).execute({ ids }),
    ),
    plan: byId((ids) =>
      preparedOf(db, 'lcb_rotation_plans_by_id', (d, name) =>
        d.select().from(rotationPlans).where(anyOfIds(rotationPlans.id)).prepare(name),
      ).execute({ ids }),
    ),
    user: byId((ids) =>
      preparedOf(db, 'lcb_users_by_id', (d, name) =>
        d.select().from(users).where(anyOfIds(users.id)).prepare(name),
      ).execute({ ids }),
    ),
    apiKey: byId((ids) =>
      preparedOf(db, 'lcb_api_keys_by_id', (d, name) =>
        d.select().from(apiKeys).where(anyOfIds(apiKeys.id)).prepare(name),
      ).execute({ ids }),
    ),
    // Audit events are numbered (bigint identity), not uuids: their own loader.
    auditEvent: new DataLoader<number, AuditEventRow | null>(async (ids) => {
      const found = await preparedOf(db, 'lcb_audit_events_by_id', (d, name) =>
        d.select().from(auditEvents).where(anyOfIds(auditEvents.id)).prepare(name),
      ).execute({ ids: [...ids] });
      const rows = new Map(found.map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
  };
}
