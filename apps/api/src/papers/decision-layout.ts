import { committeeSymbol, placeOf, upper } from './decision-issuer';
import type { DecisionFacts } from './decision-data';
import { placeAndDate } from './decision-heading';
import { dayText, lastDayText } from './paper-dates';

// A draft rotation decision (Quyết định) in the document format of its issuer, as one layout
// that the Word and the PDF renderers both print:
//
// - the Party's, Hướng dẫn 36-HD/VPTW (03/4/2018) of the Party Central Office, for decisions
//   numbered "…-QĐ/TU" (…/TW, /HU, /ĐU…): "ĐẢNG CỘNG SẢN VIỆT NAM" top right (15 pt bold,
//   underlined), the issuing committee top left (14 pt bold capitals) over a star and
//   "Số 101-QĐ/TU" (14 pt), "Lạng Sơn, ngày … tháng … năm …" (14 pt italic), the type name
//   (15 pt bold) and subject (14 pt bold), body 14 pt, signed "T/M BAN THƯỜNG VỤ / BÍ THƯ";
// - the State's, Decree 30/2020/NĐ-CP, Appendix I, for decisions numbered "…/QĐ-…": the
//   national name (13 pt bold capitals) and motto "Độc lập - Tự do - Hạnh phúc" (14 pt bold,
//   underlined) top right, the issuing body top left (13 pt bold capitals), "Số: 671/QĐ-UBND"
//   (13 pt), place and date (14 pt italic), "QUYẾT ĐỊNH" (14 pt bold) and subject, the
//   signer's authority, grounds "Căn cứ …;", "QUYẾT ĐỊNH:", articles "Điều 1. …", and the
//   recipients ("Nơi nhận:" 12 pt bold italic, the list 11 pt).
//
// Both on A4 with margins top and bottom 20 mm, left 30 mm, right 15 mm, and marked "DỰ
// THẢO" in a box (both rules' mark of a draft). A rotation without a decision (a proposal)
// gets the Party format of the registry's committee with its number and date left blank: the
// Standing Committee decides rotations of the cadres it manages (Quy định 65-QĐ/TW), and the
// Board drafts for it.

export type DecisionFormat = 'PARTY' | 'STATE';

export type HeadingLine = {
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
};

export type DecisionLayout = {
  format: DecisionFormat;
  /** Top left, over the number; the Party puts a star between. */
  issuerLines: HeadingLine[];
  star: boolean;
  number: HeadingLine;
  /** Top right: the Party's name, or the national name and motto. */
  titleLines: HeadingLine[];
  placeAndDate: HeadingLine;
  typeName: HeadingLine;
  subject: HeadingLine;
  authority: string;
  grounds: string[];
  decides: string;
  articles: { label: string; text: string }[];
  recipientsLabel: HeadingLine;
  recipients: string[];
  recipientsSize: number;
  signature: string[];
  bodySize: number;
};

const PARTY_NUMBER = /-QĐ\/[A-ZĐ]+$/u;
const STATE_NUMBER = /\/QĐ-[A-ZĐ0-9-]+$/u;
const STATE_BODY = /^(ủy ban nhân dân|hội đồng nhân dân|bộ|sở|phòng)\s/iu;
const PARTY_BODY_PREFIX = /^(ban thường vụ|ban chấp hành|thường trực)\s+/iu;
const BODY_WORDS =
  /^(thành ủy|tỉnh ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|ủy ban nhân dân|hội đồng nhân dân)\s+/iu;
const STATE_AREA_START = /\s(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|phường|xã)\s/iu;
const GAP = '\u00a0'.repeat(6);

/** Which document rules a decision follows: its number's symbol, else its issuer. */
export function decisionFormatOf(decision: DecisionFacts['decision']): DecisionFormat {
  if (!decision) return 'PARTY';
  if (PARTY_NUMBER.test(decision.number)) return 'PARTY';
  if (STATE_NUMBER.test(decision.number)) return 'STATE';
  return STATE_BODY.test(decision.issuer.normalize('NFC')) ? 'STATE' : 'PARTY';
}

/** "Thành ủy Lạng Sơn" / "Ủy ban nhân dân thành phố Lạng Sơn" → "Lạng Sơn". */
function placeOfBody(name: string): string {
  return placeOf(name.normalize('NFC').replace(PARTY_BODY_PREFIX, '').replace(BODY_WORDS, ''));
}

function period(facts: DecisionFacts): string {
  return `từ ngày ${dayText(facts.startDate)} đến ngày ${lastDayText(facts.plannedEndDate)}`;
}

function subjectOf(facts: DecisionFacts, capital: boolean): string {
  const title = facts.decision?.title.normalize('NFC').replace(/^quyết định\s+/iu, '');
  const subject = title ? title : 'về việc luân chuyển cán bộ';
  return capital ? subject.charAt(0).toLocaleUpperCase('vi') + subject.slice(1) : subject;
}

function planGround(facts: DecisionFacts): string[] {
  if (!facts.plan) return [];
  return [
    `Căn cứ ${facts.plan.title} (số ${facts.plan.code}, ngày ${dayText(facts.plan.issuedOn)});`,
  ];
}

