import { eq, inArray } from 'drizzle-orm';
import type { AreaKind, DocumentRef, IsoDate, LineageKind } from '@luanchuyen/domain';
import { areaLineage, areas, type AreaRow, type Database } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { audit } from './audit';
import { documentIdFor } from './documents.service';
import { failure, Rejected } from './outcome';
import { withTransaction } from './transaction';
import { missingReferences, nextVersion } from './versioned';

// areaCreate. An area is a dated version; a new area may continue earlier ones (the 1/7/2025
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
