import type { LineageLink, Unit } from '@luanchuyen/domain';
import { assignments, positions, unitLineage } from '@luanchuyen/db';
import { tableNameOf } from '@luanchuyen/db/dataset-writer';
import { buildLineage, runStartOf } from '@luanchuyen/rules';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../dataset-generator/generate';

// The generator writes with COPY, past the API's services, so it fills `run_start` itself:
// every assignment's value must be the long-tenure rule's walk over the whole registry, as the
// API's full recomputation would give (apps/api/test/run-starts.test.ts).

type Row = Record<string, unknown>;

describe('the generated run starts', () => {
  const tables = new Map<string, Row[]>();
  for (const chunk of generateDataset('city', 42)) {
    for (const { table, rows } of chunk.tables) {
      const name = tableNameOf(table);
      tables.set(name, [...(tables.get(name) ?? []), ...rows]);
    }
  }
  const rowsOf = (table: Parameters<typeof tableNameOf>[0]) => tables.get(tableNameOf(table)) ?? [];

  it('are the rule’s run start for every assignment', () => {
    const unitOf = new Map(rowsOf(positions).map((row) => [row['id'], row['unitId'] as string]));
    const links = rowsOf(unitLineage).map((row): LineageLink => ({
      kind: row['kind'] as LineageLink['kind'],
      date: row['date'] as string,
      fromId: row['fromUnitId'] as string,
      toId: row['toUnitId'] as string,
    }));
    const units = buildLineage<Unit>([], links);
    const posts = rowsOf(assignments).map((row) => ({
      row,
      assignment: {
        startDate: row['startDate'] as string,
        endDate: (row['endDate'] ?? null) as string | null,
      },
      position: { unitId: unitOf.get(row['positionId']) as string },
    }));
    const careers = new Map<unknown, typeof posts>();
    for (const post of posts) {
      careers.set(post.row['cadreId'], [...(careers.get(post.row['cadreId']) ?? []), post]);
    }
    const wrong = posts.filter((post) => {
      const career = careers.get(post.row['cadreId']) ?? [];
      return post.row['runStart'] !== runStartOf(post, { assignments: career }, units);
    });
    expect(posts.length).toBeGreaterThan(1000);
    expect(wrong.map((post) => post.row['id'])).toEqual([]);
    expect(posts.some((post) => post.row['runStart'] !== post.row['startDate'])).toBe(true);
  });
});
