import { describe, expect, it } from 'vitest';
import { ROTATION_CATEGORIES, VIOLATION_CODES, isOneOf } from './enums';

describe('closed vocabularies', () => {
  it('keeps the five rotation categories of the public contract in order', () => {
    expect(ROTATION_CATEGORIES).toEqual([
      'DOWN_TO_GRASSROOTS',
      'BETWEEN_GRASSROOTS',
      'PARTY_GOVERNMENT',
      'BETWEEN_GOVERNMENT_AGENCIES',
      'OTHER',
    ]);
  });

  it('narrows only members', () => {
    expect(isOneOf(VIOLATION_CODES, 'SAME_UNIT')).toBe(true);
    expect(isOneOf(VIOLATION_CODES, 'same_unit')).toBe(false);
    expect(isOneOf(VIOLATION_CODES, 42)).toBe(false);
  });
});
