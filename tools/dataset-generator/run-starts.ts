import type { NewAssignmentRow } from '@luanchuyen/db';
import { runStartOf, type RunPost, type UnitHistory } from '@luanchuyen/rules';
import type { PositionNode } from './structure';

// Each assignment's `run_start` (libs/db schema): the start of the unbroken run in its unit's
// lineage that it belongs to, computed with the long-tenure rule's own walk, as the API's write
// services keep it. The generator writes with COPY, past the services, so it fills it itself.

/** Sets `runStart` on every assignment of one cadre (the rows are the cadre's whole career). */
export function fillRunStarts(
  rows: readonly NewAssignmentRow[],
  positions: ReadonlyMap<string, PositionNode>,
  units: UnitHistory,
): void {
  const posts = rows.map((row): RunPost & { row: NewAssignmentRow } => {
    const position = positions.get(row.positionId);
    if (!position) throw new Error(`assignment ${row.id ?? ''} names an unknown post`);
    return {
      row,
      assignment: { startDate: row.startDate, endDate: row.endDate ?? null },
      position: { unitId: position.unit.id },
    };
  });
  const facts = { assignments: posts };
  for (const post of posts) post.row.runStart = runStartOf(post, facts, units);
}
