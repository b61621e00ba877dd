import type { Position, Unit } from '@luanchuyen/domain';
import { type DbHandle } from '@luanchuyen/db';
import {
  DATASET_TABLES,
  DatasetNotEmptyError,
  openDatasetWriter,
  tableNameOf,
} from '@luanchuyen/db/dataset-writer';
import { testEngines } from '@luanchuyen/db/testing';
import { buildLineage, classifyRotation, retirementDate } from '@luanchuyen/rules';
import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayFromParts, dayOf, isoOf } from '../dataset-generator/days';
import { digestOf } from '../dataset-generator/digest';
import { generateDataset } from '../dataset-generator/generate';
import { retirementDay } from '../dataset-generator/people';

// The dataset generator: deterministic, and the rows keep the invariants the rules and the
// database rely on. The city scale (a few thousand rows) keeps this file fast.

type Row = Record<string, unknown>;

/** Every generated row of the city scale, by SQL table name. */
function cityRows(seed = 42): Map<string, Row[]> {
  const tables = new Map<string, Row[]>();
  for (const chunk of generateDataset('city', seed)) {
    for (const { table, rows } of chunk.tables) {
      const name = tableNameOf(table);
      tables.set(name, [...(tables.get(name) ?? []), ...rows]);
    }
  }
  return tables;
}

const rowsOf = (tables: Map<string, Row[]>, table: PgTable) => tables.get(tableNameOf(table)) ?? [];
const str = (value: unknown) => value as string;
const END_OF_TIME = '9999-12-31';

