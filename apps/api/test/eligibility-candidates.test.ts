import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, type IsoDate } from '@luanchuyen/domain';
import { cadres } from '@luanchuyen/db';
import {
  DEFAULT_CRITERIA,
  RULE_BOOK,
  retiresBeforeMinimumRotation,
  type CadreFacts,
} from '@luanchuyen/rules';
import { systemClock, todayOf } from '../src/clock';
import { loadDemoDataset } from '../src/demo/load-demo';
import { candidateCondition } from '../src/facts/eligibility-candidates.queries';
import { eligibilitiesOf } from '../src/services/eligibility.service';
import { retirementCutoffs } from '../src/facts/retirement-candidates.queries';
import { engines } from './harness';
import { startWriter, type Writer } from './write-support';

// The candidate condition may only drop cadres the rules would not call subjects: on the demo
// dataset (careers, rotations away and back, the 2025 mergers) every subject the rules find by
// judging every cadre must be a candidate, on dates from 2008 to 2026.

const DATES: IsoDate[] = Array.from({ length: 19 }, (_, i) => addMonths('2008-03-01', i * 11));

describe('the retirement cut-off', () => {
  it('drops only cadres whom the blocker stops', () => {
    for (const asOf of DATES) {
      const cutoffs = retirementCutoffs(asOf);
      expect(cutoffs).not.toBeNull();
      for (const sex of ['MALE', 'FEMALE'] as const) {
        const cutoff = cutoffs?.[sex] ?? asOf;
        for (let back = 1; back <= 400; back += 13) {
          const birthDate = addDays(cutoff, -back);
          const facts = {
            cadre: { sex, birthDate, birthYear: null },
            rotations: [],
          } as unknown as CadreFacts;
          const blocker = retiresBeforeMinimumRotation(facts, asOf, RULE_BOOK);
          expect(blocker.decision, `${sex} born ${birthDate} on ${asOf}`).toBe('YES');
        }
      }
    }
  });
});

describe.each(engines)('the candidate condition on $name', (engine) => {
  let writer: Writer;
  beforeAll(async () => {
    writer = await startWriter(engine);
    await loadDemoDataset(writer.server.handle.db, todayOf(systemClock));
  });
  afterAll(() => writer?.server.stop());

  it('keeps every subject of rotation', async () => {
    const { db } = writer.server.handle;
    const everyone = await db.select({ id: cadres.id }).from(cadres);
    let subjectsSeen = 0;
    for (const asOf of DATES) {
      const condition = candidateCondition({ asOf, criteria: DEFAULT_CRITERIA });
      const candidates = new Set(
        (await db.select({ id: cadres.id }).from(cadres).where(condition)).map((row) => row.id),
      );
      const judged = await eligibilitiesOf(
        db,
        everyone.map((cadre) => ({ cadreId: cadre.id, asOf, planId: null })),
      );
      const subjects = everyone.filter((_, index) => judged[index]?.subject).map((c) => c.id);
      subjectsSeen += subjects.length;
      expect(
        subjects.filter((id) => !candidates.has(id)),
        asOf,
      ).toEqual([]);
    }
    expect(subjectsSeen).toBeGreaterThan(0);
  });
});
