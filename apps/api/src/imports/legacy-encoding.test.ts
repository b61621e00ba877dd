import { describe, expect, it } from 'vitest';
import { decodeLegacyVietnamese, fixLegacyText } from './legacy-encoding';
import {
  TCVN3_TO_UNICODE,
  VIETNAMESE_PRECOMPOSED,
  VNI_TO_UNICODE,
  encodeTcvn3,
  encodeVni,
  latin1Bytes,
} from './legacy-encoding-tables';

// Real names and places, as a registry holds them: each must survive both legacy encodings,
// and none, as Unicode, may ever be "converted".
const VIETNAMESE = [
  'Nguyễn Thị Hà',
  'Lạng Sơn',
  'Kỳ Lừa',
  'Đinh Bằng Sơn',
  'Vũ Sơn Hà',
  'Đảng ủy xã',
  'Trần Quốc Tuấn',
  'Lê Văn Hưng',
  'Phạm Thị Thu Hường',
  'Hoàng Minh Khuê',
  'Dương Văn Quý',
  'Bùi Thị Xuân',
  'Đỗ Mười',
  'Võ Nguyên Giáp',
  'Huỳnh Tấn Phát',
  'Ngô Thì Nhậm',
  'Hà Nội',
  'Thành phố Hồ Chí Minh',
  'Thừa Thiên Huế',
  'Bà Rịa – Vũng Tàu',
  'Quảng Ninh',
  'Điện Biên',
  'Đắk Lắk',
  'Khánh Hòa',
  'Cà Mau',
  'Ủy ban nhân dân tỉnh Lạng Sơn',
  'Ban Tổ chức Tỉnh ủy',
  'Bí thư Huyện ủy Cao Lộc',
  'Phó Chủ tịch Hội đồng nhân dân',
  'Sở Nội vụ',
  'Trưởng phòng Tổ chức cán bộ',
  'xã Mẫu Sơn, huyện Lộc Bình',
  'Nguyễn Khuyến',
  'Trịnh Thị Ngọc Ánh',
  'Lý Thường Kiệt',
  'Chu Văn An',
  'ngoằn ngoèo',
  'nghiêng ngả',
  'Khuyến khích',
  'kỹ thuật',
];

// Text that has only Latin-1 letters, in Vietnamese or another language: plain, never legacy.
const PLAIN = [
  'Hà',
  'Lê',
  'Tô Lâm',
  'Bình',
  'Hòa',
  'Thái Bình',
  'Yên Bái',
  'Phú Yên',
  'Lào Cai',
  'Tây Ninh',
  'Châu Thành',
  'Thúy Vân',
  'Trí',
  'café',
  'CAFÉ',
  'résumé',
  'Crème brûlée',
  'naïve',
  'Hélène Müller',
  'Zürich',
  'Ångström',
  'señor',
  'São Paulo',
  'François',
  'Noël',
  'déjà vu',
  'façade',
  'piñata',
  'Øresund',
  'Straße',
  'Mañana será otro día',
  'Où est la bibliothèque ?',
  'L’été à Montréal',
  '« Bonjour »',
  '50 µg',
  '© 2024',
  '½ kg, 25°C',
  'Nguyen Van A',
  'khuya',
  'Organization Board of the Provincial Committee',
  'Le cœur a ses raisons que la raison ne connaît point.',
  'À côté de la gare, un hôtel très élégant où l’on dîne à huit heures.',
  'Être ou ne pas être : voilà la question, répondit Hélène.',
  'Él está en el baño; ¿dónde están los niños? Mañana iré a León.',
  'Über den Wolken muß die Freiheit wohl grenzenlos sein, sagte Jürgen Größe.',
  'Não há razão para a educação ser tão cara em São João.',
  'Ça va? Très bien, merci. Déjà vu, naïveté, façade, crème brûlée, rôle, cliché.',
  'Ærø, Ålesund, Øystein Bjørnstjerne',
  '',
];