describe('the dataset generator', () => {
  const tables = cityRows();
  const byName = (name: string) => tables.get(`"public"."${name}"`) ?? [];

  it('gives the same rows, ids included, for the same seed', () => {
    expect(digestOf(generateDataset('city', 42)).digest).toBe(
      digestOf(generateDataset('city', 42)).digest,
    );
  });

  it('gives different rows for a different seed', () => {
    expect(digestOf(generateDataset('city', 43)).digest).not.toBe(
      digestOf(generateDataset('city', 42)).digest,
    );
  });

  it('fills every table the writer loads', () => {
    for (const table of DATASET_TABLES) {
      if (tableNameOf(table) === '"public"."area_lineage"') continue;
      expect(rowsOf(tables, table).length, tableNameOf(table)).toBeGreaterThan(0);
    }
  });

  it('resolves every foreign key to a generated row', () => {
    for (const table of DATASET_TABLES) {
      const keyOf = (owner: PgTable, columnName: string) =>
        Object.entries(getTableColumns(owner)).find(
          ([, column]) => column.name === columnName,
        )?.[0];
      for (const foreignKey of getTableConfig(table).foreignKeys) {
        const reference = foreignKey.reference();
        const [column] = reference.columns;
        const [foreignColumn] = reference.foreignColumns;
        if (!column || !foreignColumn) continue;
        const local = keyOf(table, column.name) as string;
        const remote = keyOf(reference.foreignTable, foreignColumn.name) as string;
        const known = new Set(rowsOf(tables, reference.foreignTable).map((row) => row[remote]));
        const missing = rowsOf(tables, table)
          .map((row) => row[local])
          .filter((value) => value !== null && value !== undefined && !known.has(value));
        expect(missing, `${tableNameOf(table)}.${column.name}`).toEqual([]);
      }
    }
  });

  it('writes every name in Unicode NFC', () => {
    const names = [
      ...byName('cadres').map((row) => str(row['fullName'])),
      ...byName('areas').map((row) => str(row['name'])),
      ...byName('units').map((row) => str(row['name'])),
      ...byName('positions').map((row) => str(row['title'])),
    ];
    expect(names.filter((name) => name !== name.normalize('NFC'))).toEqual([]);
    expect(
      byName('cadres').some((row) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệ]/i.test(str(row['fullName']))),
    ).toBe(true);
  });

  it('keeps birth year and birth date consistent, and some of each unknown', () => {
    const cadres = byName('cadres');
    for (const row of cadres) {
      const date = row['birthDate'] as string | null;
      const year = row['birthYear'] as number | null;
      expect(date === null || year === null).toBe(true);
      if (date) expect(date >= '1960-01-01' && date <= '1995-12-31').toBe(true);
      if (year) expect(year >= 1960 && year <= 1995).toBe(true);
    }
    expect(cadres.some((row) => row['birthDate'] === null && row['birthYear'] === null)).toBe(true);
    expect(cadres.some((row) => row['birthDate'] === null && row['birthYear'] !== null)).toBe(true);
  });

  it('never has two non-cancelled rotations of one cadre overlap', () => {
    const periods = new Map<string, [string, string][]>();
    for (const row of byName('rotations')) {
      if (row['status'] === 'CANCELLED') continue;
      const end = str(row['endDate'] ?? row['plannedEndDate']);
      const list = periods.get(str(row['cadreId'])) ?? [];
      for (const [start, otherEnd] of list) {
        expect(str(row['startDate']) < otherEnd && start < end).toBe(false);
      }
      periods.set(str(row['cadreId']), [...list, [str(row['startDate']), end]]);
    }
  });

  it('stores the classification the rules give from the unit versions at the start', () => {
    const units = byName('units') as unknown as Unit[];
    const links = byName('unit_lineage').map((row) => ({
      kind: row['kind'] as 'SPLIT_FROM',
      fromId: str(row['fromUnitId']),
      toId: str(row['toUnitId']),
      date: str(row['date']),
    }));
    const history = buildLineage(units, links);
    const positions = new Map(
      (byName('positions') as unknown as Position[]).map((position) => [position.id, position]),
    );
    const rotations = byName('rotations');
    const categories = new Set(rotations.map((row) => row['category']));
    expect(categories.size).toBeGreaterThanOrEqual(4);
    for (const row of rotations) {
      const from = positions.get(str(row['fromPositionId'])) as Position;
      const to = positions.get(str(row['toPositionId'])) as Position;
      const kind = classifyRotation(history, from, to, str(row['startDate']));
      expect(kind.decision).toBe('DECIDED');
      if (kind.decision !== 'DECIDED') continue;
      expect([row['category'], row['direction'], row['rankChange']]).toEqual([
        kind.category,
        kind.direction,
        kind.rankChange,
      ]);
    }
  });

  it("puts a started rotation's cadre in the destination post with a ROTATED assignment", () => {
    const rotated = new Set(
      byName('assignments')
        .filter((row) => row['kind'] === 'ROTATED')
        .map(
          (row) => `${str(row['rotationId'])}|${str(row['positionId'])}|${str(row['startDate'])}`,
        ),
    );
    for (const row of byName('rotations')) {
      const started = row['status'] === 'ACTIVE' || row['status'] === 'COMPLETED';
      const key = `${str(row['id'])}|${str(row['toPositionId'])}|${str(row['startDate'])}`;
      expect(rotated.has(key)).toBe(started);
      if (row['status'] === 'COMPLETED') expect(row['endDate'] && row['outcome']).toBeTruthy();
    }
  });

  it('never seats more people in a post than it has seats, on any day', () => {
    const seats = new Map(byName('positions').map((row) => [row['id'], row['seats'] as number]));
    const held = new Map<unknown, Row[]>();
    for (const row of byName('assignments')) {
      held.set(row['positionId'], [...(held.get(row['positionId']) ?? []), row]);
    }
    for (const [positionId, rows] of held) {
      for (const day of new Set(rows.map((row) => str(row['startDate'])))) {
        const holders = rows.filter(
          (row) => str(row['startDate']) <= day && day < str(row['endDate'] ?? END_OF_TIME),
        ).length;
        expect(holders).toBeLessThanOrEqual(seats.get(positionId) as number);
      }
    }
  });

  it('gives a cadre at most one main post at a time, and every active cadre one now', () => {
    const posts = new Map<unknown, Row[]>();
    for (const row of byName('assignments')) {
      if (row['kind'] === 'CONCURRENT') continue;
      posts.set(row['cadreId'], [...(posts.get(row['cadreId']) ?? []), row]);
    }
    for (const rows of posts.values()) {
      const sorted = [...rows].sort((a, b) =>
        str(a['startDate']).localeCompare(str(b['startDate'])),
      );
      sorted.slice(1).forEach((row, index) => {
        const before = sorted[index] as Row;
        expect(str(before['endDate'] ?? END_OF_TIME) <= str(row['startDate'])).toBe(true);
      });
    }
    for (const cadre of byName('cadres')) {
      const current = (posts.get(cadre['id']) ?? []).some((row) => row['endDate'] === null);
      expect(current).toBe(cadre['status'] === 'ACTIVE');
    }
  });

  it('has rotations in every status', () => {
    const statuses = new Set(byName('rotations').map((row) => row['status']));
    expect([...statuses].sort()).toEqual([
      'ACTIVE',
      'APPROVED',
      'CANCELLED',
      'COMPLETED',
      'PROPOSED',
    ]);
  });

  it('takes retirement days from the rules, whatever the day of the birth month', () => {
    for (const sex of ['MALE', 'FEMALE'] as const) {
      for (let month = 0; month < 36 * 12; month += 17) {
        const first = dayFromParts(1960 + Math.floor(month / 12), (month % 12) + 1, 1);
        for (let day = first; day < first + 28; day += 3) {
          const birthDate = isoOf(day);
          const result = retirementDate({ sex, birthDate, birthYear: null });
          const expected = result.decision === 'DECIDED' ? dayOf(result.retirementDate) : null;
          expect(retirementDay(sex, birthDate, null), `${sex} ${birthDate}`).toBe(expected);
        }
      }
    }
  });
});

const postgres = testEngines().find((engine) => engine.name === 'postgres');

describe.runIf(postgres)('loading the city scale into PostgreSQL', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await (postgres as NonNullable<typeof postgres>).open();
  });
  afterAll(() => handle?.close());

  it('writes exactly the generated rows and keeps every constraint', async () => {
    const writer = await openDatasetWriter(handle);
    for (const chunk of generateDataset('city', 42)) {
      for (const tableRows of chunk.tables) await writer.copy(tableRows);
    }
    await writer.finish();
    const expected = digestOf(generateDataset('city', 42)).rows;
    const client = (handle.db as unknown as { $client: pg.Pool }).$client;
    for (const [name, rows] of expected) {
      const { rows: found } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${name}`,
      );
      expect(found[0]?.n, name).toBe(rows);
    }
    const { rows: constraints } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_constraint
        WHERE conrelid = 'public.rotations'::regclass AND conname = 'rotations_no_overlap_per_cadre'`,
    );
    expect(constraints[0]?.n).toBe(1);
    expect(writer.rowCounts).toEqual(expected);
  });

  it('refuses to load into a database that has rows', async () => {
    await expect(openDatasetWriter(handle)).rejects.toBeInstanceOf(DatasetNotEmptyError);
  });
});
