import { asc } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database, DbHandle } from '../database';
import { auditEvents, cadres, documents } from '../schema';
import { testEngines } from '../testing';
import { copyField, copyLine } from './copy-text';
import { openDatasetWriter } from './dataset-writer';
import { tableRows } from './table-columns';

describe('COPY text fields', () => {
  it.each([
    ['plain Vietnamese text as it is', 'Nguyễn Thị Hương', 'Nguyễn Thị Hương'],
    ['a backslash doubled', 'a\\b', 'a\\\\b'],
    ['tab, newline and carriage return escaped', 'a\tb\nc\rd', 'a\\tb\\nc\\rd'],
    ['null as \\N', null, '\\N'],
    ['undefined as \\N', undefined, '\\N'],
    ['booleans as t and f', true, 't'],
    ['numbers in decimal', 12.5, '12.5'],
    ['dates as ISO timestamps', new Date('2020-01-02T03:04:05Z'), '2020-01-02T03:04:05.000Z'],
    ['objects as JSON, escaped', { note: 'dòng 1\ndòng 2' }, '{"note":"dòng 1\\\\ndòng 2"}'],
  ])('writes %s', (_name, value, expected) => {
    expect(copyField(value)).toBe(expected);
  });

  it('joins fields with tabs and ends the line', () => {
    expect(copyLine(['a', null, 1])).toBe('a\t\\N\t1\n');
  });

  it('refuses numbers COPY cannot read', () => {
    expect(() => copyField(Number.NaN)).toThrow();
  });
});

describe('the dataset writer', () => {
  it('refuses PGlite: bulk loading is for PostgreSQL', async () => {
    const pglite: DbHandle = {
      db: {} as Database,
      engine: 'pglite',
      ping: async () => undefined,
      close: async () => undefined,
    };
    await expect(openDatasetWriter(pglite)).rejects.toThrow(/PostgreSQL/);
  });
});

const postgres = testEngines().find((engine) => engine.name === 'postgres');

describe.runIf(postgres)('the dataset writer on PostgreSQL', () => {
  let handle: DbHandle;
  beforeEach(async () => {
    handle = await (postgres as NonNullable<typeof postgres>).open();
  });
  afterEach(() => handle?.close());

  const createdAt = new Date('2026-10-01T01:00:00Z');
  const tricky = {
    id: '00000000-0000-4000-8000-000000000001',
    number: '67-KH/TU',
    kind: 'PLAN' as const,
    issuedOn: '2017-10-02',
    issuer: 'Thành ủy Lạng Sơn',
    issuerUnitId: null,
    title: 'Kế hoạch\tluân chuyển\ncán bộ \\ 2017–2020',
    createdAt,
  };

  it('round-trips text with tabs, newlines and backslashes, and jsonb', async () => {
    const writer = await openDatasetWriter(handle);
    await writer.copy(tableRows(documents, [tricky]));
    await writer.copy(
      tableRows(auditEvents, [
        {
          occurredAt: createdAt,
          action: 'rotation.create',
          recordType: 'Rotation',
          recordId: 'x',
          after: { message: 'Bố trí\tchức vụ\n"cao hơn" \\' },
        },
      ]),
    );
    await writer.finish();
    const [document] = await handle.db.select().from(documents);
    expect(document).toEqual(tricky);
    const [event] = await handle.db.select().from(auditEvents).orderBy(asc(auditEvents.id));
    expect(event?.after).toEqual({ message: 'Bố trí\tchức vụ\n"cao hơn" \\' });
    expect(event?.occurredAt).toEqual(createdAt);
  });

  it('writes nothing when a row breaks a constraint, and keeps the schema', async () => {
    const writer = await openDatasetWriter(handle);
    await writer.copy(tableRows(documents, [tricky]));
    const decomposed = 'Nguyễn Văn A'.normalize('NFD');
    await expect(
      writer.copy(
        tableRows(cadres, [
          {
            id: '00000000-0000-4000-8000-000000000002',
            fullName: decomposed,
            nameSortKey: 'a',
            createdAt,
          },
        ]),
      ),
    ).rejects.toThrow(/cadres_full_name_nfc/);
    expect(await handle.db.select().from(documents)).toEqual([]);
    // The keys dropped for the load came back with the rollback.
    await expect(handle.db.insert(documents).values([tricky, tricky])).rejects.toThrow();
  });

  it('needs ids and timestamps given, so datasets are reproducible', async () => {
    const writer = await openDatasetWriter(handle);
    await expect(writer.copy(tableRows(documents, [{ ...tricky, id: undefined }]))).rejects.toThrow(
      /computed default/,
    );
  });
});
