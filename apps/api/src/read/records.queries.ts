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
  type Database,
} from '@luanchuyen/db';
import { preparedOf } from './prepared';

// Rows by id, one statement per record type whatever the number of ids: the GraphQL layer's
// record loaders (graphql/loaders/record.loaders.ts) batch every `cadre`, `unit`, `toPosition`…
// field of a request into one call of these. Each statement is prepared once per database
// (prepared.ts), not rebuilt per request.

/** `column = any($ids)`: one statement text for any number of ids. */
function anyOfIds(column: AnyColumn): SQL {
  return sql`${column} = any(${sql.placeholder('ids')})`;
}

export function recordsById(db: Database) {
  return {
    area: (ids: string[]) =>
      preparedOf(db, 'lcb_areas_by_id', (d, name) =>
        d.select().from(areas).where(anyOfIds(areas.id)).prepare(name),
      ).execute({ ids }),
    unit: (ids: string[]) =>
      preparedOf(db, 'lcb_units_by_id', (d, name) =>
        d.select().from(units).where(anyOfIds(units.id)).prepare(name),
      ).execute({ ids }),
    position: (ids: string[]) =>
      preparedOf(db, 'lcb_positions_by_id', (d, name) =>
        d.select().from(positions).where(anyOfIds(positions.id)).prepare(name),
      ).execute({ ids }),
    cadre: (ids: string[]) =>
      preparedOf(db, 'lcb_cadres_by_id', (d, name) =>
        d.select().from(cadres).where(anyOfIds(cadres.id)).prepare(name),
      ).execute({ ids }),
    assignment: (ids: string[]) =>
      preparedOf(db, 'lcb_assignments_by_id', (d, name) =>
        d.select().from(assignments).where(anyOfIds(assignments.id)).prepare(name),
      ).execute({ ids }),
    evaluation: (ids: string[]) =>
      preparedOf(db, 'lcb_evaluations_by_id', (d, name) =>
        d.select().from(evaluations).where(anyOfIds(evaluations.id)).prepare(name),
      ).execute({ ids }),
    document: (ids: string[]) =>
      preparedOf(db, 'lcb_documents_by_id', (d, name) =>
        d.select().from(documents).where(anyOfIds(documents.id)).prepare(name),
      ).execute({ ids }),
    rotation: (ids: string[]) =>
      preparedOf(db, 'lcb_rotations_by_id', (d, name) =>
        d.select().from(rotations).where(anyOfIds(rotations.id)).prepare(name),
      ).execute({ ids }),
    plan: (ids: string[]) =>
      preparedOf(db, 'lcb_rotation_plans_by_id', (d, name) =>
        d.select().from(rotationPlans).where(anyOfIds(rotationPlans.id)).prepare(name),
      ).execute({ ids }),
    user: (ids: string[]) =>
      preparedOf(db, 'lcb_users_by_id', (d, name) =>
        d.select().from(users).where(anyOfIds(users.id)).prepare(name),
      ).execute({ ids }),
    apiKey: (ids: string[]) =>
      preparedOf(db, 'lcb_api_keys_by_id', (d, name) =>
        d.select().from(apiKeys).where(anyOfIds(apiKeys.id)).prepare(name),
      ).execute({ ids }),
    // Audit events are numbered (bigint identity), not uuids.
    auditEvent: (ids: number[]) =>
      preparedOf(db, 'lcb_audit_events_by_id', (d, name) =>
        d.select().from(auditEvents).where(anyOfIds(auditEvents.id)).prepare(name),
      ).execute({ ids }),
  };
}
