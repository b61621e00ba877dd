import { lastDayOf, type IsoDate } from '@luanchuyen/domain';
import type { Message, MissingFact } from './rule-result';

// Wording shared by the rules. Vietnamese first, in Unicode NFC; the UI shows `vi`, API
// consumers may ask for `en`.

const MISSING_FACT_LABELS: Record<MissingFact, Message> = {
  birthDate: { vi: 'ngày sinh', en: 'birth date' },
  sex: { vi: 'giới tính', en: 'sex' },
  homeArea: { vi: 'quê quán', en: 'home area' },
  unitVersion: { vi: 'đơn vị tại ngày xét', en: 'the unit as it stood on the date' },
  areaVersion: { vi: 'địa bàn tại ngày xét', en: 'the area as it stood on the date' },
  fromPosition: { vi: 'chức vụ hiện tại', en: 'current post' },
  score: { vi: 'điểm đánh giá', en: 'evaluation score' },
  rating: { vi: 'mức xếp loại', en: 'rating' },
  ruleSet: { vi: 'quy định có hiệu lực tại ngày xét', en: 'rule set in force on the date' },
  managingBody: {
    vi: 'cơ quan quản lý cán bộ tại ngày ban hành quyết định',
    en: "the cadre's managing body on the day of the decision",
  },
};

export function missingFactLabel(fact: MissingFact): Message {
  return MISSING_FACT_LABELS[fact];
}

/** "Chưa đủ căn cứ: chưa rõ ngày sinh" / "Cannot decide: birth date unknown". */
export function cannotDecideMessage(missing: readonly MissingFact[]): Message {
  const labels = missing.map(missingFactLabel);
  return {
    vi: `Chưa đủ căn cứ: chưa rõ ${labels.map((label) => label.vi).join(', ')}`,
    en: `Cannot decide: ${labels.map((label) => label.en).join(', ')} unknown`,
  };
}

/** 2017-10-02 → 02/10/2017, the way Vietnamese documents write dates. */
export function viDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** A stored period as people write it, to its last day: [2015-06-01, 2018-06-01) → 01/06/2015 – 31/05/2018. */
export function periodText(start: IsoDate, end: IsoDate): Message {
  const last = lastDayOf(end);
  return { vi: `${viDate(start)} – ${viDate(last)}`, en: `${start} – ${last}` };
}

/** 723 months → "60 năm 3 tháng" / "60 years 3 months". */
export function ageText(months: number): Message {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest === 0
    ? { vi: `${years} tuổi`, en: `${years} years` }
    : { vi: `${years} tuổi ${rest} tháng`, en: `${years} years ${rest} months` };
}
