import { upper } from './decision-issuer';
import { dateLine } from './paper-dates';

// The head of a Party paper (Hướng dẫn 36-HD/VPTW, 03/4/2018, part II, and its sample 1):
// top right the heading "ĐẢNG CỘNG SẢN VIỆT NAM" (capitals, 15 pt, bold) with a rule under
// it and the place and date below (14 pt, italic); top left the superior committee
// (capitals, 14 pt, upright), the issuing body (capitals, 14 pt, bold), a star, and the number
// and symbol (14 pt, "Số 101-QĐ/TU"). Shared by the statistics report and the decision.

export type PartyHeading = {
  /** "THÀNH ỦY LẠNG SƠN", or null when the issuing body is the committee itself. */
  superior: string | null;
  /** "BAN TỔ CHỨC", "THÀNH ỦY LẠNG SƠN". */
  issuer: string;
  /** "Số 101-QĐ/TU" or a blank to fill, "Số      -QĐ/TU". */
  number: string;
  place: string | null;
  /** The date, or null for a blank date line to fill. */
  date: string | null;
};

const BLANK = '\u00a0'.repeat(6);

export function placeAndDate(place: string | null, date: string | null): string {
  const where = place ?? '…………';
  return date
    ? `${where}, ${dateLine(date)}`
    : `${where}, ngày${BLANK}tháng${BLANK}năm 20${'\u00a0'.repeat(4)}`;
}

/** The two heading columns as pdfmake content. */
export function partyHeadingPdf(heading: PartyHeading): object {
  return {
    columns: [
      {
        width: '45%',
        alignment: 'center',
        stack: [
          ...(heading.superior ? [{ text: upper(heading.superior), fontSize: 14 }] : []),
          { text: upper(heading.issuer), fontSize: 14, bold: true },
          { text: '*', fontSize: 14 },
          { text: heading.number, fontSize: 14 },
        ],
      },
      {
        width: '55%',
        alignment: 'center',
        stack: [
          { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', fontSize: 15, bold: true, decoration: 'underline' },
          { text: ' ', fontSize: 8 },
          {
            text: placeAndDate(heading.place, heading.date),
            fontSize: 14,
            italics: true,
            alignment: 'right',
          },
        ],
      },
    ],
    columnGap: 8,
    margin: [0, 0, 0, 16],
  };
}
