import type { AreaKind, Position, Unit } from '@luanchuyen/domain';
import type {
  NewAreaRow,
  NewDocumentRow,
  NewPositionRow,
  NewUnitLineageRow,
  NewUnitRow,
  NewUserRow,
} from '@luanchuyen/db';
import { areaRow, newArea, type AreaNode } from './areas';
import { isoOf, type Day } from './days';
import type { Random } from './random';
import type { Scale } from './scales';
import type { UnitNode } from './structure';
import { LOADED_AT } from './timeline';
import type { UnitTemplate } from './units';

// Makes areas, units and posts from the templates and keeps their rows, in the order the
// writer needs them (a parent before its children).

export type StructureRows = {
  documents: NewDocumentRow[];
  areas: NewAreaRow[];
  units: NewUnitRow[];
  unitLineage: NewUnitLineageRow[];
  positions: NewPositionRow[];
  users: NewUserRow[];
};

type Keyed = Partial<Record<'party' | 'committee' | 'front', UnitNode>>;

export class StructureBuilder {
  readonly rows: StructureRows = {
    documents: [],
    areas: [],
    units: [],
    unitLineage: [],
    positions: [],
    users: [],
  };

  constructor(private readonly scale: Scale) {}

  area(
    ids: Random,
    name: string,
    kind: AreaKind,
    parent: AreaNode | null,
    centrallyRun = false,
  ): AreaNode {
    const node = newArea(ids, name, kind, parent, centrallyRun);
    this.rows.areas.push(areaRow(node));
    return node;
  }

  units(
    ids: Random,
    area: AreaNode,
    templates: readonly UnitTemplate[],
    validFrom: Day,
    validTo: Day | null,
    parents: Keyed,
  ): { units: UnitNode[]; keyed: Keyed } {
    const keyed: Keyed = {};
    const units: UnitNode[] = [];
    for (const template of templates) {
      // Bodies hang under their area's Party committee; the committee itself (and the
      // People's Committee, the Front) under its counterpart one level up.
      const parent = template.parent
        ? (keyed[template.parent] ?? parents[template.parent] ?? null)
        : template.key
          ? (parents[template.key] ?? null)
          : null;
      const unit = this.unit(ids, area, template, validFrom, validTo, parent);
      if (template.key) keyed[template.key] = unit;
      units.push(unit);
    }
    return { units, keyed };
  }

  unit(
    ids: Random,
    area: AreaNode,
    template: UnitTemplate,
    validFrom: Day,
    validTo: Day | null,
    parent: UnitNode | null,
  ): UnitNode {
    const id = ids.uuid();
    const domain: Unit = {
      id,
      name: template.name(area.words),
      bloc: template.bloc,
      level: area.level,
      areaId: area.id,
      parentId: parent?.id ?? null,
      validFrom: isoOf(validFrom),
      validTo: validTo === null ? null : isoOf(validTo),
    };
    const unit: UnitNode = {
      id,
      name: domain.name,
      bloc: domain.bloc,
      level: domain.level,
      area,
      validFrom,
      validTo,
      positions: [],
      domain,
    };
    this.rows.units.push({ ...domain, createdAt: LOADED_AT, version: 1 });
    for (const post of template.posts) {
      const seats = post.staff
        ? Math.max(1, Math.round(post.seats * this.scale.staffFactor))
        : post.seats;
      const position: Position = {
        id: ids.uuid(),
        unitId: id,
        title: post.title,
        isKey: post.isKey ?? false,
        rank: post.rank,
        seats,
        requiresNonLocal: post.requiresNonLocal ?? false,
      };
      unit.positions.push({
        ...position,
        unit,
        elected: post.elected ?? false,
        staff: post.staff ?? false,
        domain: position,
      });
      this.rows.positions.push({ ...position, createdAt: LOADED_AT, version: 1 });
    }
    return unit;
  }
}
