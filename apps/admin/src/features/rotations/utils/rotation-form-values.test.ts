import { describe, expect, it } from 'vitest';
import type { PostChoice } from '../../../components/forms/post-choice-field';
import {
  initialRotationForm,
  readRotationForm,
  rotationDraftOf,
  type RotationFormValues,
} from './rotation-form-values';

const WARD_POST: PostChoice = {
  id: 'pos-secretary',
  label: 'Bí thư Đảng ủy, Đảng ủy phường Hoàng Văn Thụ',
  unitId: 'unit-hvt',
  unitName: 'Đảng ủy phường Hoàng Văn Thụ',
  unitValidFrom: '2002-10-17',
  unitValidTo: '2025-07-01',
};

const filled = (change: Partial<RotationFormValues> = {}): RotationFormValues => ({
  ...initialRotationForm('2025-06-01'),
  cadreId: 'cadre-vsh',
  post: WARD_POST,
  ...change,
});

describe('the rotation form values', () => {
  it('start on the day given and propose as last day the day before 36 months on', () => {
    expect(initialRotationForm('2025-06-01')).toMatchObject({
      startDate: '2025-06-01',
      lastDay: '2028-05-31',
    });
  });

  it('give the live check the stored end, the day after the last day', () => {
    expect(rotationDraftOf(filled())).toEqual({
      cadreId: 'cadre-vsh',
      toPositionId: 'pos-secretary',
      fromPositionId: '',
      startDate: '2025-06-01',
      plannedEndDate: '2028-06-01',
      override: null,
      reason: '',
    });
  });

  it('are sent once a cadre, a post and both dates are there', () => {
    expect(readRotationForm(filled())).toEqual({
      ok: true,
      facts: {
        cadreId: 'cadre-vsh',
        toPositionId: 'pos-secretary',
        fromPositionId: null,
        startDate: '2025-06-01',
        plannedEndDate: '2028-06-01',
        planId: null,
        decision: null,
        overrideDecision: null,
        reason: null,
      },
    });
  });

  it('send the plan chosen and the reason given, trimmed', () => {
    expect(
      readRotationForm(filled({ planId: 'plan-67', reason: '  Cán bộ xuất sắc ' })),
    ).toMatchObject({
      ok: true,
      facts: { planId: 'plan-67', reason: 'Cán bộ xuất sắc' },
    });
  });

  it('name the missing parts of a paper begun, beside them', () => {
    const override = {
      number: '12-QĐ/TU',
      issuedOn: '',
      issuer: '',
      title: 'Về việc',
      issuerUnit: null,
    };
    expect(readRotationForm(filled({ override }))).toEqual({
      ok: false,
      problems: {
        'overrideDecision.issuedOn': { key: 'document.errors.required' },
        'overrideDecision.issuer': { key: 'document.errors.required' },
      },
    });
  });

  it.each([
    ['no cadre is chosen', { cadreId: '' }],
    ['no post is chosen', { post: null }],
    ['the start is not a date', { startDate: '2025-02-30' }],
    ['the last day is not a date', { lastDay: '' }],
  ])('are not sent while %s', (_case, change: Partial<RotationFormValues>) => {
    expect(readRotationForm(filled(change))).toEqual({ ok: false, problems: {} });
  });
});
