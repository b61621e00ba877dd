import { unitLineage, type Database } from '@luanchuyen/db';

// Units joined by lineage links, in either direction and through any number of steps, share a
// group. long-tenure.ts lets a run continue only between units of one lineage (sameLineage:
// one reachable from the other), so a run never leaves its group: the candidate condition may
// require it to stay inside. The links are few (one per merger, split or renaming), so all are
// read in one statement per request.

/** The group of every unit with a lineage link, by unit id; units without links are absent. */
export type UnitLineageGroups = Readonly<Record<string, number>>;

export async function loadUnitLineageGroups(db: Database): Promise<UnitLineageGroups> {
  const links = await db
    .select({ from: unitLineage.fromUnitId, to: unitLineage.toUnitId })
    .from(unitLineage);
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let top = id;
    for (let up = parent.get(top); up !== undefined && up !== top; up = parent.get(top)) top = up;
    parent.set(id, top);
    return top;
  };
  for (const { from, to } of links) {
    if (!parent.has(from)) parent.set(from, from);
    if (!parent.has(to)) parent.set(to, to);
    parent.set(root(from), root(to));
  }
  const groups: Record<string, number> = {};
  const numbers = new Map<string, number>();
  for (const id of parent.keys()) {
    const top = root(id);
    if (!numbers.has(top)) numbers.set(top, numbers.size);
    groups[id] = numbers.get(top) ?? 0;
  }
  return groups;
}
