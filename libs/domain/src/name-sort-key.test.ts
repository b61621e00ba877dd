import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { givenNameFirst, nameSortKey } from './name-sort-key';

const collator = new Intl.Collator('vi');
const byKey = (a: string, b: string) => {
  const [ka, kb] = [nameSortKey(a), nameSortKey(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};
const byCollator = (a: string, b: string) => collator.compare(givenNameFirst(a), givenNameFirst(b));

describe('nameSortKey', () => {
  it('puts the given name first', () => {
    expect(givenNameFirst('  Vũ  Sơn Hà ')).toBe('Hà Vũ Sơn');
    expect(givenNameFirst('Hà')).toBe('Hà');
    expect(givenNameFirst('')).toBe('');
  });

  it.each([
    ['Nguyễn Thu Hà', 'Lê Văn Hoàng', 'Hà before Hoàng'],
    ['Trần Văn Dũng', 'Lê Đức Em', 'given name first: Dũng before Em'],
    ['Lê Văn Dung', 'Lê Văn Đạt', 'D before Đ'],
    ['Lê Văn Đức', 'Lê Văn Em', 'Đ before E'],
    ['Phạm An', 'Phạm Ăn', 'A before Ă'],
    ['Phạm Ăn', 'Phạm Ân', 'Ă before Â'],
    ['Lê Thị Oanh', 'Lê Thị Ơn', 'O before Ơ'],
    ['Lê Thị Ôn', 'Lê Thị Ơn', 'Ô before Ơ'],
    ['Hoàng Văn Tú', 'Hoàng Văn Tư', 'U before Ư (tone second)'],
    ['Bùi Thị Ha', 'Bùi Thị Hà', 'no tone before grave'],
    ['Bùi Thị Hà', 'Bùi Thị Hả', 'grave before hook'],
    ['Bùi Thị Hả', 'Bùi Thị Hã', 'hook before tilde'],
    ['Bùi Thị Hã', 'Bùi Thị Há', 'tilde before acute'],
    ['Bùi Thị Há', 'Bùi Thị Hạ', 'acute before dot'],
    ['Vũ Hà', 'Vũ Sơn Hà', 'the rest decides after the given name: Vũ before Vũ Sơn'],
    ['Đinh Bằng Sơn', 'Vũ Sơn Sơn', 'Đinh before Vũ for the same given name'],
  ])('%s before %s (%s)', (first, second) => {
    expect(byKey(first, second)).toBe(-1);
    expect(byKey(second, first)).toBe(1);
    expect(byCollator(first, second)).toBeLessThan(0);
  });

  it('is the same for NFC and NFD spellings, and for extra spaces', () => {
    expect(nameSortKey('Vũ Sơn Hà'.normalize('NFD'))).toBe(nameSortKey('Vũ Sơn Hà'));
    expect(nameSortKey(' Vũ  Sơn Hà')).toBe(nameSortKey('Vũ Sơn Hà'));
  });

  it('uses only printable ASCII, so any byte-wise collation keeps the order', () => {
    expect(nameSortKey('Nguyễn Thị Ánh Tuyết')).toMatch(/^[\x20-\x7e]+$/u);
  });

  // Vietnamese names: letters of the alphabet with any tone, one to four words.
  const syllable = fc
    .array(fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxy'), { minLength: 1, maxLength: 4 })
    .chain((chars) =>
      fc
        .tuple(fc.constantFrom('', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'), fc.boolean())
        .map(([tone, upper]) => {
          const word = (chars.join('') + tone).normalize('NFC');
          return upper ? word.charAt(0).toLocaleUpperCase('vi') + word.slice(1) : word;
        }),
    );
  const name = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

  it("orders names as Intl.Collator('vi') orders them given name first", () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        if (byCollator(a, b) === 0) return;
        expect(byKey(a, b)).toBe(Math.sign(byCollator(a, b)));
      }),
      { numRuns: 3000 },
    );
  });
});
