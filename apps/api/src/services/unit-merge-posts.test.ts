import { describe, expect, it } from 'vitest';
import { renamedTitle } from './unit-merge-posts';

// A merged post's title is renamed for the successor before it is matched by title: the unit's
// name first, else the area's (as written at the start of a title or inside it).

const KY_LUA = { unit: 'Đảng ủy phường Kỳ Lừa', area: 'Phường Kỳ Lừa' };

describe('renamedTitle', () => {
  it.each([
    [
      'a title naming its unit',
      'Bí thư Đảng ủy phường Vĩnh Trại',
      { unit: 'Đảng ủy phường Vĩnh Trại', area: 'Phường Vĩnh Trại' },
      'Bí thư Đảng ủy phường Kỳ Lừa',
    ],
    [
      'a title naming its area inside it',
      'Chủ tịch UBND xã Mai Pha',
      { unit: 'Ủy ban nhân dân xã Mai Pha', area: 'Xã Mai Pha' },
      'Chủ tịch UBND phường Kỳ Lừa',
    ],
    [
      'a title naming its area first',
      'Xã Mai Pha: Trưởng Công an',
      { unit: 'Công an', area: 'Xã Mai Pha' },
      'Phường Kỳ Lừa: Trưởng Công an',
    ],
    [
      'a title naming neither, kept',
      'Văn phòng',
      { unit: 'Đảng ủy xã Mai Pha', area: null },
      'Văn phòng',
    ],
  ])('renames %s', (_case, title, from, renamed) => {
    expect(renamedTitle(title, from, KY_LUA)).toBe(renamed);
  });

  it('compares in one Unicode form, so a decomposed title is renamed too', () => {
    const decomposed = 'Bí thư Đảng ủy phường Vĩnh Trại'.normalize('NFD');
    expect(
      renamedTitle(
        decomposed,
        { unit: 'Đảng ủy phường Vĩnh Trại', area: 'Phường Vĩnh Trại' },
        KY_LUA,
      ),
    ).toBe('Bí thư Đảng ủy phường Kỳ Lừa');
  });
});
