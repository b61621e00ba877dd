import type { AreaKind, Bloc, LineageLink, Position, Unit, UnitLevel } from '@luanchuyen/domain';
import { buildLineage, type UnitHistory } from '@luanchuyen/rules';
import type { AreaNode } from './areas';
import { COMMUNE_UNITS, COMMUNE_UNITS_FROM_2025 } from './commune-units';
import { isoOf, type Day } from './days';
import { placeName, slugOf } from './names';
import { streamFor, type Random } from './random';
import type { ProvinceSpec, Scale } from './scales';
import { StructureBuilder, type StructureRows } from './structure-builder';
import { HISTORY_START, LOADED_AT, REORGANISATION } from './timeline';
import { upperLevelUnits } from './units';

// The administrative map and the posts in it: areas, units, positions, and the Organization
// Board staff accounts that appear as audit actors. Small even at the national scale (tens of
// thousands of rows), so it is built whole before any person is generated.

export type UnitNode = {
  id: string;
  name: string;
  bloc: Bloc;
  level: UnitLevel;
  area: AreaNode;
  validFrom: Day;
  validTo: Day | null;
  positions: PositionNode[];
  domain: Unit;
};

export type PositionNode = {
  id: string;
  unit: UnitNode;
  title: string;
  rank: number;
  seats: number;
  isKey: boolean;
  requiresNonLocal: boolean;
  elected: boolean;
  staff: boolean;
  domain: Position;
};

export type ProvinceStructure = {
  /** 1-based: part 0 of the random streams is the shared structure. */
  part: number;
  spec: ProvinceSpec;
  area: AreaNode;
  communes: AreaNode[];
  communesByDistrict: Map<AreaNode, AreaNode[]>;
  units: UnitNode[];
  positions: PositionNode[];
  /** The unit versions and links the rules classify rotations with. */
  unitHistory: UnitHistory;
  /** Audit actors (Organization Board staff). */
  userIds: string[];
  /** The province Party committee, which issues plans and rotation decisions. */
  partyCommittee: UnitNode;
  /** Ids come from this stream in the structure and later in the people of the province. */
  ids: Random;
};

export type Structure = {
  provinces: ProvinceStructure[];
  /** Province areas without units (home areas of people born elsewhere). */
  outside: AreaNode[];
  rows: StructureRows;
};

