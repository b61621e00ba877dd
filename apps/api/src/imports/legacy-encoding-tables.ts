// The two 8-bit Vietnamese encodings that old Excel workbooks and their CSVs still carry, as
// the characters Windows shows for their bytes (Windows-1252/Latin-1: byte 0xB8 is "¸").
//
// TCVN3 (ABC): TCVN 5712:1993, table VN3, the ".VnTime" fonts. One byte a letter: the 67
// lowercase letters and the 7 uppercase base letters Ă Â Ê Ô Ơ Ư Đ (VN3 has no uppercase
// letter with a tone: the ".VnTimeH" fonts draw the lowercase bytes as capitals). Checked
// byte by byte against glibc's TCVN5712-1 converter (`iconv -f TCVN5712-1`), whose range
// 0xA1–0xFF holds VN3's letters, and against the ABC table of published converters.
//
// VNI-Windows: the "VNI-Times" fonts of VNI Software. A base letter followed by one byte
// that draws its marks ("aù" is á, "eã" is ễ), plus single bytes for ơ ư đ and for i and ỵ
// with marks. As published by VNI and as in the xvnkb keyboard's table (lamdao/xvnkb, vni.h).

/** Each vowel with its tones, in the order: none, grave, acute, hook above, tilde, dot below. */
const TONED = [
  'aàáảãạ',
  'ăằắẳẵặ',
  'âầấẩẫậ',
  'eèéẻẽẹ',
  'êềếểễệ',
  'iìíỉĩị',
  'oòóỏõọ',
  'ôồốổỗộ',
  'ơờớởỡợ',
  'uùúủũụ',
  'ưừứửữự',
  'yỳýỷỹỵ',
] as const;

/** The 134 precomposed letters of Vietnamese (both cases), with đ/Đ. */
export const VIETNAMESE_PRECOMPOSED: readonly string[] = [
  ...TONED.flatMap((row) => [...row].filter((letter) => letter.charCodeAt(0) > 0x7f)),
  'đ',
].flatMap((letter) => [letter, letter.toUpperCase()]);

// TCVN3, row by row in TONED's order ("a" stays ASCII).
const TCVN3_ROWS = [
  'aµ¸¶·¹',
  '¨»¾¼½Æ',
  '©ÇÊÈÉË',
  'eÌÐÎÏÑ',
  'ªÒÕÓÔÖ',
  'i×ÝØÜÞ',
  'oßãáâä',
  '«åèæçé',
  '¬êíëìî',
  'uïóñòô',
  '\u00adõøö÷ù',
  'yúýûüþ',
] as const;

/** The characters of two strings side by side. */
function pairs(codes: string, letters: string): [string, string][] {
  const letterList = [...letters];
  return [...codes].map((code, index) => [code, letterList[index] ?? code]);
}

/** TCVN3 character → Unicode letter, for every non-ASCII letter VN3 has. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map([
  ...TCVN3_ROWS.flatMap((row, r) => pairs(row, TONED[r] ?? '')).filter(
    ([code]) => code.charCodeAt(0) > 0x7f,
  ),
  ['®', 'đ'],
  ['¡', 'Ă'],
  ['¢', 'Â'],
  ['£', 'Ê'],
  ['¤', 'Ô'],
  ['¥', 'Ơ'],
  ['¦', 'Ư'],
  ['§', 'Đ'],
]);

// VNI: the mark byte after a base letter, lowercase and uppercase forms.
const VNI_TONE = { grave: 'øØ', acute: 'ùÙ', hook: 'ûÛ', tilde: 'õÕ', dot: 'ïÏ' } as const;
// Circumflex (on a, e, o) and breve (on a) with the tone folded into the same byte.
const VNI_CIRCUMFLEX = ['âÂ', 'àÀ', 'áÁ', 'åÅ', 'ãÃ', 'äÄ'] as const;
const VNI_BREVE = ['êÊ', 'èÈ', 'éÉ', 'úÚ', 'üÜ', 'ëË'] as const;
const TONE_ORDER = [null, 'grave', 'acute', 'hook', 'tilde', 'dot'] as const;

/**
 * VNI sequence → Unicode letter: one or two characters. The mark byte is listed in the case
 * of its base (as VNI fonts write it); the decoder also reads a mark of the other case.
 */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = new Map(vniEntries());

