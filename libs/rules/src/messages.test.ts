import { describe, expect, it } from 'vitest';
import { CATEGORY_LABELS, DIRECTION_LABELS, RANK_CHANGE_LABELS, RATING_LABELS } from './labels';
import { ageText, cannotDecideMessage, missingFactLabel, viDate } from './messages';
import { MISSING_FACTS, mergeMissing } from './rule-result';

describe('messages', () => {
  it('says which facts are missing, in both languages', () => {
    expect(cannotDecideMessage(['birthDate'])).toEqual({
      vi: 'Chưa đủ căn cứ: chưa rõ ngày sinh',
      en: 'Cannot decide: birth date unknown',
    });
    expect(cannotDecideMessage(['birthDate', 'homeArea']).vi).toBe(
      'Chưa đủ căn cứ: chưa rõ ngày sinh, quê quán',
    );
  });

  it('lists missing facts once each in a stable order', () => {
    expect(mergeMissing([['homeArea', 'birthDate'], ['birthDate'], []])).toEqual([
      'birthDate',
      'homeArea',
    ]);
  });

  it('writes dates and ages the Vietnamese way', () => {
    expect(viDate('2017-10-02')).toBe('02/10/2017');
    expect(ageText(723)).toEqual({ vi: '60 tuổi 3 tháng', en: '60 years 3 months' });
    expect(ageText(720)).toEqual({ vi: '60 tuổi', en: '60 years' });
  });

  it('keeps every label in Unicode NFC', () => {
    const labels = [
      ...MISSING_FACTS.map(missingFactLabel),
      ...Object.values(CATEGORY_LABELS),
      ...Object.values(DIRECTION_LABELS),
      ...Object.values(RANK_CHANGE_LABELS),
      ...Object.values(RATING_LABELS),
    ];
    for (const label of labels) expect(label.vi.normalize('NFC')).toBe(label.vi);
  });
});
