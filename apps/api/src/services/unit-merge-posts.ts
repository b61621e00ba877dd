import type { AreaRow, PositionRow, UnitRow } from '@luanchuyen/db';

// The posts a successor offers after a merger (PRODUCT.md, the mergers of 1/7/2025: the new
// wards have the posts any ward has). Titles name their unit or area ("Bí thư Đảng ủy phường
// Vĩnh Trại"), so each merged post is renamed for the successor first ("… phường Kỳ Lừa"), then
// matched by title within the successor: a title it already has is that post, another one is
// created once for all the merged posts that share it, with the most seats and the highest rank
// among them, key or non-local if any of them is.

export type SuccessorPost = {
  title: string;
  source: 'CREATED' | 'MATCHED' | 'KEPT';
  /** The successor's own post; null for one the merger creates. */
  position: PositionRow | null;
  /** The merged posts it continues, most senior first. */
  continues: PositionRow[];
  isKey: boolean;
  rank: number;
  seats: number;
  requiresNonLocal: boolean;
};

type Closing = { unit: UnitRow; area: AreaRow | null; positions: readonly PositionRow[] };

type Facts = {
  closing: readonly Closing[];
  successor: { name: string; area: AreaRow };
  successorPositions: readonly PositionRow[];
};

/** Titles compare as people read them: case, spacing and Unicode form aside. */
const titleKey = (title: string) =>
  title.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** The title with the closing unit's name (when it names its area), else its area's name,
 * replaced by the successor's. */
export function renamedTitle(
  title: string,
  from: { unit: string; area: string | null },
  to: { unit: string; area: string },
): string {
  const nfc = (text: string) => text.normalize('NFC').trim();
  const clean = nfc(title);
  if (!from.area) return clean;
  const area = nfc(from.area);
  const unit = nfc(from.unit);
  // Only a unit name that names its place is renamed whole: a generic one ("Công an") may be
  // any part of a title.
  const pairs: [string, string][] = [];
  if (unit.includes(area) || unit.includes(lowerFirst(area))) pairs.push([unit, to.unit]);
  pairs.push([area, to.area], [lowerFirst(area), lowerFirst(to.area)]);
  for (const [old, next] of pairs) {
    if (clean.includes(old)) return clean.replace(old, nfc(next));
  }
  return clean;
}

const bySeniority = (a: PositionRow, b: PositionRow) =>
  b.rank - a.rank || a.title.localeCompare(b.title, 'vi');

export function successorPostsOf(facts: Facts): SuccessorPost[] {
  const groups = new Map<string, { title: string; continues: PositionRow[] }>();
  for (const closing of facts.closing) {
    for (const post of closing.positions) {
      const title = renamedTitle(
        post.title,
        { unit: closing.unit.name, area: closing.area?.name ?? null },
        { unit: facts.successor.name, area: facts.successor.area.name },
      );
      const group = groups.get(titleKey(title)) ?? { title, continues: [] };
      group.continues.push(post);
      groups.set(titleKey(title), group);
    }
  }
  const own = new Map(facts.successorPositions.map((post) => [titleKey(post.title), post]));
  const offered: SuccessorPost[] = [...groups].map(([key, group]) => {
    const position = own.get(key) ?? null;
    const continues = [...group.continues].sort(bySeniority);
    return {
      title: position?.title ?? group.title,
      source: position ? 'MATCHED' : 'CREATED',
      position,
      continues,
      isKey: position?.isKey ?? continues.some((post) => post.isKey),
      rank: position?.rank ?? Math.max(...continues.map((post) => post.rank)),
      seats: position?.seats ?? Math.max(...continues.map((post) => post.seats)),
      requiresNonLocal:
        position?.requiresNonLocal ?? continues.some((post) => post.requiresNonLocal),
    };
  });
  const kept = facts.successorPositions
    .filter((post) => !groups.has(titleKey(post.title)))
    .map((post): SuccessorPost => ({ ...post, source: 'KEPT', position: post, continues: [] }));
  return [...offered, ...kept].sort(
    (a, b) => b.rank - a.rank || a.title.localeCompare(b.title, 'vi'),
  );
}
