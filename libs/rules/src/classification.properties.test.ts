import fc from 'fast-check';
import {
  BLOCS,
  RANK_CHANGES,
  ROTATION_CATEGORIES,
  ROTATION_DIRECTIONS,
  UNIT_LEVELS,
} from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { UNITS, UNIT_LINKS, positionOf, registry } from '../test/fixtures';
import { classifyEnds, classifyRotation } from './classification';
import { buildLineage } from './lineage';

describe('classification invariants', () => {
  const ends = fc.record({
    level: fc.constantFrom(...UNIT_LEVELS),
    bloc: fc.constantFrom(...BLOCS),
    rank: fc.integer({ min: -5, max: 20 }),
  });

  it('is total and deterministic: every pair of ends has exactly one kind, the same each time', () => {
    fc.assert(
      fc.property(ends, ends, (from, to) => {
        const kind = classifyEnds(from, to);
        expect(ROTATION_CATEGORIES).toContain(kind.category);
        expect(ROTATION_DIRECTIONS).toContain(kind.direction);
        expect(RANK_CHANGES).toContain(kind.rankChange);
        expect(classifyEnds({ ...from }, { ...to })).toEqual(kind);
      }),
    );
  });

  it('keeps a lateral move lateral, in the same category, when its two ends are swapped', () => {
    const mirror = {
      UP: 'DOWN',
      DOWN: 'UP',
      LATERAL: 'LATERAL',
      PROMOTION: 'LOWER',
      LOWER: 'PROMOTION',
    } as const;
    fc.assert(
      fc.property(ends, ends, (from, to) => {
        const there = classifyEnds(from, to);
        const back = classifyEnds(to, from);
        expect(back.direction).toBe(mirror[there.direction]);
        expect(back.rankChange).toBe(mirror[there.rankChange]);
        if (there.direction === 'LATERAL') expect(back.category).toBe(there.category);
      }),
    );
  });

  it('never depends on the order in which unit versions and lineage links are listed', () => {
    const positions = [
      'PTB_BTC',
      'BT_HVT',
      'BT_VT',
      'BT_MP',
      'CT_UBND',
      'TP_PNV',
      'BT_LVT',
      'BT_DK',
      'CT_MTTQ',
    ];
    const dates = ['2015-03-01', '2018-06-01', '2025-06-30', '2025-07-01', '2026-01-01'];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(UNITS, { minLength: UNITS.length }),
        fc.shuffledSubarray(UNIT_LINKS, { minLength: UNIT_LINKS.length }),
        fc.constantFrom(...positions),
        fc.constantFrom(...positions),
        fc.constantFrom(...dates),
        (units, links, from, to, date) => {
          const shuffled = classifyRotation(
            buildLineage(units, links),
            positionOf(from),
            positionOf(to),
            date,
          );
          expect(shuffled).toEqual(
            classifyRotation(registry.units, positionOf(from), positionOf(to), date),
          );
        },
      ),
    );
  });
});
