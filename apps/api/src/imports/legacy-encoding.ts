import { TCVN3_TO_UNICODE, VNI_MARKS, VNI_TO_UNICODE } from './legacy-encoding-tables';

// Workbooks typed before Unicode hold Vietnamese in the ".VnTime" (TCVN3) or "VNI-Times"
// (VNI) fonts: the file stores Windows-1252 characters ("Hµ Néi", "Haø Noäi") that only the
// font drew as Vietnamese. Which encoding a text is in is decided by reading it: every word
// with a non-ASCII character is converted each way, and the reading whose words are real
// Vietnamese syllables wins. A text that already reads as Vietnamese (or as any other
// language) is left alone: converting real text is the failure to avoid, so a legacy reading
// must make more words Vietnamese than the text as it stands, and most of them.

export type LegacyEncoding = 'tcvn3' | 'vni';
export type LegacyDecoded = { text: string; encoding: LegacyEncoding };

/**
 * An 8-bit file (not UTF-8) as Unicode NFC text, when it is TCVN3 or VNI Vietnamese; null
 * when neither reading gives Vietnamese (another 8-bit encoding, or binary data).
 */
export function decodeLegacyVietnamese(bytes: Uint8Array): LegacyDecoded | null {
  // Both encodings only use bytes 0x00–0x7F and 0xA0–0xFF, whose Windows-1252 characters are
  // Latin-1's: byte 0xNN is U+00NN. Control bytes other than line ends and tabs mean binary.
  let text = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    text += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  // eslint-disable-next-line no-control-regex -- control bytes are what tells binary apart
  if (/[\u0000-\u0008\u000e-\u001f\u007f]/.test(text)) return null;
  return fixLegacyText(text);
}

/**
 * Text read as Windows-1252/Latin-1 that is really TCVN3 or VNI, converted to Unicode NFC;
 * null when the text is plain (ASCII, real Unicode Vietnamese, or another language).
 *
 * The text may be a whole sheet or CSV, its cells or lines apart by control characters (line
 * ends, tabs, U+001F): a part with a letter beyond Windows-1252 (ạ, ơ, ư, đ, …) is real
 * Unicode and kept as it is, so a template's Unicode header over rows typed in .VnTime
 * survives while the rows are converted.
 */
export function fixLegacyText(text: string): LegacyDecoded | null {
  const parts = text.split(PART_SEPARATORS);
  // split() with a capturing group keeps the separators at the odd indexes.
  const legacyParts = parts.filter((part, index) => index % 2 === 0 && !BEYOND_1252.test(part));
  const encoding = detect(legacyParts);
  if (encoding === null) return null;
  const converted = parts.map((part, index) =>
    index % 2 === 0 && !BEYOND_1252.test(part) ? convert(part, encoding).text : part,
  );
  return { text: converted.join('').normalize('NFC'), encoding };
}

// eslint-disable-next-line no-control-regex -- control characters are what sets parts apart
const PART_SEPARATORS = /([\u0000-\u001f]+)/;
// Characters no Windows-1252 text has (a part holds no control character: they set it apart).
const BEYOND_1252 =
  /[^ -\u00ff\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]/;

// A word: ASCII letters and the Latin-1 characters U+00A1–U+00FF, which TCVN3 uses as
// letters even where Latin-1 has punctuation ("«" is ô, "¬" is ơ, "­" is ư).
const WORD = /[A-Za-z\u00a1-\u00ff]+/g;
// Enough words to decide on a whole file without reading all of it twice.
const MOST_WORDS = 20_000;

