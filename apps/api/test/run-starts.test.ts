import { and, eq, isNull, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignments,
  cadres as cadresTable,
  positions,
  unitLineage,
  type Database,
} from '@luanchuyen/db';
import { buildLineage, DEFAULT_CRITERIA, runStartOf } from '@luanchuyen/rules';
import { decodeGlobalId, type Unit } from '@luanchuyen/domain';
import { systemClock, todayOf } from '../src/clock';
import { loadDemoDataset } from '../src/demo/load-demo';
import { candidateCondition } from '../src/facts/eligibility-candidates.queries';
import { backfillRunStarts } from '../src/services/run-starts';
import { engines } from './harness';
import { upload } from './import-support';
import {
  COMPLETE,
  MERGED_ON,
  runningRotation,
  settableClock,
  startMergedWard,
} from './merged-ward-registry';
import { mutate, startWriter, type Writer } from './write-support';

// assignments.run_start is derived data the write services keep: after a scripted sequence of
// writes through the HTTP API (careers with a gap and back to back, a rotation through its
// lifecycle, mergers, an import and its correction), every stored value equals a full
// recomputation with the long-tenure rule's own walk.

const ASSIGN = `mutation($input: AssignmentCreateInput!) { assignmentCreate(input: $input) {
  assignment { id version } userErrors { code field message } } }`;
const END = `mutation($id: ID!, $v: Int!, $input: AssignmentEndInput!) {
  assignmentEnd(id: $id, expectedVersion: $v, input: $input) { assignment { id } userErrors { code } } }`;
const CADRE = `mutation($input: CadreCreateInput!) { cadreCreate(input: $input) {
  cadre { id } userErrors { code } } }`;
const MERGE = `mutation($input: UnitMergeInput!) { unitMerge(input: $input) {
  unit { id positions { id title } } userErrors { code message } } }`;

const TENURE_ONLY = {
  ...DEFAULT_CRITERIA,
  params: { ...DEFAULT_CRITERIA.params, reasons: ['LONG_TENURE' as const] },
};

/** Every assignment's run start as the rule computes it from the whole registry. */
async function recomputed(db: Database): Promise<Map<string, string>> {
  const rows = await db
    .select({
      id: assignments.id,
      cadreId: assignments.cadreId,
      startDate: assignments.startDate,
      endDate: assignments.endDate,
      unitId: positions.unitId,
    })
    .from(assignments)
    .innerJoin(positions, eq(positions.id, assignments.positionId));
  const links = (await db.select().from(unitLineage)).map((link) => ({
    kind: link.kind,
    date: link.date,
    fromId: link.fromUnitId,
    toId: link.toUnitId,
  }));
  const units = buildLineage<Unit>([], links);
  const posts = rows.map((row) => ({
    row,
    assignment: { startDate: row.startDate, endDate: row.endDate },
    position: { unitId: row.unitId },
  }));
  const expected = new Map<string, string>();
  for (const post of posts) {
    const career = posts.filter((other) => other.row.cadreId === post.row.cadreId);
    expected.set(post.row.id, runStartOf(post, { assignments: career }, units));
  }
  return expected;
}

async function stored(db: Database): Promise<Map<string, string | null>> {
  const rows = await db
    .select({ id: assignments.id, runStart: assignments.runStart })
    .from(assignments);
  return new Map(rows.map((row) => [row.id, row.runStart]));
}

/** The run starts of a cadre's posts in the order they started. */
async function runStartsOf(db: Database, globalId: string): Promise<[string, string | null][]> {
  const cadreId = decodeGlobalId(globalId)?.id ?? globalId;
  const rows = await db
    .select({ startDate: assignments.startDate, runStart: assignments.runStart })
    .from(assignments)
    .where(eq(assignments.cadreId, cadreId))
    .orderBy(assignments.startDate);
  return rows.map((row) => [row.startDate, row.runStart]);
}

