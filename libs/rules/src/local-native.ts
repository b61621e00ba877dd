import type { Id, IsoDate } from '@luanchuyen/domain';
import { versionsOn, type AreaLineage } from './lineage';
import type { Verdict } from './rule-result';

// Người địa phương (PRODUCT.md glossary): a cadre whose home area lies in the area a unit
// governs. Both areas are taken as they stood on the reference date, following area lineage:
// a home commune merged into a new ward in 2025 is inside that ward afterwards, and a home
// recorded as the new ward is inside the old city before. When the home maps to several
// areas of that date and only some lie inside, the registry is too coarse to tell.

/** The area and its parents up the chain, as recorded. */
function withParents(areas: AreaLineage, id: Id): Set<Id> {
  const chain = new Set<Id>();
  for (let current: Id | null = id; current !== null && !chain.has(current);) {
    chain.add(current);
    current = areas.byId.get(current)?.parentId ?? null;
  }
  return chain;
}

export function isAreaWithin(areas: AreaLineage, innerId: Id, outerId: Id, date: IsoDate): Verdict {
  const inner = versionsOn(areas, innerId, date);
  const outer = new Set(versionsOn(areas, outerId, date).map((area) => area.id));
  if (inner.length === 0 || outer.size === 0) {
    return { decision: 'CANNOT_DECIDE', missingFacts: ['areaVersion'] };
  }
  const inside = inner.map((area) => [...withParents(areas, area.id)].some((id) => outer.has(id)));
  if (inside.every(Boolean)) return { decision: 'YES' };
  if (!inside.some(Boolean)) return { decision: 'NO' };
  return { decision: 'CANNOT_DECIDE', missingFacts: ['homeArea'] };
}

/** Whether a cadre with home area `homeAreaId` is a local native of the unit's area. */
export function isLocalNative(
  areas: AreaLineage,
  homeAreaId: Id | null,
  unitAreaId: Id,
  date: IsoDate,
): Verdict {
  if (homeAreaId === null) return { decision: 'CANNOT_DECIDE', missingFacts: ['homeArea'] };
  return isAreaWithin(areas, homeAreaId, unitAreaId, date);
}
