import { and, inArray, isNull } from 'drizzle-orm';
import { assignments, positions, type Database } from '@luanchuyen/db';
import { endAssignment } from '../services/assignment.service';
import { valueOf } from '../services/transaction';
import { mergeUnits } from '../services/unit-merge.service';
import { updateUnit } from '../services/unit.service';
import { AREAS, REORGANISATION, REORGANISATION_RESOLUTION } from './lang-son/areas';
import { CITY_UNITS } from './lang-son/units';
import { idOf, type Registry } from './load-registry';

// 1/7/2025: the city level is abolished (its units close, their posts end) and the wards and
// communes merge into the new wards (unitMerge: the old bodies close and are linked
// MERGED_INTO the new ones, which get their posts from the merge: the ward's titles renamed for
// the new ward, as units.ts gives any ward; nobody is assigned to them). Rotations keep their stored
// classification: a 2018 city → ward rotation stays DOWN_TO_GRASSROOTS. The areas merged
// from Cao Lộc district have no bodies in the demo, so only the city's bodies are merged.

const BODIES = [
  { kind: 'du', name: 'Đảng ủy', bloc: 'PARTY' },
  { kind: 'hdnd', name: 'Hội đồng nhân dân', bloc: 'GOVERNMENT' },
  { kind: 'ubnd', name: 'Ủy ban nhân dân', bloc: 'GOVERNMENT' },
] as const;

async function mergeGrassroots(db: Database, registry: Registry): Promise<void> {
  for (const area of AREAS) {
    if (!area.mergedFrom) continue;
    const of = area.name.charAt(0).toLowerCase() + area.name.slice(1);
    for (const body of BODIES) {
      const merged = area.mergedFrom.keys
        .map((key) => `${key}/${body.kind}`)
        .filter((key) => registry.units.has(key));
      const { successor } = valueOf(
        await mergeUnits(
          db,
          {
            unitIds: merged.map((key) => idOf(registry.units, key)),
            date: REORGANISATION,
            successor: {
              unit: {
                name: `${body.name} ${of}`,
                bloc: body.bloc,
                level: 'COMMUNE',
                areaId: idOf(registry.areas, area.key),
                parentId: null,
              },
            },
            decision: REORGANISATION_RESOLUTION,
          },
          null,
        ),
        `merge into ${area.key}/${body.kind}`,
      );
      registry.units.set(`${area.key}/${body.kind}`, successor.id);
    }
  }
}

async function closeCity(db: Database, registry: Registry): Promise<void> {
  const unitIds = CITY_UNITS.map((unit) => idOf(registry.units, unit.key));
  const open = await db
    .select({ id: assignments.id, version: assignments.version })
    .from(assignments)
    .where(
      and(
        isNull(assignments.endDate),
        inArray(
          assignments.positionId,
          db.select({ id: positions.id }).from(positions).where(inArray(positions.unitId, unitIds)),
        ),
      ),
    );
  for (const held of open) {
    valueOf(
      await endAssignment(
        db,
        { id: held.id, expectedVersion: held.version, endDate: REORGANISATION },
        null,
      ),
      'end post',
    );
  }
  for (const unitId of unitIds) {
    valueOf(
      await updateUnit(
        db,
        { id: unitId, expectedVersion: 1, input: { validTo: REORGANISATION } },
        null,
      ),
      'close unit',
    );
  }
}

export async function loadReorganisation(db: Database, registry: Registry): Promise<void> {
  await mergeGrassroots(db, registry);
  await closeCity(db, registry);
}
