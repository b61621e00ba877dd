import { describe, expect, it } from 'vitest';
import { resources } from '../../../app/i18n-resources';
import { createI18n } from '../../../lib/i18n';
import { fieldLabel, formatAuditValue } from './audit-value';

// Stored values read as a person reads them, in Vietnamese: the table of what each kind of
// value becomes, and a record's own name for a field before the shared one.

const i18n = createI18n(resources, 'vi');
const t = i18n.t.bind(i18n);
const shown = (recordType: string, field: string, value: unknown) =>
  formatAuditValue(recordType, field, value, t, 'vi');

describe('a stored value in the audit log', () => {
  it.each([
    ['nothing as a dash', 'Cadre', 'notes', null, '—'],
    ['a day as dd/MM/yyyy', 'Rotation', 'startDate', '2018-06-01', '01/06/2018'],
    ['a stored end as its last day', 'Unit', 'validTo', '2025-07-01', '30/06/2025'],
    [
      'an instant in Hà Nội time',
      'User',
      'disabledAt',
      '2026-03-01T02:00:00.000Z',
      '01/03/2026 09:00',
    ],
    ['a rotation status in words', 'Rotation', 'status', 'ACTIVE', 'Đang luân chuyển'],
    ['a cadre status in words', 'Cadre', 'status', 'RETIRED', 'Đã nghỉ hưu'],
    ['an outcome in words', 'Rotation', 'outcome', 'PROMOTED', 'Được đề bạt'],
    ['a yes or no', 'Position', 'isKey', true, 'Có'],
    [
      'warnings by their messages',
      'Rotation',
      'warnings',
      [{ code: 'X', message: 'Chức vụ cao hơn' }],
      'Chức vụ cao hơn',
    ],
    [
      'a list of ids by its length',
      'Area',
      'predecessors',
      ['3f1c0a8e-0000-4000-8000-000000000001', '3f1c0a8e-0000-4000-8000-000000000002'],
      '2 mục',
    ],
    ['an empty list as empty', 'Rotation', 'warnings', [], '(trống)'],
    ['an unknown enum value as stored', 'Rotation', 'status', 'ARCHIVED', 'ARCHIVED'],
  ])('shows %s', (_case, recordType, field, value, expected) => {
    expect(shown(recordType, field, value)).toBe(expected);
  });

  it('names a field by its record first, then the shared name, then as stored', () => {
    expect(fieldLabel('Position', 'title', t)).toBe('Chức danh');
    expect(fieldLabel('Cadre', 'title', t)).toBe('Tiêu đề');
    expect(fieldLabel('Cadre', 'somethingNew', t)).toBe('somethingNew');
  });
});
