import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { areaLineage, areas, unitLineage, units, type DbHandle } from '@luanchuyen/db';
import type { CellValue } from '../src/imports/import-kind';
import { areasKind } from '../src/imports/kinds/areas.kind';
import { assignmentsKind } from '../src/imports/kinds/assignments.kind';
import { positionsKind } from '../src/imports/kinds/positions.kind';
import { unitsKind } from '../src/imports/kinds/units.kind';
import { engines } from './harness';
import { AREAS, CAREERS, KINDS, POSITIONS, UNITS, withCadres } from './import-registry-fixture';
import { auditCount, importRows, refusals, resultWords as outcomes, row } from './import-support';

// The registry kinds (areas, units, posts, careers) applied inside one transaction of a real
// database: created, then unchanged on a second import with no audit event, one field updated,
// references that name nothing or two things refused with the column to fix, and the
// registry exported and imported into an empty database giving back the same rows, lineage
// included (the 1/7/2025 ward merger of Lạng Sơn city).

function rowsOf(
  kind: (typeof KINDS)[number][0],
  values: readonly Record<string, CellValue>[],
): Record<string, CellValue>[] {
  return values.map((item) => row(kind, item));
}

/** Hoàng Thị Mai at the Party committee of Chi Lăng ward, which closed on 30/06/2025. */
const MAI_AT_CHI_LANG = {
  cadreName: 'Hoàng Thị Mai',
  cadreBirthDate: '1980-02-14',
  unit: 'Đảng ủy phường Chi Lăng',
  parentUnit: 'Tỉnh ủy Lạng Sơn',
  positionTitle: 'Bí thư Đảng ủy',
};

