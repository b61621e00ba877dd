import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rotationFactsFrom, rotationVerdict, type RotationFactsData } from '@luanchuyen/rules';
import { engines } from './harness';
import { MERGED_ON, settableClock, startMergedWard } from './merged-ward-registry';
import { mutate } from './write-support';

// The admin's live panel runs libs/rules on the facts rotationCheckFacts returns; the submit is
// rotationCreate. Over the lineage cases of a merger (a successor is the same unit, a closed
// unit takes no one, a cadre whose post closed holds none), across the merger's days, the
// verdict computed from those facts is the one checkRotation and rotationCreate give.

const FACTS = `query($input: RotationFactsInput!) { rotationCheckFacts(input: $input) {
  facts userErrors { code field } } }`;
const CHECK = `query($input: RotationInput!) { checkRotation(input: $input) {
  allowed category violations { code } } }`;
const CREATE = `mutation($input: RotationInput!) { rotationCreate(input: $input) {
  rotation { id } userErrors { code } } }`;
const CANCEL = `mutation($id: ID!) { rotationCancel(id: $id, expectedVersion: 1, input: { reason: "Kiểm tra" }) { userErrors { code } } }`;

type Setup = Awaited<ReturnType<typeof startMergedWard>>;
const DAYS = ['2025-06-30', MERGED_ON, '2025-07-02'];
const sorted = (codes: string[]) => [...codes].sort();

describe.each(engines)('the live panel and the submit agree on $name', (engine) => {
  let s: Setup;
  beforeAll(async () => {
    s = await startMergedWard(engine, settableClock('2026-12-02T09:00:00+07:00'));
  });
  afterAll(() => s?.writer.server.stop());

  const cases = (): [string, string, string][] => [
    ['a board cadre to the old ward', s.cadres.atBoard, s.posts.wardDeputy],
    ['a board cadre to the successor ward', s.cadres.atBoard, s.posts.successorSecretary],
    [
      'an old ward cadre to its successor (same lineage)',
      s.cadres.atWard,
      s.posts.successorSecretary,
    ],
    ['an old ward cadre to the city board', s.cadres.atWardDeputy, s.posts.deputy],
  ];

  it('answers the same for every lineage case on the day before, of and after the merger', async () => {
    let compared = 0;
    const seen = new Set<string>();
    for (const [label, cadreId, toPositionId] of cases()) {
      const read = await s.query(FACTS, { input: { cadreId, toPositionId } });
      expect(read.data?.['rotationCheckFacts'].userErrors, label).toEqual([]);
      const data = read.data?.['rotationCheckFacts'].facts as RotationFactsData;
      for (const startDate of DAYS) {
        const input = { cadreId, toPositionId, startDate, plannedEndDate: '2028-07-02' };
        const local = rotationVerdict(input, rotationFactsFrom(data, startDate));
        const checked = (await s.query(CHECK, { input })).data?.['checkRotation'];
        const context = `${label}, ${startDate}`;
        expect(checked.allowed, context).toBe(local.allowed);
        expect(checked.category, context).toBe(local.kind?.category ?? null);
        expect(sorted(checked.violations.map((v: { code: string }) => v.code)), context).toEqual(
          sorted(local.check.violations.map((v) => v.code)),
        );
        const created = await mutate(s.writer, CREATE, { input });
        expect(created.rotation !== null, context).toBe(local.allowed);
        expect(sorted(created.userErrors.map((e: { code: string }) => e.code)), context).toEqual(
          sorted([...local.refusals.map((r) => r.code), ...local.blocking.map((v) => v.code)]),
        );
        if (created.rotation) await mutate(s.writer, CANCEL, { id: created.rotation.id });
        seen.add(local.allowed ? 'allowed' : 'refused');
        for (const code of [...local.refusals, ...local.check.violations].map((v) => v.code))
          seen.add(code);
        compared += 1;
      }
    }
    expect(compared).toBe(12);
    // The cases reach both answers and the lineage-dependent findings.
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'allowed',
        'refused',
        'UNIT_CLOSED',
        'UNIT_CLOSES_DURING_ROTATION',
        'SAME_UNIT',
        'NO_FROM_POSITION',
      ]),
    );
  });

  it('reports ids that name nothing beside their fields', async () => {
    const read = await s.query(FACTS, {
      input: { cadreId: s.posts.deputy, toPositionId: s.posts.deputy },
    });
    expect(read.data?.['rotationCheckFacts']).toEqual({
      facts: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['input', 'cadreId'] }],
    });
  });

  it('sends plain records with global ids, not internal columns', async () => {
    const read = await s.query(FACTS, {
      input: { cadreId: s.cadres.atBoard, toPositionId: s.posts.successorSecretary },
    });
    const data = read.data?.['rotationCheckFacts'].facts as RotationFactsData;
    expect(data.cadre.cadre.id).toBe(s.cadres.atBoard);
    expect(data.toPosition.id).toBe(s.posts.successorSecretary);
    expect(Object.keys(data.cadre.cadre).sort()).toEqual(
      ['birthDate', 'birthYear', 'fullName', 'homeAreaId', 'id', 'sex'].sort(),
    );
    expect(data.unitLinks).toEqual([
      expect.objectContaining({
        kind: 'MERGED_INTO',
        fromId: s.units.wardParty,
        toId: s.units.successor,
      }),
    ]);
  });
});
