import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, cadres } from '@luanchuyen/db';
import { cadresKind } from '../src/imports/kinds/cadres.kind';
import { evaluationsKind } from '../src/imports/kinds/evaluations.kind';
import { poolKind } from '../src/imports/kinds/pool.kind';
import { importKindOf } from '../src/imports/import-kinds';
import { encodeGlobalId } from '@luanchuyen/domain';
import { engines, graphql } from './harness';
import { auditCount, expectImported, importRows, outcomes } from './import-support';
import { mutate, smallRegistry, startWriter, writeCounts, type Writer } from './write-support';

// The cadres, pool and evaluations kinds on a real database: rows created through the
// services, the same file again unchanged with no audit event, changed rows updated, and
// refused rows named with their column, the whole file then rolled back.

const BY_NAME = `query($search: String!) { cadres(first: 5, filter: { search: $search }) { nodes { code fullName sex birthDate birthYear status notes
  homeArea { name } successionPool { targetTitle termStart termEnd }
  evaluations { year rating score disciplined evaluator } } } }`;

const AN = {
  code: 'CB-0001',
  fullName: 'Nguyễn Văn An',
  sex: 'MALE',
  birthDate: '1975-03-15',
  birthYear: null,
  homeArea: 'Phường Hoàng Văn Thụ',
  homeAreaParent: 'Thành phố Lạng Sơn',
  status: 'ACTIVE',
  notes: 'Hồ sơ gốc',
};
const BINH = {
  code: null,
  fullName: 'Trần Thị Bình',
  sex: 'FEMALE',
  birthDate: '1980-07-02',
  birthYear: null,
  homeArea: null,
  homeAreaParent: null,
  status: null,
  notes: null,
};
const CUONG = {
  code: null,
  fullName: 'Lò Văn Cường',
  sex: null,
  birthDate: null,
  birthYear: 1968,
  homeArea: 'Thành phố Lạng Sơn',
  homeAreaParent: null,
  status: 'RETIRED',
  notes: null,
};
const CADRE_ROWS = [AN, BINH, CUONG];
/** Nguyễn Văn An as a pool or evaluation row names him: by his code alone. */
const AN_BY_CODE = { cadreCode: 'CB-0001', cadreName: null, cadreBirthDate: null };

