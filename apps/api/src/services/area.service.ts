import { and, eq, inArray, or } from 'drizzle-orm';
import type { AreaKind, DocumentRef, IsoDate, LineageKind } from '@luanchuyen/domain';
import { areaLineage, areas, type AreaRow, type Database } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { audit } from './audit';
import { documentIdFor } from './documents.service';
import { failure, Rejected, type Failure } from './outcome';
import { withTransaction, type Tx } from './transaction';
import { expectRow, missingReferences, nextVersion, updated } from './versioned';

// areaCreate and areaUpdate. An area is a dated version; a new area may continue earlier ones (the 1/7/2025
// mergers: Lương Văn Tri = Chi Lăng ward + Quảng Lạc commune): the predecessors still open
// that day are closed on it and linked to the new area, so history keeps both versions.

export type AreaInput = {
  name: string;
  kind: AreaKind;
  parentId: string | null;
  validFrom: IsoDate;
  validTo?: IsoDate | null;
  /** Areas this one continues from `validFrom`, with how (MERGED_INTO, SPLIT_FROM, RENAMED). */
  predecessors?: { areaIds: readonly string[]; kind: LineageKind } | null;
  decision?: DocumentRef | null;
};

const references = missingReferences({
  areas_parent_id_areas_id_fk: { field: ['input', 'parentId'], key: 'areaNotFound' },
});

export function createArea(db: Database, input: AreaInput, actor: Principal | null) {
  return withTransaction(
    db,
    async (tx): Promise<AreaRow> => {
      const predecessorIds = input.predecessors?.areaIds ?? [];
      const found = predecessorIds.length
        ? await tx
            .select()
            .from(areas)
            .where(inArray(areas.id, [...predecessorIds]))
        : [];
      const problems = predecessorIds.flatMap((id, index) => {
        const area = found.find((row) => row.id === id);
        const field = ['input', 'predecessors', 'areaIds', String(index)];
        if (!area) return [failure('NOT_FOUND', 'areaNotFound', field)];
        return area.validFrom >= input.validFrom
          ? [failure('INVALID_LINEAGE', 'lineageOrder', field)]
          : [];
      });
      if (problems.length > 0) throw new Rejected(problems);
      const [area] = await tx
        .insert(areas)
        .values({
          name: input.name.normalize('NFC').trim(),
          kind: input.kind,
          parentId: input.parentId,
          validFrom: input.validFrom,
          validTo: input.validTo ?? null,
        })
        .returning();
      if (!area) throw new Error('area insert returned no row');
      const documentId = await documentIdFor(
        tx,
        input.decision,
        'RESOLUTION',
        ['input', 'decision'],
        actor,
      );
      for (const before of found) {
        const closes = before.validTo === null || before.validTo > input.validFrom;
        const [after] = closes
          ? await tx
              .update(areas)
              .set({ validTo: input.validFrom, version: nextVersion(areas.version) })
              .where(eq(areas.id, before.id))
              .returning()
          : [before];
        if (closes) {
          await audit(tx, actor, [
            { action: 'area.close', recordType: 'Area', recordId: before.id, before, after },
          ]);
        }
      }
      if (found.length > 0 && input.predecessors) {
        const kind = input.predecessors.kind;
        await tx.insert(areaLineage).values(
          found.map((before) => ({
            kind,
            fromAreaId: before.id,
            toAreaId: area.id,
            date: input.validFrom,
            documentId,
          })),
        );
      }
      await audit(tx, actor, [
        {
          action: 'area.create',
          recordType: 'Area',
          recordId: area.id,
          after: { ...area, predecessors: predecessorIds },
        },
      ]);
      return area;
    },
    { onConstraint: references },
  );
}

export type AreaChange = {
  id: string;
  expectedVersion: number;
  input: Partial<Pick<AreaInput, 'name' | 'kind' | 'parentId' | 'validFrom' | 'validTo'>>;
};

/** Whether `parentId`, or an area above it, is the area itself (a loop in the tree). */
async function isWithin(tx: Tx, parentId: string, areaId: string): Promise<boolean> {
  const seen = new Set<string>();
  for (let current: string | null = parentId; current !== null;) {
    if (current === areaId) return true;
    if (seen.has(current)) return false;
    seen.add(current);
    const [row]: { parentId: string | null }[] = await tx
      .select({ parentId: areas.parentId })
      .from(areas)
      .where(eq(areas.id, current));
    current = row?.parentId ?? null;
  }
  return false;
}

/** What areaUpdate refuses: dates out of order, a loop of parents, lineage dates moved. */
async function areaChangeRefusals(tx: Tx, before: AreaRow, change: AreaChange['input']) {
  const problems: Failure[] = [];
  const validFrom = change.validFrom ?? before.validFrom;
  const validTo = change.validTo === undefined ? before.validTo : change.validTo;
  if (validTo !== null && validTo <= validFrom) {
    const field = change.validTo === undefined ? 'validFrom' : 'validTo';
    problems.push(failure('INVALID_INPUT', 'endBeforeStart', ['input', field]));
  }
  if (change.parentId && (await isWithin(tx, change.parentId, before.id))) {
    problems.push(failure('INVALID_PARENT', 'ownParent', ['input', 'parentId']));
  }
  const links = await tx
    .select({ from: areaLineage.fromAreaId, to: areaLineage.toAreaId })
    .from(areaLineage)
    .where(or(eq(areaLineage.fromAreaId, before.id), eq(areaLineage.toAreaId, before.id)));
  // A lineage link's date is the successor's first day and its predecessors' validTo.
  if (validFrom !== before.validFrom && links.some((link) => link.to === before.id)) {
    problems.push(failure('INVALID_LINEAGE', 'lineageFixesValidFrom', ['input', 'validFrom']));
  }
  if (validTo !== before.validTo && links.some((link) => link.from === before.id)) {
    problems.push(failure('INVALID_LINEAGE', 'lineageFixesValidTo', ['input', 'validTo']));
  }
  return problems;
}

// areaUpdate: corrects an area version at the version it was read; a refusal writes nothing.
export function updateArea(db: Database, change: AreaChange, actor: Principal | null) {
  return withTransaction(
    db,
    async (tx): Promise<AreaRow> => {
      const [found] = await tx.select().from(areas).where(eq(areas.id, change.id));
      const before = expectRow(found, change.expectedVersion, 'areaNotFound');
      const problems = await areaChangeRefusals(tx, before, change.input);
      if (problems.length > 0) throw new Rejected(problems);
      const { name, ...rest } = change.input;
      const [row] = await tx
        .update(areas)
        .set({
          ...rest,
          ...(name === undefined ? {} : { name: name.normalize('NFC').trim() }),
          version: nextVersion(areas.version),
        })
        .where(and(eq(areas.id, change.id), eq(areas.version, change.expectedVersion)))
        .returning();
      const after = updated(row);
      await audit(tx, actor, [
        { action: 'area.update', recordType: 'Area', recordId: after.id, before, after },
      ]);
      return after;
    },
    { onConstraint: references },
  );
}
