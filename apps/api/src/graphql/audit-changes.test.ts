import { describe, expect, it } from 'vitest';
import { auditChanges } from './audit-changes';

// The diff of an audit event: the fields that differ, and the record each id field names.

const CITY = '3f1c0a8e-0000-4000-8000-000000000001';
const WARD = '3f1c0a8e-0000-4000-8000-000000000002';

describe('the changes of an audit event', () => {
  it('names a parent by the record type: a unit under a unit, an area under an area', () => {
    const [unit] = auditChanges('Unit', { parentId: CITY }, { parentId: WARD });
    expect(unit).toMatchObject({
      beforeRef: { type: 'Unit', id: CITY },
      afterRef: { type: 'Unit', id: WARD },
    });
    const [area] = auditChanges('Area', null, { parentId: CITY });
    expect(area?.afterRef).toEqual({ type: 'Area', id: CITY });
    expect(auditChanges('Position', null, { parentId: CITY })[0]?.afterRef).toBeNull();
  });

  it('compares nested values as JSON and leaves out what only bookkeeping changed', () => {
    const before = {
      id: CITY,
      version: 1,
      warnings: [{ code: 'HIGHER_RANK' }],
      status: 'PROPOSED',
    };
    const after = { id: CITY, version: 2, warnings: [{ code: 'HIGHER_RANK' }], status: 'APPROVED' };
    expect(auditChanges('Rotation', before, after)).toEqual([
      { field: 'status', before: 'PROPOSED', after: 'APPROVED', beforeRef: null, afterRef: null },
    ]);
  });

  it('treats a field missing on one side as null, so a removed record lists what it had', () => {
    expect(auditChanges('ApiKey', { revokedAt: null, name: 'Báo cáo' }, null)).toEqual([
      { field: 'name', before: 'Báo cáo', after: null, beforeRef: null, afterRef: null },
    ]);
  });
});