describe.each(engines)('stored run starts on $name', (engine) => {
  let s: Awaited<ReturnType<typeof startMergedWard>>;
  const cadres: Record<string, string> = {};
  const db = () => s.writer.server.handle.db;

  const cadre = async (fullName: string) =>
    (
      await mutate(s.writer, CADRE, {
        input: { fullName, sex: 'MALE', birthDate: '1980-05-01' },
      })
    ).cadre.id as string;
  const assign = async (
    cadreId: string,
    positionId: string,
    startDate: string,
    endDate: string | null = null,
  ) => {
    const created = await mutate(s.writer, ASSIGN, {
      input: { cadreId, positionId, kind: 'APPOINTED', startDate, endDate },
    });
    expect(created.userErrors).toEqual([]);
    return created.assignment as { id: string; version: number };
  };
  const post = (unitId: string, title: string, seats = 1) =>
    mutate(
      s.writer,
      'mutation($input: PositionCreateInput!) { positionCreate(input: $input) { position { id } userErrors { code } } }',
      { input: { unitId, title, rank: 40, seats, isKey: false } },
    ).then((payload) => payload.position.id as string);
  const unit = (name: string, areaId: string, validFrom = '2000-01-01') =>
    mutate(
      s.writer,
      'mutation($input: UnitCreateInput!) { unitCreate(input: $input) { unit { id } userErrors { code } } }',
      { input: { name, bloc: 'PARTY', level: 'COMMUNE', areaId, validFrom } },
    ).then((payload) => payload.unit.id as string);

  beforeAll(async () => {
    s = await startMergedWard(engine, settableClock('2026-12-02T09:00:00+07:00'));
    const deputyHead = await post(s.units.agency, 'Phó Trưởng phòng Nội vụ', 3);

    // A gap of one day: the first post's last day is 2014-12-31, the next starts 2015-01-02.
    cadres['gap'] = await cadre('Vũ Văn Giang');
    await assign(cadres['gap'], deputyHead, '2010-01-01', '2015-01-01');
    await assign(cadres['gap'], deputyHead, '2015-01-02');
    // Back to back: the next post starts on the first day the last one is no longer held.
    cadres['backToBack'] = await cadre('Đỗ Văn Bắc');
    const first = await assign(cadres['backToBack'], deputyHead, '2010-01-01');
    await mutate(s.writer, END, {
      id: first.id,
      v: first.version,
      input: { endDate: '2015-01-01' },
    });
    await assign(cadres['backToBack'], deputyHead, '2015-01-01');

    // Rotated away from the city board and back: the run starts again on the return.
    const rotation = await runningRotation(s.writer, {
      cadreId: s.cadres.atBoard,
      toPositionId: s.posts.agencyHead,
      startDate: '2019-01-01',
      plannedEndDate: '2022-01-01',
    });
    const done = await mutate(s.writer, COMPLETE, {
      id: rotation.id,
      v: rotation.version,
      input: { endDate: '2022-01-01', outcome: 'RETURNED_TO_ORIGIN' },
    });
    expect(done.userErrors).toEqual([]);

    // The ward's secretary, whose post the merger of 1/7/2025 ended, takes the successor's.
    await assign(s.cadres.atWard, s.posts.successorSecretary, MERGED_ON);

    // Two units merged into a third: a move between them in 2018 breaks the run.
    const area = await mutate(
      s.writer,
      'mutation($input: AreaCreateInput!) { areaCreate(input: $input) { area { id } userErrors { code } } }',
      {
        input: {
          name: 'Phường Tam Thanh',
          kind: 'WARD',
          parentId: s.registry.areas.province,
          validFrom: MERGED_ON,
        },
      },
    );
    const east = await unit('Đảng ủy xã Mai Pha', s.registry.areas.ward);
    const west = await unit('Đảng ủy xã Quảng Lạc', s.registry.areas.ward);
    const eastPost = await post(east, 'Bí thư Đảng ủy xã Mai Pha');
    const westPost = await post(west, 'Bí thư Đảng ủy xã Quảng Lạc');
    cadres['siblings'] = await cadre('Hoàng Văn Mai');
    await assign(cadres['siblings'], eastPost, '2010-01-01', '2018-01-01');
    await assign(cadres['siblings'], westPost, '2018-01-01');
    const merged = await mutate(s.writer, MERGE, {
      input: {
        unitIds: [east, west],
        date: MERGED_ON,
        successor: {
          name: 'Đảng ủy phường Tam Thanh',
          bloc: 'PARTY',
          level: 'COMMUNE',
          areaId: area.area.id,
        },
      },
    });
    expect(merged.userErrors).toEqual([]);
    const successorPost = (merged.unit.positions as { id: string; title: string }[])[0]?.id;
    if (!successorPost) throw new Error('the merger made no post');
    await assign(cadres['siblings'], successorPost, MERGED_ON);

    // An imported career, then its correction: the first post's last day a day earlier.
    cadres['imported'] = await cadre('Phạm Văn Dũng');
    const file = (lastDay: string) =>
      new TextEncoder().encode(
        '\uFEFFHọ và tên,Ngày sinh,Đơn vị,Chức vụ,Hình thức,Từ ngày,Đến hết ngày\r\n' +
          `Phạm Văn Dũng,01/05/1980,Phòng Nội vụ,Phó Trưởng phòng Nội vụ,Bổ nhiệm,01/01/2012,${lastDay}\r\n` +
          'Phạm Văn Dũng,01/05/1980,Phòng Nội vụ,Phó Trưởng phòng Nội vụ,Bổ nhiệm,01/01/2016,\r\n',
      );
    const imported = await upload(
      s.writer.server,
      '/import/assignments',
      file('31/12/2015'),
      {
        cookie: s.writer.cookie,
      },
      'quá-trình.csv',
    );
    expect(imported.body).toMatchObject({ written: true, created: 2 });
    expect(await runStartsOf(db(), cadres['imported'])).toEqual([
      ['2012-01-01', '2012-01-01'],
      ['2016-01-01', '2012-01-01'],
    ]);
    const corrected = await upload(
      s.writer.server,
      '/import/assignments',
      file('30/12/2015'),
      {
        cookie: s.writer.cookie,
      },
      'quá-trình.csv',
    );
    expect(corrected.body).toMatchObject({ written: true, updated: 1, unchanged: 1 });
  });
  afterAll(() => s?.writer.server.stop());

  it('stores for every assignment the run start the rule computes', async () => {
    const expected = await recomputed(db());
    expect(expected.size).toBeGreaterThan(10);
    expect(await stored(db())).toEqual(expected);
  });

  it.each([
    [
      'starts again after a gap of one day',
      'gap',
      [
        ['2010-01-01', '2010-01-01'],
        ['2015-01-02', '2015-01-02'],
      ],
    ],
    [
      'continues a post that ended the day the next started',
      'backToBack',
      [
        ['2010-01-01', '2010-01-01'],
        ['2015-01-01', '2010-01-01'],
      ],
    ],
    [
      'does not join two units merged into a third, but joins each to the third',
      'siblings',
      [
        ['2010-01-01', '2010-01-01'],
        ['2018-01-01', '2018-01-01'],
        [MERGED_ON, '2018-01-01'],
      ],
    ],
    [
      'starts again when a correction opens a gap of one day',
      'imported',
      [
        ['2012-01-01', '2012-01-01'],
        ['2016-01-01', '2016-01-01'],
      ],
    ],
  ])('%s', async (_case, who, expected) => {
    expect(await runStartsOf(db(), cadres[who] as string)).toEqual(expected);
  });

  it('joins a merged unit’s post to its successor’s, and restarts on a return from rotation', async () => {
    expect(await runStartsOf(db(), s.cadres.atWard)).toEqual([
      ['2010-01-01', '2010-01-01'],
      [MERGED_ON, '2010-01-01'],
    ]);
    expect(await runStartsOf(db(), s.cadres.atBoard)).toEqual([
      ['2010-01-01', '2010-01-01'],
      ['2019-01-01', '2019-01-01'],
      ['2022-01-01', '2022-01-01'],
    ]);
  });

  it('lets a cadre whose held post has no run start yet through the candidate condition', async () => {
    const cadreId = decodeGlobalId(s.cadres.atWard)?.id ?? '';
    const asOf = '2026-01-01';
    const candidates = async () =>
      (
        await db()
          .select({ id: cadresTable.id })
          .from(cadresTable)
          .where(candidateCondition({ asOf, criteria: TENURE_ONLY }))
      ).map((row) => row.id);
    // Secretary since 2010 through the merger: a subject by long tenure, found by its run start.
    expect(await candidates()).toContain(cadreId);
    const [held] = await db()
      .select({ id: assignments.id, runStart: assignments.runStart })
      .from(assignments)
      .where(and(eq(assignments.cadreId, cadreId), isNull(assignments.endDate)));
    await db()
      .update(assignments)
      .set({ runStart: MERGED_ON })
      .where(eq(assignments.id, held?.id ?? ''));
    expect(await candidates()).not.toContain(cadreId);
    await db()
      .update(assignments)
      .set({ runStart: null })
      .where(eq(assignments.id, held?.id ?? ''));
    expect(await candidates()).toContain(cadreId);
    await db()
      .update(assignments)
      .set({ runStart: held?.runStart })
      .where(eq(assignments.id, held?.id ?? ''));
  });

  it('fills run starts missing from before the migration, and a second run finds nothing', async () => {
    const before = await stored(db());
    await db().update(assignments).set({ runStart: null });
    expect(await backfillRunStarts(db())).toBe(before.size);
    expect(await stored(db())).toEqual(before);
    expect(await backfillRunStarts(db())).toBe(0);
  });
});

describe.each(engines)('run starts of the demo dataset on $name', (engine) => {
  let writer: Writer;
  beforeAll(async () => {
    writer = await startWriter(engine);
    await loadDemoDataset(writer.server.handle.db, todayOf(systemClock));
  });
  afterAll(() => writer?.server.stop());

  it('stores the rule’s run start for every assignment the demo loads, mergers included', async () => {
    const { db } = writer.server.handle;
    const expected = await recomputed(db);
    expect(await stored(db)).toEqual(expected);
    // Careers that continue a run (back to back, across the 2025 mergers) are in the demo.
    const continuing = await db
      .select({ id: assignments.id })
      .from(assignments)
      .where(ne(assignments.runStart, assignments.startDate));
    expect(continuing.length).toBeGreaterThan(0);
  });

  it('fills the same values through the bulk path, rewriting the table', async () => {
    const { db } = writer.server.handle;
    const before = await stored(db);
    await db.update(assignments).set({ runStart: null });
    expect(await backfillRunStarts(db, 1)).toBe(before.size);
    expect(await stored(db)).toEqual(before);
  });
});