describe.each(engines)('cadre import kinds on $name', (engine) => {
  let writer: Writer;
  const byName = async (fullName: string) => {
    const { body } = await graphql(writer.server, BY_NAME, { search: fullName }, writer);
    expect(body.errors).toBeUndefined();
    const nodes = body.data?.['cadres'].nodes as Record<string, unknown>[];
    return nodes.find((cadre) => cadre['fullName'] === fullName);
  };

  beforeAll(async () => {
    writer = await startWriter(engine);
    await smallRegistry(writer);
  });
  afterAll(() => writer?.server.stop());

  it('is in the import path’s map under its name', () => {
    expect(importKindOf('cadres')).toBe(cadresKind);
    expect(importKindOf('pool')).toBe(poolKind);
    expect(importKindOf('evaluations')).toBe(evaluationsKind);
  });

  it('creates cadres through the service, with their home areas and the program as actor', async () => {
    const db = writer.server.handle.db;
    await expectImported(db, cadresKind, CADRE_ROWS, ['created', 'created', 'created']);
    expect(await byName('Nguyễn Văn An')).toMatchObject({
      code: 'CB-0001',
      sex: 'MALE',
      birthDate: '1975-03-15',
      birthYear: 1975,
      homeArea: { name: 'Phường Hoàng Văn Thụ' },
      status: 'ACTIVE',
      notes: 'Hồ sơ gốc',
    });
    expect(await byName('Lò Văn Cường')).toMatchObject({
      code: null,
      birthDate: null,
      birthYear: 1968,
      homeArea: { name: 'Thành phố Lạng Sơn' },
      status: 'RETIRED',
    });
    const created = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'cadre.create'));
    expect(created.map((event) => event.actorProgram)).toEqual([
      'import (tester)',
      'import (tester)',
      'import (tester)',
    ]);
  });

  it('finds every row unchanged the second time and writes no audit event', async () => {
    const db = writer.server.handle.db;
    const before = await writeCounts(writer.server);
    // The names as another keyboard and case typed them still name the same people.
    const retyped = CADRE_ROWS.map((row) => ({
      ...row,
      fullName: row.code === null ? row.fullName.toUpperCase().normalize('NFD') : row.fullName,
    }));
    await expectImported(db, cadresKind, retyped, ['unchanged', 'unchanged', 'unchanged']);
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('updates what a row changes, matched by code, and keeps what an empty cell does not say', async () => {
    const db = writer.server.handle.db;
    const rows = [
      { ...AN, fullName: 'Nguyễn Văn Ân', notes: null, status: 'LEFT' },
      { ...BINH, code: 'CB-0002' },
      CUONG,
    ];
    await expectImported(db, cadresKind, rows, ['updated', 'updated', 'unchanged']);
    expect(await byName('Nguyễn Văn Ân')).toMatchObject({
      code: 'CB-0001',
      status: 'LEFT',
      notes: 'Hồ sơ gốc',
    });
    expect(await byName('Trần Thị Bình')).toMatchObject({ code: 'CB-0002' });
  });

  it('refuses bad rows with their column and rolls the whole file back', async () => {
    const db = writer.server.handle.db;
    const before = await writeCounts(writer.server);
    const fresh = (fullName: string, extra: Record<string, unknown> = {}) => ({
      ...BINH,
      fullName,
      birthDate: '1990-01-01',
      ...extra,
    });
    const rows = [
      fresh('Mới Một'),
      fresh('Mới Hai', { homeArea: 'Xã Không Có' }),
      fresh('Mới Ba', { code: 'CB-0001' }),
      fresh('Mới Bốn', { code: 'CB-9' }),
      fresh('Mới Năm', { code: 'CB-9' }),
      fresh('Mới Sáu', { code: 'X'.repeat(41) }),
      fresh('Mới Bảy', { birthYear: 1991 }),
      { ...CUONG, birthYear: 1969 },
      fresh('Mới Tám', { birthDate: '1850-01-01' }),
    ];
    // Imported, the file is refused at its unreadable day, before any rule runs: nothing written.
    const imported = await importRows(db, cadresKind, rows);
    expect(outcomes(imported)).toEqual(['INVALID_DATE@birthDate']);
    expect(imported.report).toMatchObject({ written: false, created: 0, updated: 0 });
    expect(await writeCounts(writer.server)).toEqual(before);
    // Previewed, every row that reads goes through the rules too, and says what it would do.
    const results = await importRows(db, cadresKind, rows, { dryRun: true });
    expect(outcomes(results)).toEqual([
      'created',
      'NOT_FOUND@homeArea',
      // A known code is that person: the row renames them (and is written).
      'updated',
      'created',
      'DUPLICATE_KEY@code',
      'CODE_TOO_LONG@code',
      'BIRTH_YEAR_MISMATCH@birthYear',
      // Lò Văn Cường is known by name and year: 1969 is another person, created.
      'created',
      'INVALID_DATE@birthDate',
    ]);
    const refused = results.find((result) => result.result === 'refused');
    expect(refused?.result === 'refused' && refused.errors[0]?.message.vi).toBe(
      'Không có địa bàn "Xã Không Có" vào ngày 01/06/2026.',
    );
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('asks for the code when two people share a name and birth date', async () => {
    const db = writer.server.handle.db;
    for (const code of ['CB-T1', 'CB-T2']) {
      await mutate(
        writer,
        'mutation($input: CadreCreateInput!) { cadreCreate(input: $input) { cadre { id } } }',
        {
          input: { fullName: 'Hà Văn Trùng', birthDate: '1985-05-05', code },
        },
      );
    }
    await mutate(
      writer,
      'mutation($input: CadreCreateInput!) { cadreCreate(input: $input) { cadre { id } } }',
      {
        input: { fullName: 'Hà Văn Trùng', birthDate: '1985-05-05' },
      },
    );
    await mutate(
      writer,
      'mutation($input: CadreCreateInput!) { cadreCreate(input: $input) { cadre { id } } }',
      {
        input: { fullName: 'Hà Văn Trùng', birthDate: '1985-05-05' },
      },
    );
    const row = { ...BINH, sex: null, fullName: 'Hà Văn Trùng', birthDate: '1985-05-05' };
    expect(outcomes(await importRows(db, cadresKind, [row]))).toEqual(['AMBIGUOUS@code']);
    expect(outcomes(await importRows(db, cadresKind, [{ ...row, code: 'CB-T2' }]))).toEqual([
      'unchanged',
    ]);
  });

  it('exports the registry in the layout it imports, which then changes nothing', async () => {
    const db = writer.server.handle.db;
    const exported = await cadresKind.exportRows(db, 'vi');
    expect(exported.find((row) => row['code'] === 'CB-0001')).toEqual({
      code: 'CB-0001',
      fullName: 'Nguyễn Văn Ân',
      sex: 'MALE',
      birthDate: '1975-03-15',
      birthYear: 1975,
      homeArea: 'Phường Hoàng Văn Thụ',
      homeAreaParent: 'Thành phố Lạng Sơn',
      status: 'LEFT',
      body: null,
      bodyParent: null,
      bodyFrom: null,
      notes: 'Hồ sơ gốc',
    });
    // The two people without a code and with the same name and birth date cannot be told apart
    // by a file: they stay out of this check.
    const telling = exported.filter(
      (row) => row['code'] !== null || row['fullName'] !== 'Hà Văn Trùng',
    );
    const audits = await auditCount(db);
    expect(new Set(outcomes(await importRows(db, cadresKind, telling)))).toEqual(
      new Set(['unchanged']),
    );
    expect(await auditCount(db)).toBe(audits);
  });

  it('adds pool entries beside a cadre’s others, by code or by name and birth date', async () => {
    const db = writer.server.handle.db;
    const [an] = await db.select().from(cadres).where(eq(cadres.code, 'CB-0001'));
    const typed = await mutate(
      writer,
      'mutation($id: ID!, $v: Int!, $input: CadreUpdateInput!) { cadreUpdate(id: $id, expectedVersion: $v, input: $input) { cadre { id } userErrors { code } } }',
      {
        id: encodeGlobalId('Cadre', an?.id ?? ''),
        v: an?.version,
        input: {
          successionPool: [
            { targetTitle: 'Chủ tịch UBND thành phố', termStart: 2015, termEnd: 2020 },
          ],
        },
      },
    );
    expect(typed.userErrors).toEqual([]);
    const rows = [
      {
        ...AN_BY_CODE,
        targetTitle: 'Bí thư Thành ủy',
        termStart: 2020,
        termEnd: 2025,
      },
      {
        cadreCode: null,
        cadreName: 'trần thị bình',
        cadreBirthDate: '1980-07-02',
        targetTitle: 'Phó Bí thư Thành ủy',
        termStart: 2025,
        termEnd: 2030,
      },
    ];
    await expectImported(db, poolKind, rows, ['created', 'created']);
    await expectImported(db, poolKind, rows, ['unchanged', 'unchanged']);
    expect(outcomes(await importRows(db, poolKind, [{ ...rows[0], termEnd: 2026 }]))).toEqual([
      'updated',
    ]);
    // The entry typed in the app is still there beside the imported one.
    expect((await byName('Nguyễn Văn Ân'))?.['successionPool']).toEqual([
      { targetTitle: 'Chủ tịch UBND thành phố', termStart: 2015, termEnd: 2020 },
      { targetTitle: 'Bí thư Thành ủy', termStart: 2020, termEnd: 2026 },
    ]);
    const exported = await poolKind.exportRows(db, 'vi');
    expect(exported).toHaveLength(3);
    expect(new Set(outcomes(await importRows(db, poolKind, exported)))).toEqual(
      new Set(['unchanged']),
    );
    expect(await byName('Trần Thị Bình')).toMatchObject({
      successionPool: [{ targetTitle: 'Phó Bí thư Thành ủy', termStart: 2025, termEnd: 2030 }],
    });
  });

  it('refuses pool rows that name nobody, the wrong person, or a term backwards', async () => {
    const db = writer.server.handle.db;
    const before = await writeCounts(writer.server);
    const row = {
      ...AN_BY_CODE,
      targetTitle: 'Bí thư',
      termStart: 2020,
      termEnd: 2025,
    };
    expect(
      outcomes(
        await importRows(db, poolKind, [
          { ...row, cadreCode: 'CB-KHÔNG' },
          { ...row, cadreName: 'Trần Thị Bình' },
          { ...row, cadreCode: null, cadreName: 'Hà Văn Trùng', cadreBirthDate: '1985-05-05' },
          { ...row, cadreCode: null, cadreName: 'Ai Đó', cadreBirthDate: null },
          { ...row, cadreCode: null, cadreName: 'Ai Đó', cadreBirthDate: '1999-09-09' },
          { ...row, termEnd: 2019 },
        ]),
      ),
    ).toEqual([
      'NOT_FOUND@cadreCode',
      'CADRE_CODE_MISMATCH@cadreName',
      'AMBIGUOUS@cadreCode',
      'CADRE_REFERENCE_MISSING@cadreBirthDate',
      'NOT_FOUND@cadreName',
      'TERM_ORDER@termEnd',
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('records evaluations by the rules, unchanged the second time, updated when changed', async () => {
    const db = writer.server.handle.db;
    const row = {
      cadreCode: 'CB-0002',
      cadreName: 'Trần Thị Bình',
      cadreBirthDate: null,
      year: 2024,
      rating: 'GOOD',
      score: 80,
      disciplined: false,
      evaluator: 'Ban Thường vụ Thành ủy',
      notes: null,
    };
    const rows = [row, { ...row, year: 2025, rating: null, score: 95 }];
    await expectImported(db, evaluationsKind, rows, ['created', 'created']);
    await expectImported(db, evaluationsKind, [row], ['unchanged']);
    expect(
      outcomes(await importRows(db, evaluationsKind, [{ ...row, rating: 'COMPLETED' }])),
    ).toEqual(['updated']);
    expect((await byName('Trần Thị Bình'))?.['evaluations']).toEqual([
      {
        year: 2024,
        rating: 'COMPLETED',
        score: 80,
        disciplined: false,
        evaluator: 'Ban Thường vụ Thành ủy',
      },
      {
        year: 2025,
        rating: 'EXCELLENT',
        score: 95,
        disciplined: false,
        evaluator: 'Ban Thường vụ Thành ủy',
      },
    ]);
    const exported = await evaluationsKind.exportRows(db, 'vi');
    expect(outcomes(await importRows(db, evaluationsKind, exported))).toEqual([
      'unchanged',
      'unchanged',
    ]);
  });

  it('refuses evaluations the rules refuse, with the rule’s code on its column', async () => {
    const db = writer.server.handle.db;
    const before = await writeCounts(writer.server);
    const row = {
      ...AN_BY_CODE,
      year: 2025,
      rating: null,
      score: 75,
      disciplined: null,
      evaluator: null,
      notes: null,
    };
    expect(
      outcomes(
        await importRows(db, evaluationsKind, [
          row,
          { ...row, year: 2030 },
          { ...row, cadreCode: 'CB-T1', score: 50, rating: 'EXCELLENT' },
          { ...row, cadreCode: 'CB-0002', score: null },
          { ...row, cadreCode: 'CB-T2', score: 95, disciplined: true, rating: 'EXCELLENT' },
        ]),
      ),
    ).toEqual([
      'created',
      'YEAR_IN_FUTURE@year',
      'RATING_ABOVE_SCORE_BAND@rating',
      'RATING_REQUIRED@rating',
      'RATING_ABOVE_DISCIPLINE@rating',
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
  });
});