function articles(facts: DecisionFacts, executors: string): DecisionLayout['articles'] {
  return [
    {
      label: 'Điều 1.',
      text: `Luân chuyển đồng chí ${facts.cadre}, ${facts.fromPost}, ${facts.fromUnit}, đến giữ chức vụ ${facts.toPost}, ${facts.toUnit}. Thời gian luân chuyển ${period(facts)}.`,
    },
    {
      label: 'Điều 2.',
      text: `Trong thời gian luân chuyển, đồng chí ${facts.cadre} chịu sự quản lý, phân công của ${facts.toUnit} và được hưởng các chế độ, chính sách theo quy định hiện hành.`,
    },
    {
      label: 'Điều 3.',
      text: `Quyết định có hiệu lực kể từ ngày ký. ${executors}, ${facts.fromUnit}, ${facts.toUnit} và đồng chí ${facts.cadre} căn cứ Quyết định thi hành.`,
    },
  ];
}

function partyLayout(facts: DecisionFacts): DecisionLayout {
  const { decision, committee } = facts;
  // The Standing Committee issues in its committee's name ("Ban Thường vụ Thành ủy Lạng Sơn"
  // heads its papers "THÀNH ỦY LẠNG SƠN").
  const issuer =
    decision?.issuer.normalize('NFC') ??
    (committee.name ? `Ban Thường vụ ${committee.name}` : null);
  const committeeName = issuer ? issuer.replace(PARTY_BODY_PREFIX, '') : null;
  const place = committeeName ? placeOfBody(committeeName) : committee.place;
  const board = committee.board ?? 'Ban Tổ chức';
  const standing = issuer ? PARTY_BODY_PREFIX.test(issuer) : true;
  return {
    format: 'PARTY',
    issuerLines: [
      { text: committeeName ? upper(committeeName) : '……………………', size: 14, bold: true },
    ],
    star: true,
    number: {
      text: decision ? `Số ${decision.number}` : `Số${GAP}-QĐ/${committeeSymbol(committeeName)}`,
      size: 14,
    },
    titleLines: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', size: 15, bold: true, underline: true }],
    placeAndDate: { text: placeAndDate(place, decision?.issuedOn ?? null), size: 14, italic: true },
    typeName: { text: 'QUYẾT ĐỊNH', size: 15, bold: true },
    subject: { text: subjectOf(facts, false), size: 14, bold: true },
    authority: issuer ? upper(issuer) : 'BAN THƯỜNG VỤ ……………………',
    grounds: [
      '- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
      `- Căn cứ Quy chế làm việc của ${committeeName ?? '……………………'};`,
      ...planGround(facts).map((ground) => `- ${ground}`),
      `- Xét đề nghị của ${board},`,
    ],
    decides: 'QUYẾT ĐỊNH',
    articles: articles(facts, board),
    recipientsLabel: { text: 'Nơi nhận:', size: 14, underline: true },
    recipients: [
      '- Như Điều 3,',
      `- Thường trực ${committeeName ?? 'cấp ủy'} (để báo cáo),`,
      `- Lưu Văn phòng ${committeeName ?? 'cấp ủy'}.`,
    ],
    recipientsSize: 12,
    signature: standing
      ? ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']
      : [`T/M ${issuer ? upper(issuer) : ''}`.trim()],
    bodySize: 14,
  };
}

function stateLayout(facts: DecisionFacts): DecisionLayout {
  // A State decision always has its document here (only then is the State format chosen).
  const decision = facts.decision ?? {
    number: '',
    issuer: '',
    issuedOn: facts.startDate,
    title: '',
  };
  const issuer = decision.issuer.normalize('NFC');
  // "Ủy ban nhân dân thành phố Lạng Sơn" on two lines: "ỦY BAN NHÂN DÂN" / "THÀNH PHỐ LẠNG SƠN".
  const areaStart = issuer.search(STATE_AREA_START);
  const body = areaStart > 0 ? issuer.slice(0, areaStart) : issuer;
  const areaText = areaStart > 0 ? issuer.slice(areaStart).trim() : '';
  const committee = /^ủy ban nhân dân/iu.test(issuer);
  return {
    format: 'STATE',
    issuerLines: [
      { text: upper(body), size: 13, bold: true },
      ...(areaText ? [{ text: upper(areaText), size: 13, bold: true }] : []),
    ],
    star: false,
    number: { text: `Số: ${decision.number}`, size: 13 },
    titleLines: [
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', size: 13, bold: true },
      { text: 'Độc lập - Tự do - Hạnh phúc', size: 14, bold: true, underline: true },
    ],
    placeAndDate: {
      text: placeAndDate(placeOfBody(issuer), decision.issuedOn),
      size: 14,
      italic: true,
    },
    typeName: { text: 'QUYẾT ĐỊNH', size: 14, bold: true },
    subject: { text: subjectOf(facts, true), size: 14, bold: true },
    authority: committee ? `CHỦ TỊCH ${upper(issuer)}` : upper(issuer),
    grounds: [
      'Căn cứ Luật Tổ chức chính quyền địa phương;',
      'Căn cứ Luật Cán bộ, công chức;',
      ...planGround(facts),
      'Theo đề nghị của ……………………………….',
    ],
    decides: 'QUYẾT ĐỊNH:',
    articles: articles(facts, 'Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan'),
    recipientsLabel: { text: 'Nơi nhận:', size: 12, bold: true, italic: true },
    recipients: ['- Như Điều 3;', '- Lưu: VT.'],
    recipientsSize: 11,
    signature: committee ? ['CHỦ TỊCH'] : ['THỦ TRƯỞNG CƠ QUAN'],
    bodySize: 14,
  };
}

export function decisionLayoutOf(facts: DecisionFacts): DecisionLayout {
  return decisionFormatOf(facts.decision) === 'STATE' ? stateLayout(facts) : partyLayout(facts);
}