function vniEntries(): [string, string][] {
  const entries: [string, string][] = [];
  const add = (lower: string, upperCode: string, letter: string): void => {
    entries.push([lower, letter], [upperCode, letter.toUpperCase()]);
  };
  // Vowels that take a tone byte directly: a e o u y, and ơ (ô) ư (ö), which are single bytes.
  const toneBases: [string, string, string][] = [
    ['a', 'A', 'aàáảãạ'],
    ['e', 'E', 'eèéẻẽẹ'],
    ['o', 'O', 'oòóỏõọ'],
    ['u', 'U', 'uùúủũụ'],
    ['y', 'Y', 'yỳýỷỹỵ'],
    ['ô', 'Ô', 'ơờớởỡợ'],
    ['ö', 'Ö', 'ưừứửữự'],
  ];
  for (const [lower, upper, row] of toneBases) {
    TONE_ORDER.forEach((tone, index) => {
      const letter = [...row][index] ?? '';
      if (tone === null) {
        if (lower.charCodeAt(0) > 0x7f) add(lower, upper, letter);
        return;
      }
      // ỵ is a single byte ("î"), not y + dot.
      if (lower === 'y' && tone === 'dot') return;
      add(lower + VNI_TONE[tone][0], upper + VNI_TONE[tone][1], letter);
    });
  }
  const marked: [string, string, readonly string[], string][] = [
    ['a', 'A', VNI_CIRCUMFLEX, 'âầấẩẫậ'],
    ['e', 'E', VNI_CIRCUMFLEX, 'êềếểễệ'],
    ['o', 'O', VNI_CIRCUMFLEX, 'ôồốổỗộ'],
    ['a', 'A', VNI_BREVE, 'ăằắẳẵặ'],
  ];
  for (const [lower, upper, marks, row] of marked) {
    marks.forEach((mark, index) => add(lower + mark[0], upper + mark[1], [...row][index] ?? ''));
  }
  // Single bytes: i with its marks, ỵ, đ.
  add('ì', 'Ì', 'ì');
  add('í', 'Í', 'í');
  add('æ', 'Æ', 'ỉ');
  add('ó', 'Ó', 'ĩ');
  add('ò', 'Ò', 'ị');
  add('î', 'Î', 'ỵ');
  add('ñ', 'Ñ', 'đ');
  return entries;
}

/** The mark bytes of VNI, in both cases: what may follow a base letter. */
export const VNI_MARKS: ReadonlySet<string> = new Set(
  [...Object.values(VNI_TONE), ...VNI_CIRCUMFLEX, ...VNI_BREVE].flatMap((pair) => [...pair]),
);

function inverse(table: ReadonlyMap<string, string>): Map<string, string> {
  const result = new Map<string, string>();
  for (const [code, letter] of table) if (!result.has(letter)) result.set(letter, code);
  return result;
}

const UNICODE_TO_TCVN3 = inverse(TCVN3_TO_UNICODE);
const UNICODE_TO_VNI = inverse(VNI_TO_UNICODE);

/**
 * Unicode text as TCVN3 characters (the inverse table): used to build files as an old
 * workbook would hold them. An uppercase toned letter, which VN3 lacks, is written as its
 * lowercase code, as the ".VnTimeH" fonts expect.
 */
export function encodeTcvn3(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => UNICODE_TO_TCVN3.get(c) ?? UNICODE_TO_TCVN3.get(c.toLowerCase()) ?? c)
    .join('');
}

/** Unicode text as VNI-Windows characters (the inverse table). */
export function encodeVni(text: string): string {
  return [...text.normalize('NFC')].map((c) => UNICODE_TO_VNI.get(c) ?? c).join('');
}

/** Text of characters U+0000–U+00FF as the bytes an 8-bit file holds. */
export function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from([...text], (c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff) throw new Error(`not a Latin-1 character: ${c}`);
    return code;
  });
}
