import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import {
  COMPLETE,
  MERGED_ON,
  runningRotation,
  settableClock,
  startMergedWard,
} from './merged-ward-registry';
import { mutate, writeCounts } from './write-support';

// Completing a rotation whose origin unit merged away while the cadre was on it: "return to
// origin" then means a post of the successor, which the user is asked for; on the origin
// unit's last day the origin post itself is still there.

type Setup = Awaited<ReturnType<typeof startMergedWard>>;

describe.each(engines)('returning to an origin unit that merged, on $name', (engine) => {
  let s: Setup;
  let fromWard: { id: string; version: number };
  let fromDeputy: { id: string; version: number };
  beforeAll(async () => {
    s = await startMergedWard(engine, settableClock('2026-12-02T09:00:00+07:00'));
    fromWard = await runningRotation(s.writer, {
      cadreId: s.cadres.atWard,
      toPositionId: s.posts.agencyHead,
      startDate: '2022-01-01',
      plannedEndDate: '2025-01-01',
    });
    fromDeputy = await runningRotation(s.writer, {
      cadreId: s.cadres.atWardDeputy,
      toPositionId: s.posts.deputy,
      startDate: '2022-01-01',
      plannedEndDate: '2025-01-01',
    });
  });
  afterAll(() => s?.writer.server.stop());

  const complete = (
    rotation: { id: string; version: number },
    endDate: string,
    nextPositionId?: string,
  ) =>
    mutate(s.writer, COMPLETE, {
      id: rotation.id,
      v: rotation.version,
      input: { endDate, outcome: 'RETURNED_TO_ORIGIN', nextPositionId },
    });

  it('returns to the origin post on the origin unit’s last day', async () => {
    const done = await complete(fromWard, '2025-06-30');
    expect(done.userErrors).toEqual([]);
    expect(done.rotation).toMatchObject({ status: 'COMPLETED' });
  });

  it.each([
    ['on the day the origin unit merged', MERGED_ON],
    ['the day after it merged', '2025-07-02'],
  ])('asks for a post of the successor %s', async (_case, endDate) => {
    const before = await writeCounts(s.writer.server);
    const refused = await complete(fromDeputy, endDate);
    expect(refused.userErrors).toEqual([
      {
        code: 'UNIT_CLOSED',
        field: ['input', 'nextPositionId'],
        message: expect.stringContaining('Đảng ủy phường Kỳ Lừa'),
      },
    ]);
    expect(await writeCounts(s.writer.server)).toEqual(before);
  });

  it('refuses a post outside the origin unit’s lineage as the return', async () => {
    const refused = await complete(fromDeputy, MERGED_ON, s.posts.agencyHead);
    expect(refused.userErrors).toMatchObject([
      { code: 'NOT_A_SUCCESSOR_POST', field: ['input', 'nextPositionId'] },
    ]);
  });

  it('returns to a post of the successor', async () => {
    const done = await complete(fromDeputy, MERGED_ON, s.posts.successorSecretary);
    expect(done.userErrors).toEqual([]);
    expect(done.rotation).toMatchObject({ status: 'COMPLETED' });
    const career = await s.query(
      `query($id: ID!) { node(id: $id) { ... on Cadre { assignments { position { title } startDate endDate } } } }`,
      { id: s.cadres.atWardDeputy },
    );
    expect(career.data?.['node'].assignments.at(-1)).toEqual({
      position: { title: 'Bí thư Đảng ủy phường Kỳ Lừa' },
      startDate: MERGED_ON,
      endDate: null,
    });
  });
});
