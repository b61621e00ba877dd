import DataLoader from 'dataloader';
import type { Database } from '@luanchuyen/db';
import { recordsById } from '../../read/records.queries';

// One loader per record type: every `cadre`, `unit`, `toPosition`… field asked for in a request
// becomes one statement per type (read/records.queries.ts), however many rows the page holds.

function byId<K, R extends { id: K }>(fetch: (ids: K[]) => Promise<R[]>): DataLoader<K, R | null> {
  return new DataLoader(async (ids) => {
    const rows = new Map((await fetch([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

export function recordLoaders(db: Database) {
  const records = recordsById(db);
  return {
    area: byId(records.area),
    unit: byId(records.unit),
    position: byId(records.position),
    cadre: byId(records.cadre),
    assignment: byId(records.assignment),
    evaluation: byId(records.evaluation),
    document: byId(records.document),
    rotation: byId(records.rotation),
    plan: byId(records.plan),
    user: byId(records.user),
    apiKey: byId(records.apiKey),
    auditEvent: byId(records.auditEvent),
  };
}
