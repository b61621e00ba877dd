// Vietnamese lists of people are ordered by given name (the last word), then by the rest of
// the name, in the Vietnamese alphabet: a ă â b c d đ e ê … (Hà before Hoàng, Đ after D), tones
// deciding only between otherwise equal names (a à ả ã á ạ), lower case before upper. Neither
// engine can do this in SQL (the embedded PGlite has no ICU, and no collation orders by the last
// word), so the key is computed here and compared byte by byte (COLLATE "C") in the database.
// The order is Intl.Collator('vi')'s on the reordered name; name-sort-key.test.ts checks it.

// The Vietnamese alphabet with the Latin letters it lacks (f j w z) where Latin puts them.
const LETTERS = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const DIGITS = '0123456789';
const MARKS: Record<string, string> = { '\u0306': 'ă', '\u0302': 'â', '\u031b': 'ơ' };
// Tones in CLDR's Vietnamese order, none first.
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

// Key characters: printable ASCII keeps COLLATE "C" and any text column byte-comparable.
const END_OF_LEVEL = '!';
const WORD_BREAK = '"';
const primaryOf = (index: number) => String.fromCharCode(0x30 + index);

type Letter = { primary: string; tone: number; upper: boolean };

function baseLetter(base: string, marks: string[]): string {
  if (base === 'đ') return 'đ';
  const mark = marks.find((m) => m in MARKS);
  if (!mark) return base;
  if (mark === '\u0302') return { a: 'â', e: 'ê', o: 'ô' }[base] ?? base;
  if (mark === '\u0306') return base === 'a' ? 'ă' : base;
  return { o: 'ơ', u: 'ư' }[base] ?? base;
}

function lettersOf(word: string): Letter[] {
  const letters: Letter[] = [];
  // One grapheme per base character with the combining marks after it (NFD).
  for (const cluster of word.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const [first = '', ...marks] = [...cluster];
    const lower = first.toLocaleLowerCase('vi');
    const upper = lower !== first;
    const letter = baseLetter(lower, marks);
    const tone = Math.max(0, ...marks.map((m) => TONES.indexOf(m)));
    const inAlphabet = LETTERS.indexOf(letter);
    const digit = DIGITS.indexOf(letter);
    // Digits before letters; anything else after them, by code point.
    const primary =
      digit >= 0
        ? primaryOf(digit)
        : inAlphabet >= 0
          ? primaryOf(DIGITS.length + inAlphabet)
          : `~${letter.codePointAt(0)?.toString(36).padStart(4, '0')}`;
    letters.push({ primary, tone, upper });
  }
  return letters;
}

/** The name with its given name (last word) first: "Vũ Sơn Hà" → "Hà Vũ Sơn". */
export function givenNameFirst(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  const given = words.pop();
  return given === undefined ? '' : [given, ...words].join(' ');
}

/** The key that orders full names as a Vietnamese list does, compared byte by byte. */
export function nameSortKey(fullName: string): string {
  const words = givenNameFirst(fullName).split(' ').filter(Boolean).map(lettersOf);
  const primary = words.map((word) => word.map((l) => l.primary).join('')).join(WORD_BREAK);
  const letters = words.flat();
  const tones = letters.map((l) => String(l.tone)).join('');
  const cases = letters.map((l) => (l.upper ? '1' : '0')).join('');
  return [primary, tones, cases].join(END_OF_LEVEL);
}
