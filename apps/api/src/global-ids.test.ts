import { describe, expect, it } from 'vitest';
import { decodeGlobalId, encodeGlobalId } from '@luanchuyen/domain';
import { globalIdOf, NODE_TYPES } from './global-ids';

// The API's fast encoder and the portable one in libs/domain (used by the admin and by
// decodeGlobalId) must agree to the letter, or ids would not round-trip.
describe('globalIdOf', () => {
  it.each(NODE_TYPES)('writes the same %s ids as encodeGlobalId', (type) => {
    for (const id of ['3f1c8e8a-0000-4000-8000-000000000001', 'đ~?>', '0']) {
      expect(globalIdOf(type, id)).toBe(encodeGlobalId(type, id));
      expect(decodeGlobalId(globalIdOf(type, id))).toEqual({ type, id });
    }
  });
});