function buildProvince(
  builder: StructureBuilder,
  scale: Scale,
  seed: number,
  part: number,
  spec: ProvinceSpec,
): ProvinceStructure {
  const random = streamFor(seed, part, 'structure');
  const ids = streamFor(seed, part, 'ids');
  const counts = (level: 'province' | 'district') => ({
    boards: level === 'province' ? scale.provinceBoards : scale.districtBoards,
    departments: level === 'province' ? scale.provinceDepartments : scale.districtDepartments,
    massOrganisations:
      level === 'province' ? scale.provinceMassOrganisations : scale.districtMassOrganisations,
  });

  const province = builder.area(ids, spec.name, 'PROVINCE', null, spec.isCity);
  const provinceUnits = builder.units(
    ids,
    province,
    upperLevelUnits('PROVINCE', counts('province')),
    HISTORY_START,
    null,
    {},
  );
  const units = [...provinceUnits.units];
  const partyCommittee = provinceUnits.keyed.party;
  if (!partyCommittee) throw new Error('a province needs its Party committee');

  const resolution = ids.uuid();
  builder.rows.documents.push({
    id: resolution,
    number: `${1650 + part}/NQ-UBTVQH15`,
    kind: 'RESOLUTION',
    issuedOn: '2025-06-16',
    issuer: 'Ủy ban Thường vụ Quốc hội',
    title: `Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của ${province.name.replace(/^Tỉnh/, 'tỉnh').replace(/^Thành phố/, 'thành phố')} năm 2025`,
    createdAt: LOADED_AT,
  });

  const lineage: LineageLink[] = [];
  const taken = new Set<string>();
  const communes: AreaNode[] = [];
  // Communes are dealt out to districts so every district has at least one.
  const perDistrict = Array.from({ length: spec.districts }, () => 1);
  for (let left = spec.communes - spec.districts; left > 0; left -= 1) {
    const index = random.int(0, spec.districts - 1);
    perDistrict[index] = (perDistrict[index] ?? 0) + 1;
  }
  perDistrict.forEach((communeCount, index) => {
    const city = index === 0;
    const district = builder.area(
      ids,
      placeName(random, taken),
      city ? 'CITY' : 'DISTRICT',
      province,
    );
    const districtUnits = builder.units(
      ids,
      district,
      upperLevelUnits('DISTRICT', counts('district')),
      HISTORY_START,
      REORGANISATION,
      provinceUnits.keyed,
    );
    units.push(...districtUnits.units);
    const districtCommittee = districtUnits.keyed.committee;
    for (let c = 0; c < communeCount; c += 1) {
      const kind = random.weighted<AreaKind>(
        city
          ? [
              ['WARD', 0.8],
              ['COMMUNE', 0.2],
            ]
          : [
              ['COMMUNE', 0.85],
              ['TOWN', 0.08],
              ['WARD', 0.07],
            ],
      );
      const commune = builder.area(ids, placeName(random, taken), kind, district);
      communes.push(commune);
      const communeUnits = builder.units(
        ids,
        commune,
        COMMUNE_UNITS,
        HISTORY_START,
        null,
        districtUnits.keyed,
      );
      units.push(...communeUnits.units);
      const later = builder.units(
        ids,
        commune,
        COMMUNE_UNITS_FROM_2025,
        REORGANISATION,
        null,
        communeUnits.keyed,
      );
      units.push(...later.units);
      // The new agencies take over the district People's Committee's work in this commune.
      for (const agency of later.units) {
        if (!districtCommittee) continue;
        const link = {
          kind: 'SPLIT_FROM',
          fromId: districtCommittee.id,
          toId: agency.id,
          date: isoOf(REORGANISATION),
        } as const;
        lineage.push(link);
        builder.rows.unitLineage.push({
          id: ids.uuid(),
          kind: link.kind,
          fromUnitId: link.fromId,
          toUnitId: link.toId,
          date: link.date,
          documentId: resolution,
          createdAt: LOADED_AT,
        });
      }
    }
  });

  const slug = slugOf(spec.name);
  const userIds = [1, 2, 3].map((n) => {
    const id = ids.uuid();
    // Generated staff exist only as audit actors: disabled, and no password matches '!'.
    builder.rows.users.push({
      id,
      username: `btc.${slug}.${n}`,
      passwordHash: '!',
      role: 'ORGANIZER',
      createdAt: LOADED_AT,
      disabledAt: LOADED_AT,
      version: 1,
    });
    return id;
  });

  return {
    part,
    spec,
    area: province,
    communes,
    communesByDistrict: groupByDistrict(communes),
    units,
    positions: units.flatMap((unit) => unit.positions),
    unitHistory: buildLineage(
      units.map((unit) => unit.domain),
      lineage,
    ),
    userIds,
    partyCommittee,
    ids,
  };
}

function groupByDistrict(communes: readonly AreaNode[]): Map<AreaNode, AreaNode[]> {
  const groups = new Map<AreaNode, AreaNode[]>();
  for (const commune of communes) {
    const district = commune.district ?? commune;
    groups.set(district, [...(groups.get(district) ?? []), commune]);
  }
  return groups;
}

export function buildStructure(scale: Scale, seed: number): Structure {
  const builder = new StructureBuilder(scale);
  const provinces = scale.provinces.map((spec, index) =>
    buildProvince(builder, scale, seed, index + 1, spec),
  );
  const ids = streamFor(seed, 0, 'ids');
  const outside = scale.outsideProvinces.map((name) => builder.area(ids, name, 'PROVINCE', null));
  return { provinces, outside, rows: builder.rows };
}