describe.each(engines)('registry import kinds on $name', (engine) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await engine.open();
    await withCadres(handle);
  });
  afterAll(() => handle?.close());

  it('creates every row, in file order, through the services', async () => {
    for (const [kind, values] of KINDS) {
      const results = await importRows(handle.db, kind, rowsOf(kind, values));
      expect(refusals(results)).toEqual([]);
      expect(outcomes(results)).toEqual(values.map(() => 'created'));
    }
    // The new ward continues both predecessors, which closed on its first day.
    const closed = await handle.db.select().from(areas).where(eq(areas.name, 'Phường Chi Lăng'));
    expect(closed.map((area) => area.validTo)).toEqual(['2025-07-01']);
    const areaLinks = await handle.db.select().from(areaLineage);
    expect(areaLinks.map((link) => [link.kind, link.date])).toEqual([
      ['MERGED_INTO', '2025-07-01'],
      ['MERGED_INTO', '2025-07-01'],
    ]);
    expect(areaLinks.every((link) => link.documentId !== null)).toBe(true);
    const unitLinks = await handle.db.select().from(unitLineage);
    expect(unitLinks).toHaveLength(2);
    // The merger gave the new ward's Party committee the post its predecessor had.
    const lvt = await handle.db
      .select()
      .from(units)
      .where(eq(units.name, 'Đảng ủy phường Lương Văn Tri'));
    expect(lvt.map((unit) => unit.validFrom)).toEqual(['2025-07-01']);
  });

  it('writes nothing the second time: every row unchanged, no audit event', async () => {
    const before = await auditCount(handle.db);
    for (const [kind, values] of KINDS) {
      const results = await importRows(handle.db, kind, rowsOf(kind, values));
      expect(outcomes(results)).toEqual(values.map(() => 'unchanged'));
    }
    expect(await auditCount(handle.db)).toBe(before);
  });

  it('updates the one field a file changes, with an audit event', async () => {
    const before = await auditCount(handle.db);
    const posts = POSITIONS.map((post, index) => (index === 2 ? { ...post, rank: 57 } : post));
    const results = await importRows(handle.db, positionsKind, rowsOf(positionsKind, posts));
    expect(outcomes(results)).toEqual(['unchanged', 'unchanged', 'updated', 'unchanged']);
    expect(await auditCount(handle.db)).toBe(before + 1);
    // A career ended by the file: last day 31/12/2025.
    const careers = CAREERS.map((career, index) =>
      index === 2 ? { ...career, lastDay: '2026-01-01' } : career,
    );
    const ended = await importRows(handle.db, assignmentsKind, rowsOf(assignmentsKind, careers));
    expect(outcomes(ended)).toEqual(['unchanged', 'unchanged', 'updated']);
    // References compare whatever the case and spacing: the same parent, nothing to write.
    const retyped = AREAS.map((area) =>
      area.parentArea === 'Tỉnh Lạng Sơn' ? { ...area, parentArea: ' tỉnh  LẠNG sơn ' } : area,
    );
    const again = await importRows(handle.db, areasKind, rowsOf(areasKind, retyped));
    expect(outcomes(again)).toEqual(AREAS.map(() => 'unchanged'));
    // A unit's area moved: one field, one update.
    const moved = UNITS.map((unit, index) =>
      index === 3
        ? {
            ...unit,
            area: 'Xã Hòa Bình',
            areaParent: 'Thành phố Lạng Sơn',
            validFrom: '2005-01-01',
          }
        : unit,
    );
    const areaChange = await importRows(handle.db, unitsKind, rowsOf(unitsKind, moved));
    expect(refusals(areaChange)).toEqual([]);
    expect(outcomes(areaChange)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'updated',
      'unchanged',
    ]);
  });

  it('refuses a name two areas share until the parent is given, and a name none has', async () => {
    // Both communes named Hòa Bình exist on 01/01/2010.
    const base = { ...UNITS[3], validFrom: '2010-01-01' } as Record<string, CellValue>;
    const ambiguous = await importRows(handle.db, unitsKind, [
      row(unitsKind, { ...base, name: 'UBND xã Hòa Bình mới', areaParent: null }),
    ]);
    expect(refusals(ambiguous)).toEqual([
      expect.objectContaining({ column: 'area', code: 'AMBIGUOUS' }),
    ]);
    expect(refusals(ambiguous)[0]?.message.vi).toContain('cấp trên');
    const missing = await importRows(handle.db, unitsKind, [
      row(unitsKind, { ...base, area: 'Xã Không Có' }),
    ]);
    expect(refusals(missing)).toEqual([
      {
        column: 'area',
        code: 'NOT_FOUND',
        message: {
          vi: 'Không có địa bàn "Xã Không Có" vào ngày 01/01/2010.',
          en: 'There is no area "Xã Không Có" on 01/01/2010.',
        },
      },
    ]);
    const wrongParent = await importRows(handle.db, unitsKind, [
      row(unitsKind, { ...base, areaParent: 'Tỉnh Lạng Sơn' }),
    ]);
    expect(refusals(wrongParent)).toEqual([
      expect.objectContaining({ column: 'areaParent', code: 'NOT_FOUND' }),
    ]);
    const withParent = await importRows(handle.db, unitsKind, [
      row(unitsKind, { ...base, areaParent: 'Thành phố Lạng Sơn', name: 'UBND xã Hòa Bình (TP)' }),
    ]);
    expect(outcomes(withParent)).toEqual(['created']);
  });

  it('refuses a post of a unit that closed before the start day, writing nothing', async () => {
    const before = await auditCount(handle.db);
    const results = await importRows(handle.db, assignmentsKind, [
      row(assignmentsKind, { ...MAI_AT_CHI_LANG, kind: 'APPOINTED', startDate: '2025-08-01' }),
    ]);
    expect(refusals(results)).toEqual([
      {
        column: 'unit',
        code: 'UNIT_CLOSED',
        message: {
          vi: 'Đơn vị "Đảng ủy phường Chi Lăng" chỉ hoạt động đến hết ngày 30/06/2025, trước ngày 01/08/2025.',
          en: 'The unit "Đảng ủy phường Chi Lăng" existed only until 30/06/2025, before 01/08/2025.',
        },
      },
    ]);
    // The day before it closed, the post is found (and held: a second holder is allowed).
    const lastDay = await importRows(handle.db, assignmentsKind, [
      row(assignmentsKind, {
        ...MAI_AT_CHI_LANG,
        kind: 'CONCURRENT',
        startDate: '2025-06-30',
        lastDay: '2025-07-01',
      }),
      row(assignmentsKind, { ...CAREERS[0], kind: 'ELECTED' }),
    ]);
    expect(outcomes(lastDay)).toEqual(['created', 'refused']);
    // Held by no-one that day, and a title the unit lacks, are both the row's own refusals.
    const noPost = await importRows(handle.db, assignmentsKind, [
      row(assignmentsKind, { ...CAREERS[1], positionTitle: 'Phó Bí thư' }),
    ]);
    expect(refusals(noPost)).toEqual([
      expect.objectContaining({ column: 'positionTitle', code: 'NOT_FOUND' }),
    ]);
    const reopened = await importRows(handle.db, assignmentsKind, [
      row(assignmentsKind, { ...CAREERS[0], lastDay: null }),
    ]);
    expect(refusals(reopened)).toEqual([
      expect.objectContaining({ column: 'lastDay', code: 'INVALID_INPUT' }),
    ]);
    expect(await auditCount(handle.db)).toBe(before);
  });

  it('refuses a service refusal with the service code on its column', async () => {
    const results = await importRows(handle.db, areasKind, [
      row(areasKind, { ...AREAS[2], lastDay: '1990-01-01' }),
    ]);
    expect(refusals(results)).toEqual([
      expect.objectContaining({ column: 'lastDay', code: 'INVALID_INPUT' }),
    ]);
  });

  it('merges into an existing unit on a later merge day, once', async () => {
    const merging: Record<string, CellValue>[] = [
      { name: 'Đảng ủy Khối cơ quan', validFrom: '2012-01-01' },
      {
        name: 'Đảng ủy Khối các cơ quan tỉnh',
        validFrom: '2015-01-01',
        predecessors: 'Đảng ủy Khối cơ quan',
        mergeDate: '2020-01-01',
      },
    ];
    const rows = merging.map((unit) =>
      row(unitsKind, { bloc: 'PARTY', level: 'PROVINCE', area: 'Tỉnh Lạng Sơn', ...unit }),
    );
    expect(outcomes(await importRows(handle.db, unitsKind, rows))).toEqual(['created', 'created']);
    const [merged] = await handle.db
      .select()
      .from(units)
      .where(eq(units.name, 'Đảng ủy Khối cơ quan'));
    expect(merged?.validTo).toBe('2020-01-01');
    const exported = (await unitsKind.exportRows(handle.db, 'vi')).find(
      (unit) => unit['name'] === 'Đảng ủy Khối các cơ quan tỉnh',
    );
    expect(exported).toMatchObject({
      validFrom: '2015-01-01',
      lastDay: null,
      predecessors: 'Đảng ủy Khối cơ quan',
      mergeDate: '2020-01-01',
    });
    expect(outcomes(await importRows(handle.db, unitsKind, rows))).toEqual([
      'unchanged',
      'unchanged',
    ]);
  });

  it('exports a registry that imports into an empty database as the same rows', async () => {
    const exported = [];
    for (const [kind] of KINDS) exported.push(await kind.exportRows(handle.db, 'vi'));
    const empty = await engine.open();
    try {
      await withCadres(empty);
      for (const [index, [kind]] of KINDS.entries()) {
        const results = await importRows(empty.db, kind, exported[index] ?? []);
        expect(refusals(results)).toEqual([]);
        expect(outcomes(results).every((result) => result === 'created')).toBe(true);
      }
      for (const [index, [kind]] of KINDS.entries()) {
        expect(await kind.exportRows(empty.db, 'vi')).toEqual(exported[index]);
      }
      // The same lineage: kinds and dates of the links, for areas and units.
      const links = async (db: DbHandle['db']) => ({
        areas: (await db.select().from(areaLineage))
          .map((link) => `${link.kind} ${link.date}`)
          .sort(),
        units: (await db.select().from(unitLineage))
          .map((link) => `${link.kind} ${link.date}`)
          .sort(),
      });
      expect(await links(empty.db)).toEqual(await links(handle.db));
      // And again: the imported registry is unchanged by its own export.
      for (const [index, [kind]] of KINDS.entries()) {
        const results = await importRows(empty.db, kind, exported[index] ?? []);
        expect(outcomes(results).every((result) => result === 'unchanged')).toBe(true);
      }
    } finally {
      await empty.close();
    }
  });
});
