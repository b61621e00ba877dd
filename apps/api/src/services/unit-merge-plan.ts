import { and, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { DocumentRef, IsoDate } from '@luanchuyen/domain';
import {
  areas,
  assignments,
  positions,
  units,
  type AreaRow,
  type AssignmentRow,
  type Database,
  type PositionRow,
  type UnitRow,
} from '@luanchuyen/db';
import { unitMergeRefusals } from '@luanchuyen/rules';
import { failure, type Failure, type Outcome } from './outcome';
import type { UnitInput } from './unit.service';
import { successorPostsOf, type SuccessorPost } from './unit-merge-posts';

// What a merger does, read once and written nowhere: unitMergePreview answers it and unitMerge
// writes it, so the preview cannot promise what the merge would not do. The refusals are
// libs/rules' unitMergeRefusals plus the ids the registry does not know, each beside its field.

export type UnitMergeInput = {
  unitIds: readonly string[];
  date: IsoDate;
  successor: { unitId: string } | { unit: Omit<UnitInput, 'validFrom' | 'validTo'> };
  decision?: DocumentRef | null;
};

export type MergeClosing = {
  unit: UnitRow;
  positions: PositionRow[];
  endingAssignments: AssignmentRow[];
};

export type MergeSuccessor = {
  /** The existing unit; null for a new one. */
  unit: UnitRow | null;
  opening: 'NEW' | 'EXTENDED' | 'REOPENED';
  fields: Omit<UnitInput, 'validFrom' | 'validTo'>;
  area: AreaRow;
};

export type MergePlan = {
  closing: MergeClosing[];
  successor: MergeSuccessor;
  posts: SuccessorPost[];
};

const SUCCESSOR_FIELD = ['input', 'successorId'];

/** Unknown ids (NOT_FOUND) and what unitMergeRefusals refuses, each beside its field. */
function refusalsOf(input: UnitMergeInput, found: readonly UnitRow[]): Failure[] {
  const byId = new Map(found.map((row) => [row.id, row]));
  const listed = input.unitIds.map((id) => byId.get(id) ?? null);
  const unknown = listed.flatMap((unit, index) =>
    unit ? [] : [failure('NOT_FOUND', 'unitNotFound', ['input', 'unitIds', String(index)])],
  );
  const successor = 'unitId' in input.successor ? byId.get(input.successor.unitId) : null;
  if ('unitId' in input.successor && !successor) {
    unknown.push(failure('NOT_FOUND', 'unitNotFound', SUCCESSOR_FIELD));
  }
  const refused = unitMergeRefusals({ date: input.date, listed, successor: successor ?? null });
  const known = refused.map((refusal) => ({
    code: refusal.code,
    field: refusal.index === null ? SUCCESSOR_FIELD : ['input', 'unitIds', String(refusal.index)],
    message: refusal.message,
  }));
  return [...unknown, ...known];
}

/** A new successor's area and parent must exist, as the merge's foreign keys demand. */
async function newSuccessorRefusals(
  db: Database,
  fields: Omit<UnitInput, 'validFrom' | 'validTo'>,
  area: AreaRow | undefined,
): Promise<Failure[]> {
  const problems: Failure[] = [];
  if (!area) problems.push(failure('NOT_FOUND', 'areaNotFound', ['input', 'successor', 'areaId']));
  if (fields.parentId) {
    const [parent] = await db
      .select({ id: units.id })
      .from(units)
      .where(eq(units.id, fields.parentId));
    if (!parent) {
      problems.push(failure('NOT_FOUND', 'unitNotFound', ['input', 'successor', 'parentId']));
    }
  }
  return problems;
}

function openingOf(existing: UnitRow, date: IsoDate): MergeSuccessor['opening'] {
  return existing.validTo !== null && existing.validTo <= date ? 'REOPENED' : 'EXTENDED';
}

/** The merger as it would be written, or why it would be refused. Reads only. */
export async function planMerge(db: Database, input: UnitMergeInput): Promise<Outcome<MergePlan>> {
  const successorId = 'unitId' in input.successor ? [input.successor.unitId] : [];
  const found = await db
    .select()
    .from(units)
    .where(inArray(units.id, [...input.unitIds, ...successorId]));
  const problems = refusalsOf(input, found);
  const existing = found.find((row) => successorId.includes(row.id)) ?? null;
  const fields = existing ?? ('unit' in input.successor ? input.successor.unit : null);
  if (!fields) return { ok: false, failures: problems };
  const closingUnits = input.unitIds.flatMap((id) => found.filter((row) => row.id === id));
  const areaIds = [...new Set([fields.areaId, ...closingUnits.map((unit) => unit.areaId)])];
  const areaRows = await db.select().from(areas).where(inArray(areas.id, areaIds));
  const area = areaRows.find((row) => row.id === fields.areaId);
  if (!existing) problems.push(...(await newSuccessorRefusals(db, fields, area)));
  if (problems.length > 0 || !area) return { ok: false, failures: problems };

  const unitIds = closingUnits.map((unit) => unit.id);
  const posts = await db
    .select()
    .from(positions)
    .where(inArray(positions.unitId, existing ? [...unitIds, existing.id] : unitIds));
  const ending = await db
    .select()
    .from(assignments)
    .where(
      and(
        inArray(
          assignments.positionId,
          posts.filter((post) => unitIds.includes(post.unitId)).map((post) => post.id),
        ),
        lte(assignments.startDate, input.date),
        or(isNull(assignments.endDate), gt(assignments.endDate, input.date)),
      ),
    );
  const closing = closingUnits.map((unit) => {
    const own = posts.filter((post) => post.unitId === unit.id);
    const ids = new Set(own.map((post) => post.id));
    return {
      unit,
      positions: own,
      endingAssignments: ending.filter((held) => ids.has(held.positionId)),
    };
  });
  const successor: MergeSuccessor = {
    unit: existing,
    opening: existing ? openingOf(existing, input.date) : 'NEW',
    fields: {
      name: fields.name,
      bloc: fields.bloc,
      level: fields.level,
      areaId: fields.areaId,
      parentId: fields.parentId,
    },
    area,
  };
  const successorPosts = successorPostsOf({
    closing: closing.map(({ unit, positions: own }) => ({
      unit,
      area: areaRows.find((row) => row.id === unit.areaId) ?? null,
      positions: own,
    })),
    successor: { name: fields.name.normalize('NFC').trim(), area },
    successorPositions: existing ? posts.filter((post) => post.unitId === existing.id) : [],
  });
  return { ok: true, value: { closing, successor, posts: successorPosts } };
}
