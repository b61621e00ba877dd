import { describe, expect, it } from 'vitest';
import {
  lastDayOf,
  readAreaDraft,
  readPositionDraft,
  registryFieldOf,
  readUnitDraft,
} from './registry-form-values';

// The registry forms ask the last day a version exists and send the first day it no longer
// does; slips the API would refuse are caught first.

const AREA = {
  name: ' Phường Kỳ Lừa ',
  kind: 'WARD' as const,
  parentId: '',
  validFrom: '2025-07-01',
};

describe('the registry form values', () => {
  it('sends the day after the last day typed, and null while the version exists', () => {
    expect(readAreaDraft({ ...AREA, validFrom: '2020-01-01', lastDay: '2025-06-30' })).toEqual({
      ok: true,
      facts: {
        name: 'Phường Kỳ Lừa',
        kind: 'WARD',
        parentId: null,
        validFrom: '2020-01-01',
        validTo: '2025-07-01',
      },
    });
    expect(readAreaDraft({ ...AREA, lastDay: '' })).toMatchObject({
      ok: true,
      facts: { validTo: null },
    });
    expect(lastDayOf('2025-07-01')).toBe('2025-06-30');
    expect(lastDayOf(null)).toBe('');
  });

  it('refuses a last day before the first day, and a unit without bloc, level or area', () => {
    expect(readAreaDraft({ ...AREA, lastDay: '2025-06-30' })).toEqual({
      ok: false,
      problems: { lastDay: { key: 'units.problem.lastDayBeforeFirst' } },
    });
    const unit = readUnitDraft({
      name: 'Đảng ủy phường Kỳ Lừa',
      bloc: '',
      level: '',
      areaId: '',
      parentId: '',
      validFrom: '',
      lastDay: '',
    });
    expect(unit.ok ? [] : Object.keys(unit.problems).sort()).toEqual([
      'areaId',
      'bloc',
      'level',
      'validFrom',
    ]);
  });

  it.each([
    ['0', '1', true],
    ['1000', '1000', true],
    ['1001', '1', false],
    ['50', '0', false],
    ['5.5', '1', false],
    ['', '1', false],
  ])('rank %s with %s seats is accepted: %s', (rank, seats, accepted) => {
    const draft = { title: 'Bí thư', rank, seats, isKey: true, requiresNonLocal: false };
    expect(readPositionDraft(draft).ok).toBe(accepted);
  });

  it('places the API’s validTo beside the last day the form asks', () => {
    const fieldOf = registryFieldOf(['name', 'lastDay', 'parentId'] as const);
    expect(fieldOf(['input', 'validTo'])).toBe('lastDay');
    expect(fieldOf(['input', 'parentId'])).toBe('parentId');
    expect(fieldOf(['expectedVersion'])).toBeNull();
  });
});
