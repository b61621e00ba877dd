import { inArray, or, sql, type SQL } from 'drizzle-orm';
import { buildLineage, type RegistryFacts } from '@luanchuyen/rules';
import type { LineageLink } from '@luanchuyen/domain';
import {
  areaLineage,
  areas,
  unitLineage,
  units,
  type AreaLineageRow,
  type AreaRow,
  type Database,
  type UnitLineageRow,
  type UnitRow,
} from '@luanchuyen/db';

// The registry facts a batch of rule checks needs (RegistryFacts): the units it names with
// every version linked to them by lineage, and the areas those units govern and the given home
// areas, with their lineage and their parents up to the province. Never the whole registry,
// which at national scale is tens of thousands of rows.
//
// Each kind is read in rounds of two statements sent together (the records and the lineage
// links touching them) until no link or parent names a record not yet read: one round when nothing merged,
// one more per step of a merger chain, whatever the batch size. Recursive SQL would do it in
// one statement, but PostgreSQL overestimates recursive queries so badly that it JIT-compiles
// them, which costs a hundred times the query.

/** Parent levels read in one statement; deeper chains take another round. */
export const ANCESTOR_DEPTH = 6;

type Loaded<R, L> = { rows: Map<string, R>; links: Map<string, L> };

async function closure<R extends { id: string }, L extends { id: string }>(
  start: Iterable<string>,
  read: (ids: string[]) => Promise<R[]>,
  readLinks: (ids: string[]) => Promise<L[]>,
  next: (row: R | L) => readonly (string | null)[],
): Promise<Loaded<R, L>> {
  const loaded: Loaded<R, L> = { rows: new Map(), links: new Map() };
  let frontier = new Set(start);
  while (frontier.size > 0) {
    // The links of a round touch the records it asks for (and, for areas, their parents), so
    // both statements take the frontier and go out together: one round trip per round.
    const ids = [...frontier];
    const [rows, links] = await Promise.all([read(ids), readLinks(ids)]);
    for (const row of rows) loaded.rows.set(row.id, row);
    for (const link of links) loaded.links.set(link.id, link);
    const named = [...rows, ...links].flatMap(next);
    frontier = new Set(
      named.filter((id): id is string => id !== null && !loaded.rows.has(id) && !frontier.has(id)),
    );
  }
  return loaded;
}

function readUnits(db: Database, ids: string[]): Promise<UnitRow[]> {
  return db.select().from(units).where(inArray(units.id, ids));
}

function readUnitLinks(db: Database, ids: string[]): Promise<UnitLineageRow[]> {
  return db
    .select()
    .from(unitLineage)
    .where(or(inArray(unitLineage.fromUnitId, ids), inArray(unitLineage.toUnitId, ids)));
}

// `up0.id, up1.id, …` and `LEFT JOIN areas up1 ON up1.id = up0.parent_id …`: fixed text.
export const LEVELS = Array.from({ length: ANCESTOR_DEPTH }, (_, level) => `up${level}`);
export const CHAIN_IDS = sql.raw(LEVELS.map((level) => `${level}.id`).join(', '));
export const CHAIN_JOINS = sql.raw(
  LEVELS.slice(1)
    .map((level, index) => `LEFT JOIN areas ${level} ON ${level}.id = up${index}.parent_id`)
    .join(' '),
);

/** The given areas and their recorded parents up to ANCESTOR_DEPTH levels, as a subquery. */
function chainOf(ids: string[]): SQL {
  return sql`(SELECT unnest(ARRAY[${CHAIN_IDS}]) FROM areas up0 ${CHAIN_JOINS} WHERE up0.id IN (${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}))`;
}

/** The areas and their recorded parents up to ANCESTOR_DEPTH levels, in one statement. */
function readAreasWithParents(db: Database, ids: string[]): Promise<AreaRow[]> {
  return db
    .select()
    .from(areas)
    .where(inArray(areas.id, chainOf(ids)));
}

/** The links touching those areas or their parents: the same records the round reads. */
function readAreaLinks(db: Database, ids: string[]): Promise<AreaLineageRow[]> {
  const chain = chainOf(ids);
  return db
    .select()
    .from(areaLineage)
    .where(or(inArray(areaLineage.fromAreaId, chain), inArray(areaLineage.toAreaId, chain)));
}

export type RegistryScope = { unitIds: Iterable<string>; areaIds: Iterable<string> };

/** The registry around a scope as plain records and links, before they are indexed. */
export type RegistryRecords = {
  units: UnitRow[];
  unitLinks: LineageLink[];
  areas: AreaRow[];
  areaLinks: LineageLink[];
};

export async function loadRegistryRecords(
  db: Database,
  scope: RegistryScope,
): Promise<RegistryRecords> {
  const unitHistory = await closure(
    scope.unitIds,
    (ids) => readUnits(db, ids),
    (ids) => readUnitLinks(db, ids),
    (row) => ('fromUnitId' in row ? [row.fromUnitId, row.toUnitId] : []),
  );
  const areaIds = [...scope.areaIds, ...[...unitHistory.rows.values()].map((unit) => unit.areaId)];
  const areaHistory = await closure(
    areaIds,
    (ids) => readAreasWithParents(db, ids),
    (ids) => readAreaLinks(db, ids),
    (row) => ('fromAreaId' in row ? [row.fromAreaId, row.toAreaId] : [row.parentId]),
  );
  return {
    units: [...unitHistory.rows.values()],
    unitLinks: [...unitHistory.links.values()].map(
      ({ kind, date, fromUnitId, toUnitId }): LineageLink => ({
        kind,
        date,
        fromId: fromUnitId,
        toId: toUnitId,
      }),
    ),
    areas: [...areaHistory.rows.values()],
    areaLinks: [...areaHistory.links.values()].map(
      ({ kind, date, fromAreaId, toAreaId }): LineageLink => ({
        kind,
        date,
        fromId: fromAreaId,
        toId: toAreaId,
      }),
    ),
  };
}

export async function loadRegistryFacts(
  db: Database,
  scope: RegistryScope,
): Promise<RegistryFacts> {
  const records = await loadRegistryRecords(db, scope);
  return {
    units: buildLineage(records.units, records.unitLinks),
    areas: buildLineage(records.areas, records.areaLinks),
  };
}
