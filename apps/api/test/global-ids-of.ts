import { encodeGlobalId } from '@luanchuyen/domain';

// Seeded rows by name → their global ids by the same names, so tests say `gid.cadres.son`.

type Rows = Record<string, Record<string, { id: string }>>;

const TYPE_OF: Record<string, string> = {
  areas: 'Area',
  units: 'Unit',
  positions: 'Position',
  cadres: 'Cadre',
  rotations: 'Rotation',
  plans: 'RotationPlan',
  documents: 'Document',
};

/** The global ids of the seeded rows, under the same names: `gid.cadres.son`. */
export function globalIdsOf<R extends Rows>(
  rows: R,
): { [K in keyof R]: Record<keyof R[K], string> } {
  return Object.fromEntries(
    Object.entries(rows).map(([group, members]) => [
      group,
      Object.fromEntries(
        Object.entries(members).map(([name, row]) => [
          name,
          encodeGlobalId(TYPE_OF[group] ?? group, row.id),
        ]),
      ),
    ]),
  ) as { [K in keyof R]: Record<keyof R[K], string> };
}
