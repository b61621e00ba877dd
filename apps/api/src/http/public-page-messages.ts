import type { Language } from '../i18n/messages';

// The words of the public disclosure page (GET /cong-khai), Vietnamese first, in the style of
// the API's own catalogue (i18n/messages.ts): one key, both languages. The article's category
// names come from libs/rules (CATEGORY_LABELS), as the papers take them.

const words = {
  title: {
    vi: 'Công khai quyết định luân chuyển cán bộ',
    en: 'Public disclosure of cadre rotation decisions',
  },
  intro: {
    vi: 'Các quyết định luân chuyển cán bộ đã được công khai theo yêu cầu công khai, minh bạch trong công tác cán bộ.',
    en: 'The cadre rotation decisions made public, as cadre work is to be open and transparent.',
  },
  otherLanguage: { vi: 'English', en: 'Tiếng Việt' },
  otherLanguageLabel: { vi: 'Xem bằng tiếng Anh', en: 'Xem bằng tiếng Việt' },
  periodLegend: {
    vi: 'Khoảng thời gian bắt đầu luân chuyển',
    en: 'Period in which rotations started',
  },
  periodFrom: { vi: 'Từ ngày', en: 'From' },
  periodTo: { vi: 'Đến ngày', en: 'To' },
  show: { vi: 'Xem', en: 'Show' },
  statsHeading: { vi: 'Số liệu luân chuyển', en: 'Rotation figures' },
  periodText: { vi: 'từ ngày {from} đến ngày {to}', en: 'from {from} to {to}' },
  byCategoryCaption: {
    vi: 'Số lượt luân chuyển theo loại (đã và đang thực hiện)',
    en: 'Rotations by category (those that took place)',
  },
  byYearCaption: {
    vi: 'Số lượt luân chuyển theo năm bắt đầu (đã và đang thực hiện)',
    en: 'Rotations by year started (those that took place)',
  },
  category: { vi: 'Loại luân chuyển', en: 'Category' },
  year: { vi: 'Năm', en: 'Year' },
  count: { vi: 'Số lượt', en: 'Rotations' },
  total: { vi: 'Tổng số', en: 'Total' },
  listHeading: { vi: 'Các quyết định đã công khai', en: 'Published decisions' },
  listCaption: {
    vi: 'Quyết định luân chuyển đã công khai, theo ngày bắt đầu',
    en: 'Published rotation decisions, by start date',
  },
  number: { vi: 'STT', en: 'No.' },
  cadre: { vi: 'Họ và tên', en: 'Full name' },
  from: { vi: 'Từ (chức vụ, đơn vị)', en: 'From (post, unit)' },
  to: { vi: 'Đến (chức vụ, đơn vị)', en: 'To (post, unit)' },
  period: { vi: 'Thời gian', en: 'Period' },
  periodOngoing: { vi: '{start} – dự kiến {planned}', en: '{start} – planned {planned}' },
  periodEnded: { vi: '{start} – {end}', en: '{start} – {end}' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  decisionText: { vi: 'Số {number} ngày {date}, {issuer}', en: 'No. {number} of {date}, {issuer}' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  none: {
    vi: 'Chưa có quyết định nào được công khai trong khoảng thời gian này.',
    en: 'No decision has been published for this period.',
  },
  nextPage: { vi: 'Trang sau', en: 'Next page' },
  plansHeading: { vi: 'Kế hoạch luân chuyển và tiến độ', en: 'Rotation plans and their progress' },
  plansCaption: {
    vi: 'Kế hoạch luân chuyển đã công khai và tiến độ thực hiện',
    en: 'Published rotation plans and their progress',
  },
  planCode: { vi: 'Số kế hoạch', en: 'Plan' },
  planTitle: { vi: 'Tên kế hoạch', en: 'Title' },
  planPeriod: { vi: 'Thời gian thực hiện', en: 'Period' },
  planTarget: { vi: 'Chỉ tiêu', en: 'Target' },
  planSubjects: { vi: 'Đối tượng', en: 'Subjects' },
  planRotated: { vi: 'Đã luân chuyển', en: 'Rotated' },
  planActive: { vi: 'Đang thực hiện', en: 'Running' },
  planCompleted: { vi: 'Đã hoàn thành', en: 'Completed' },
  noPlans: { vi: 'Chưa có kế hoạch nào được công khai.', en: 'No plan has been published.' },
  privacy: {
    vi: 'Trang này không hiển thị ngày sinh, quê quán, kết quả đánh giá hay ghi chú về cán bộ: đó là dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP).',
    en: 'This page shows no birth date, home area, evaluation or note about any cadre: those are personal data (Decree 13/2023/NĐ-CP).',
  },
  rateLimited: {
    vi: 'Quá nhiều yêu cầu từ địa chỉ này; số giây cần chờ trước khi thử lại',
    en: 'Too many requests from this address; seconds to wait before trying again',
  },
  badRequest: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  backToPage: { vi: 'Về trang công khai', en: 'Back to the public page' },
  badDate: {
    vi: 'Ngày phải viết theo dạng YYYY-MM-DD và là ngày có thật',
    en: 'A date is written YYYY-MM-DD and must exist',
  },
  badPeriod: {
    vi: 'Ngày bắt đầu của khoảng thời gian phải trước hoặc bằng ngày kết thúc',
    en: 'The period must start on or before the day it ends',
  },
  badLanguage: { vi: 'Ngôn ngữ chỉ có thể là vi hoặc en', en: 'The language is vi or en' },
  badCursor: { vi: 'Tham số trang không hợp lệ', en: 'The page parameter is not valid' },
  unknownParameter: { vi: 'Tham số không được hỗ trợ', en: 'Unknown parameter' },
  repeatedParameter: { vi: 'Tham số chỉ được cho một lần', en: 'A parameter may be given once' },
} as const satisfies Record<string, Record<Language, string>>;

export type PublicWord = keyof typeof words;

/** The word in the language, with `{name}` placeholders filled in (values are not escaped). */
export function word(
  language: Language,
  key: PublicWord,
  values: Record<string, string> = {},
): string {
  return words[key][language].replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
