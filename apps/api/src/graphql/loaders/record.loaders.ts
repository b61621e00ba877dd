import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import {
  apiKeys,
  areas,
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

// One loader per record type: every `cadre`, `unit`, `toPosition`… field asked for in a request
// becomes one `WHERE id IN (…)` statement per type, however many rows the page holds.

function byId<R extends { id: string }>(
  fetch: (ids: string[]) => Promise<R[]>,
): DataLoader<string, R | null> {
  return new DataLoader(async (ids) => {
    const rows = new Map((await fetch([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

export function recordLoaders(db: Database) {
  return {
    area: byId((ids) => db.select().from(areas).where(inArray(areas.id, ids))),
    unit: byId((ids) => db.select().from(units).where(inArray(units.id, ids))),
    position: byId((ids) => db.select().from(positions).where(inArray(positions.id, ids))),
    cadre: byId((ids) => db.select().from(cadres).where(inArray(cadres.id, ids))),
    assignment: byId((ids) => db.select().from(assignments).where(inArray(assignments.id, ids))),
    evaluation: byId((ids) => db.select().from(evaluations).where(inArray(evaluations.id, ids))),
    document: byId((ids) => db.select().from(documents).where(inArray(documents.id, ids))),
    rotation: byId((ids) => db.select().from(rotations).where(inArray(rotations.id, ids))),
    plan: byId((ids) => db.select().from(rotationPlans).where(inArray(rotationPlans.id, ids))),
    user: byId((ids) => db.select().from(users).where(inArray(users.id, ids))),
    apiKey: byId((ids) => db.select().from(apiKeys).where(inArray(apiKeys.id, ids))),
  };
}
