import { describe, expect, it } from 'vitest';
import { decodeGlobalId, encodeGlobalId } from './global-id';

describe('opaque global ids', () => {
  it('round-trips the type and the row id', () => {
    const id = encodeGlobalId('Cadre', '3f1c8e8a-0000-4000-8000-000000000001');
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeGlobalId(id)).toEqual({
      type: 'Cadre',
      id: '3f1c8e8a-0000-4000-8000-000000000001',
    });
  });

  it.each(['', '!!!', 'Q2FkcmU', encodeGlobalId('Cadre', '').slice(0, -1), 'x'.repeat(300)])(
    'rejects %j as not a global id',
    (text) => {
      expect(decodeGlobalId(text)).toBeNull();
    },
  );
});