function detect(parts: readonly string[]): LegacyEncoding | null {
  let marked = 0;
  let plain = 0;
  const valid = { tcvn3: 0, vni: 0 };
  const longValid = { tcvn3: 0, vni: 0 };
  for (const word of wordsOf(parts)) {
    if (!/[^A-Za-z]/.test(word)) continue;
    marked += 1;
    if (isVietnameseSyllable(word)) plain += 1;
    for (const encoding of ['tcvn3', 'vni'] as const) {
      const converted = convert(word, encoding);
      if (converted.unmapped > 0 || !isVietnameseSyllable(converted.text)) continue;
      valid[encoding] += 1;
      // A lone converted character ("«" as ô) is weak evidence: quotes and signs look so.
      if ([...converted.text].length > 1) longValid[encoding] += 1;
    }
    if (marked >= MOST_WORDS) break;
  }
  const best: LegacyEncoding = valid.tcvn3 >= valid.vni ? 'tcvn3' : 'vni';
  const other: LegacyEncoding = best === 'tcvn3' ? 'vni' : 'tcvn3';
  const convincing =
    valid[best] > valid[other] &&
    valid[best] > plain &&
    valid[best] >= Math.ceil(marked * 0.6) &&
    longValid[best] >= 1;
  return convincing ? best : null;
}

function* wordsOf(parts: readonly string[]): Generator<string> {
  for (const part of parts) for (const [word] of part.matchAll(WORD)) yield word;
}

/** The text converted; `unmapped`: its non-ASCII characters the encoding has no letter for. */
function convert(text: string, encoding: LegacyEncoding): { text: string; unmapped: number } {
  return encoding === 'tcvn3' ? convertTcvn3(text) : convertVni(text);
}

function convertTcvn3(text: string): { text: string; unmapped: number } {
  let out = '';
  let unmapped = 0;
  for (const c of text) {
    const letter = TCVN3_TO_UNICODE.get(c);
    if (letter === undefined && c.charCodeAt(0) > 0x7f) unmapped += 1;
    out += letter ?? c;
  }
  return { text: out, unmapped };
}

function convertVni(text: string): { text: string; unmapped: number } {
  const chars = [...text];
  let out = '';
  let unmapped = 0;
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i] ?? '';
    const next = chars[i + 1];
    if (next !== undefined && VNI_MARKS.has(next)) {
      // The mark byte in the case VNI fonts give it, or in the other case (UPPER() in Excel).
      const letter = VNI_TO_UNICODE.get(c + next) ?? VNI_TO_UNICODE.get(c + caseLike(next, c));
      if (letter !== undefined) {
        out += letter;
        i += 1;
        continue;
      }
    }
    const single = VNI_TO_UNICODE.get(c);
    if (single === undefined && c.charCodeAt(0) > 0x7f) unmapped += 1;
    out += single ?? c;
  }
  return { text: out, unmapped };
}

function caseLike(mark: string, base: string): string {
  return base === base.toUpperCase() ? mark.toUpperCase() : mark.toLowerCase();
}

// Vietnamese syllables: an initial consonant, a rhyme (medial, vowel nucleus, final) and at
// most one tone. The rhymes are Vietnamese phonotactics, not a dictionary: "nội", "hà",
// "nguyễn", "khuya" pass; "cafộ", "mỹller", "naùve" do not.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const INITIAL = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
// Nuclei that may end the syllable, and nuclei that need a final consonant or glide.
const OPEN = 'a|e|ê|i|y|o|ô|ơ|u|ư|ia|ya|ua|ưa|oa|oe|uê|uy|uya|uơ';
const CLOSED = 'ă|â|iê|yê|uô|ươ|oo|oă|uâ|uyê';
// k closes a few place names of the Central Highlands (Đắk Lắk).
const FINAL = '(?:ch|nh|ng|[ckmnpt]|[iyou])';
const SYLLABLE = new RegExp(`^${INITIAL}(?:(?:${OPEN})${FINAL}?|(?:${CLOSED})${FINAL})$`);
// Syllables closed by c, ch, p, t take only the acute or the dot below.
const STOP_FINAL = /(?:c|ch|k|p|t)$/;
// The spelling rules of the initials: k, gh, ngh before i e ê y; c, g, ng elsewhere.
const MISSPELT = /^(?:k(?!h)[^ieêy]|c(?!h)[ieêy]|n?gh[^ieê]|n?g[eê]|ngi)/;

function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD').toLowerCase();
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const bare = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  if (!SYLLABLE.test(bare) || MISSPELT.test(bare)) return false;
  return !STOP_FINAL.test(bare) || tones[0] === '\u0301' || tones[0] === '\u0323';
}
