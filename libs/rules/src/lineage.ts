import {
  compareDates,
  type Area,
  type Id,
  type IsoDate,
  type LineageLink,
  type Unit,
} from '@luanchuyen/domain';
import { isInPeriod } from './periods';

// Units and areas are dated versions; lineage links say what a version became (merged into,
// split into, renamed). History stays true across reorganisations: a rule looks at the version
// valid on its reference date and treats a unit's lineage as the same unit (PRODUCT.md).

export type DatedRecord = { id: Id; validFrom: IsoDate; validTo: IsoDate | null };

export type Lineage<T extends DatedRecord> = {
  readonly byId: ReadonlyMap<Id, T>;
  /** What each record became. */
  readonly successors: ReadonlyMap<Id, readonly Id[]>;
  /** What each record came from. */
  readonly predecessors: ReadonlyMap<Id, readonly Id[]>;
};

/** Every unit version and unit lineage link the rule may meet. */
export type UnitHistory = Lineage<Unit>;
/** Every area version (with its parents) and area lineage link the rule may meet. */
export type AreaLineage = Lineage<Area>;

/** Indexes the records and links once; build it per request, reuse it for every cadre. */
export function buildLineage<T extends DatedRecord>(
  records: readonly T[],
  links: readonly LineageLink[],
): Lineage<T> {
  const successors = new Map<Id, Id[]>();
  const predecessors = new Map<Id, Id[]>();
  const push = (map: Map<Id, Id[]>, key: Id, value: Id) =>
    map.set(key, [...(map.get(key) ?? []), value]);
  for (const link of links) {
    push(successors, link.fromId, link.toId);
    push(predecessors, link.toId, link.fromId);
  }
  return { byId: new Map(records.map((record) => [record.id, record])), successors, predecessors };
}

export function isValidOn(record: DatedRecord, date: IsoDate): boolean {
  return isInPeriod({ start: record.validFrom, end: record.validTo }, date);
}

/** Ids reachable from `id` along one direction of the links, `id` excluded. */
function reachable(links: ReadonlyMap<Id, readonly Id[]>, id: Id): Set<Id> {
  const seen = new Set<Id>();
  const queue = [...(links.get(id) ?? [])];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next) || next === id) continue;
    seen.add(next);
    queue.push(...(links.get(next) ?? []));
  }
  return seen;
}

/**
 * The versions of record `id` valid on `date`: itself, or what it became (date after it) or
 * what it came from (date before it). Several when it was split or formed by a merger.
 */
export function versionsOn<T extends DatedRecord>(lineage: Lineage<T>, id: Id, date: IsoDate): T[] {
  const record = lineage.byId.get(id);
  if (record === undefined) return [];
  if (isValidOn(record, date)) return [record];
  const later = compareDates(date, record.validFrom) >= 0;
  const candidates = reachable(later ? lineage.successors : lineage.predecessors, id);
  return [...candidates]
    .map((candidate) => lineage.byId.get(candidate))
    .filter((found): found is T => found !== undefined && isValidOn(found, date));
}

/** The one version valid on `date`, or null when there is none or more than one. */
export function versionOn<T extends DatedRecord>(
  lineage: Lineage<T>,
  id: Id,
  date: IsoDate,
): T | null {
  const [only, ...others] = versionsOn(lineage, id, date);
  return only !== undefined && others.length === 0 ? only : null;
}

/**
 * Whether two records are the same body across time: equal, or one descends from the other.
 * Two units merged into a third are each the third's lineage, not each other's.
 */
export function sameLineage(lineage: Lineage<DatedRecord>, a: Id, b: Id): boolean {
  return (
    a === b || reachable(lineage.successors, a).has(b) || reachable(lineage.successors, b).has(a)
  );
}
