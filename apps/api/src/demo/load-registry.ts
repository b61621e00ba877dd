import type { Database } from '@luanchuyen/db';
import { createArea } from '../services/area.service';
import { createPositions } from '../services/position.service';
import { valueOf } from '../services/transaction';
import { createUnit } from '../services/unit.service';
import { AREAS, REORGANISATION_RESOLUTION } from './lang-son/areas';
import { CITY_UNITS, GRASSROOTS_UNITS, type UnitRecord } from './lang-son/units';

// The registry as it stood from 2015 to 2019 (the 2025 areas too: they carry their lineage),
// written through the same services as areaCreate, unitCreate and positionCreate.

export type Registry = {
  areas: Map<string, string>;
  units: Map<string, string>;
  posts: Map<string, string>;
};

export function idOf(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`demo dataset: unknown key ${key}`);
  return id;
}

export async function loadRegistry(db: Database): Promise<Registry> {
  const areas = new Map<string, string>();
  for (const area of AREAS) {
    const predecessors = area.mergedFrom
      ? {
          areaIds: area.mergedFrom.keys.map((key) => idOf(areas, key)),
          kind: 'MERGED_INTO' as const,
        }
      : null;
    const row = valueOf(
      await createArea(
        db,
        {
          name: area.name,
          kind: area.kind,
          parentId: area.parent ? idOf(areas, area.parent) : null,
          validFrom: area.validFrom,
          validTo: area.validTo ?? null,
          predecessors,
          decision: predecessors ? REORGANISATION_RESOLUTION : null,
        },
        null,
      ),
      `area ${area.key}`,
    );
    areas.set(area.key, row.id);
  }
  const units = new Map<string, string>();
  const posts = new Map<string, string>();
  await addUnits(db, [...CITY_UNITS, ...GRASSROOTS_UNITS], { areas, units, posts });
  return { areas, units, posts };
}

/** Units in order (parents first) with their posts, in one positionCreate batch. */
export async function addUnits(db: Database, records: readonly UnitRecord[], registry: Registry) {
  for (const unit of records) {
    const row = valueOf(
      await createUnit(
        db,
        {
          name: unit.name,
          bloc: unit.bloc,
          level: unit.level,
          areaId: idOf(registry.areas, unit.area),
          parentId: unit.parent ? idOf(registry.units, unit.parent) : null,
          validFrom: unit.validFrom,
        },
        null,
      ),
      `unit ${unit.key}`,
    );
    registry.units.set(unit.key, row.id);
  }
  await addPosts(db, records, registry);
}

/** The posts of units already in the registry, in one positionCreate batch. */
export async function addPosts(db: Database, records: readonly UnitRecord[], registry: Registry) {
  const wanted = records.flatMap((unit) =>
    unit.posts.map((post) => ({
      key: `${unit.key}#${post.key}`,
      input: {
        unitId: idOf(registry.units, unit.key),
        title: post.title,
        isKey: post.isKey ?? false,
        rank: post.rank,
        seats: post.seats ?? 1,
        requiresNonLocal: post.requiresNonLocal ?? false,
      },
    })),
  );
  const rows = valueOf(
    await createPositions(
      db,
      wanted.map((post) => post.input),
      null,
    ),
    'positions',
  );
  rows.forEach((row, index) => registry.posts.set(wanted[index]?.key ?? '', row.id));
}