describe('the legacy tables', () => {
  it('give the 134 precomposed letters of Vietnamese', () => {
    expect(VIETNAMESE_PRECOMPOSED).toHaveLength(134);
    expect(new Set(VIETNAMESE_PRECOMPOSED).size).toBe(134);
  });

  it('give TCVN3 (VN3) one code each for its 67 lowercase letters and Ă Â Ê Ô Ơ Ư Đ', () => {
    const letters = [...TCVN3_TO_UNICODE.values()];
    expect(new Set(letters).size).toBe(letters.length);
    const lower = VIETNAMESE_PRECOMPOSED.filter((c) => c === c.toLowerCase());
    expect(letters.filter((c) => c === c.toLowerCase()).sort()).toEqual(lower.sort());
    expect(letters.filter((c) => c !== c.toLowerCase()).sort()).toEqual([...'ĂÂÊÔƠƯĐ'].sort());
    for (const code of TCVN3_TO_UNICODE.keys()) {
      expect(code.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
      expect(code.charCodeAt(0)).toBeLessThanOrEqual(0xff);
    }
  });

  it('give VNI one sequence each for all 134 letters, in Latin-1 characters', () => {
    const letters = [...VNI_TO_UNICODE.values()];
    expect(new Set(letters).size).toBe(134);
    expect(new Set(letters)).toEqual(new Set(VIETNAMESE_PRECOMPOSED));
    for (const code of VNI_TO_UNICODE.keys()) {
      expect(code.length).toBeLessThanOrEqual(2);
      expect([...code].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    }
  });

  it.each([
    ['TCVN3', encodeTcvn3, 'Hà Nội', 'Hµ Néi'],
    ['TCVN3', encodeTcvn3, 'Bảo Thắng', 'B¶o Th¾ng'],
    ['TCVN3', encodeTcvn3, 'Mường Khương', 'M\u00adêng Kh\u00ad¬ng'],
    ['TCVN3', encodeTcvn3, 'Nguyễn Thị Hà', 'NguyÔn ThÞ Hµ'],
    ['TCVN3', encodeTcvn3, 'Đinh Bằng Sơn', '§inh B»ng S¬n'],
    ['TCVN3', encodeTcvn3, 'Đảng ủy xã', '§¶ng ñy x·'],
    ['VNI', encodeVni, 'Hà Nội', 'Haø Noäi'],
    ['VNI', encodeVni, 'Nguyễn Thị Hà', 'Nguyeãn Thò Haø'],
    ['VNI', encodeVni, 'Đinh Bằng Sơn', 'Ñinh Baèng Sôn'],
    ['VNI', encodeVni, 'Kỳ Lừa', 'Kyø Löøa'],
    ['VNI', encodeVni, 'Đảng ủy xã', 'Ñaûng uûy xaõ'],
    ['VNI', encodeVni, 'ĐẢNG ỦY', 'ÑAÛNG UÛY'],
  ])('write %s for %j as the fonts do: %j', (_name, encode, text, legacy) => {
    expect(encode(text)).toBe(legacy);
  });
});

// Every letter in a syllable ("tàn", "tằn", …, "đan"), so the whole alphabet is read back.
function alphabetText(letters: readonly string[]): string {
  return letters
    .map((c) => (c.toLowerCase() === 'đ' ? `${c}an` : c === c.toLowerCase() ? `t${c}n` : `T${c}N`))
    .join(' ');
}

const TCVN3_LETTERS = new Set(TCVN3_TO_UNICODE.values());

/** What TCVN3 keeps of a text: an uppercase toned letter comes back lowercase. */
function tcvn3Readback(text: string): string {
  return [...text]
    .map((c) =>
      c > '\u007f' && !TCVN3_LETTERS.has(c) && TCVN3_LETTERS.has(c.toLowerCase())
        ? c.toLowerCase()
        : c,
    )
    .join('');
}

describe('fixLegacyText', () => {
  it('reads the whole alphabet back from TCVN3, lowercase and the uppercase VN3 has', () => {
    const letters = VIETNAMESE_PRECOMPOSED.filter(
      (c) => c === c.toLowerCase() || 'ĂÂÊÔƠƯĐ'.includes(c),
    );
    expect(letters).toHaveLength(74);
    const text = alphabetText(letters);
    const legacy = encodeTcvn3(text);
    expect(legacy).not.toBe(text);
    expect(fixLegacyText(legacy)).toEqual({ text, encoding: 'tcvn3' });
  });

  it('reads the whole alphabet back from VNI, both cases', () => {
    const text = alphabetText(VIETNAMESE_PRECOMPOSED);
    const legacy = encodeVni(text);
    expect(fixLegacyText(legacy)).toEqual({ text, encoding: 'vni' });
  });

  it.each(VIETNAMESE)('converts %j back from either encoding', (text) => {
    expect(fixLegacyText(encodeVni(text))).toEqual({ text, encoding: 'vni' });
    // VN3 has no uppercase toned letters: the case of those is not in the bytes.
    expect(fixLegacyText(encodeTcvn3(text))).toEqual({
      text: tcvn3Readback(text),
      encoding: 'tcvn3',
    });
  });

  it.each(VIETNAMESE)('leaves %j, real Unicode, alone', (text) => {
    expect(fixLegacyText(text)).toBeNull();
    expect(fixLegacyText(text.normalize('NFD'))).toBeNull();
  });

  it.each(PLAIN)('leaves %j alone', (text) => {
    expect(fixLegacyText(text)).toBeNull();
  });

  it('reads a mark byte of the other case, as Excel UPPER() leaves VNI text', () => {
    expect(fixLegacyText('NGUYEãN VAêN AùNH')).toEqual({ text: 'NGUYỄN VĂN ÁNH', encoding: 'vni' });
  });

  it('converts the rows typed in .VnTime under a Unicode header, and keeps the header', () => {
    const header = 'Họ và tên\tNgày sinh\tChức vụ';
    const rows = ['Nguyễn Văn Bình\t01/02/1970\tBí thư', 'Lê Thị Hà\t03/04/1975\tPhó Chủ tịch'];
    const sheet = [header, ...rows.map(encodeTcvn3)].join('\u001f');
    expect(fixLegacyText(sheet)).toEqual({
      text: [header, ...rows].join('\u001f'),
      encoding: 'tcvn3',
    });
  });

  it('leaves a Unicode sheet alone when a few cells hold only Latin-1 letters', () => {
    const sheet = [
      'Họ và tên',
      'Tô Lâm',
      'Hà',
      'Yên Bái',
      'Cà Mau',
      'Bí thư',
      'Đinh Bằng Sơn',
    ].join('\r\n');
    expect(fixLegacyText(sheet)).toBeNull();
  });

  it('converts a whole cell of TCVN3 with its punctuation and numbers', () => {
    expect(fixLegacyText('Phã BÝ th\u00ad HuyÖn ñy (2015–2020), Cao Léc')).toEqual({
      text: 'Phó Bí thư Huyện ủy (2015–2020), Cao Lộc',
      encoding: 'tcvn3',
    });
  });
});

describe('decodeLegacyVietnamese', () => {
  const csv =
    'Tên,Cấp,Ngày hiệu lực\r\nTỉnh Lạng Sơn,Tỉnh,01/01/2010\r\nHuyện Cao Lộc,Huyện,01/01/2010\r\n';

  it('reads a CSV saved in TCVN3', () => {
    const bytes = latin1Bytes(encodeTcvn3(csv));
    expect(decodeLegacyVietnamese(bytes)).toEqual({
      text: csv,
      encoding: 'tcvn3',
    });
  });

  it('reads a CSV saved in VNI', () => {
    expect(decodeLegacyVietnamese(latin1Bytes(encodeVni(csv)))).toEqual({
      text: csv,
      encoding: 'vni',
    });
  });

  it('refuses a CSV in another 8-bit encoding (Latin-1 French, Windows-1251 Russian)', () => {
    const french = 'Nom,Ville\r\nHélène Müller,Genève\r\nFrançois Dupré,Besançon\r\n';
    expect(decodeLegacyVietnamese(latin1Bytes(french))).toBeNull();
    // "Москва, Россия" in Windows-1251.
    const cyrillic = Uint8Array.from([
      0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0, 0x2c, 0x20, 0xd0, 0xee, 0xf1, 0xf1, 0xe8, 0xff,
    ]);
    expect(decodeLegacyVietnamese(cyrillic)).toBeNull();
  });

  it('refuses binary data and text without any legacy letter', () => {
    expect(
      decodeLegacyVietnamese(
        Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      ),
    ).toBeNull();
    expect(decodeLegacyVietnamese(latin1Bytes('Nguyen Van A,1980'))).toBeNull();
    expect(decodeLegacyVietnamese(new Uint8Array())).toBeNull();
  });
});
