import type { LineageLink } from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { registry } from '../test/fixtures';
import { buildLineage, sameLineage, versionOn, versionsOn, type DatedRecord } from './lineage';

const ids = (records: readonly DatedRecord[]) => records.map((record) => record.id).sort();

describe('unit and area lineage', () => {
  it.each([
    ['a record valid on the date is its own version', 'DU_CL', '2018-01-01', ['DU_CL']],
    ['a merged ward is its successor after the merger', 'DU_CL', '2025-07-01', ['DU_LVT']],
    ['the day before the merger it is still itself', 'DU_CL', '2025-06-30', ['DU_CL']],
    [
      'a new ward before it existed is the wards it came from',
      'DU_LVT',
      '2025-06-30',
      ['DU_CL', 'DU_QL'],
    ],
    ['a unit without successors has no version after it closed', 'TU', '2026-01-01', []],
    ['an unknown unit has no version', 'NOPE', '2018-01-01', []],
  ])('%s', (_case, id, date, expected) => {
    expect(ids(versionsOn(registry.units, id, date))).toEqual(expected);
  });

  it('gives the single version or nothing', () => {
    expect(versionOn(registry.units, 'DU_CL', '2026-01-01')?.id).toBe('DU_LVT');
    expect(versionOn(registry.units, 'DU_LVT', '2020-01-01')).toBeNull();
  });

  it.each([
    ['a unit is its own lineage', 'DU_CL', 'DU_CL', true],
    ['a unit and what it merged into are one lineage', 'DU_CL', 'DU_LVT', true],
    ['either way round', 'DU_LVT', 'DU_QL', true],
    ['two units merged into a third are not each other’s lineage', 'DU_CL', 'DU_QL', false],
    ['unrelated units are not', 'TU', 'UBND', false],
  ])('%s', (_case, a, b, expected) => {
    expect(sameLineage(registry.units, a, b)).toBe(expected);
  });

  it('follows chains of renames and survives a cycle in bad data', () => {
    const record = (id: string, validFrom: string, validTo: string | null): DatedRecord => ({
      id,
      validFrom,
      validTo,
    });
    const links: LineageLink[] = [
      { kind: 'RENAMED', fromId: 'A', toId: 'B', date: '2010-01-01' },
      { kind: 'RENAMED', fromId: 'B', toId: 'C', date: '2020-01-01' },
      { kind: 'RENAMED', fromId: 'C', toId: 'A', date: '2030-01-01' },
    ];
    const lineage = buildLineage(
      [
        record('A', '2000-01-01', '2010-01-01'),
        record('B', '2010-01-01', '2020-01-01'),
        record('C', '2020-01-01', null),
      ],
      links,
    );
    expect(ids(versionsOn(lineage, 'A', '2021-01-01'))).toEqual(['C']);
    expect(ids(versionsOn(lineage, 'C', '2005-01-01'))).toEqual(['A']);
    expect(sameLineage(lineage, 'A', 'C')).toBe(true);
    expect(sameLineage(lineage, 'C', 'D')).toBe(false);
  });
});
