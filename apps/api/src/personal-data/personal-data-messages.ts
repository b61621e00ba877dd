import type { Language } from '../i18n/messages';

// The words of personal-data protection, Vietnamese first: the field error, and what the
// papers say where a personal fact is left out.

export const personalDataMessages = {
  hidden: {
    vi: 'Dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP): tài khoản này không được xem trường này',
    en: 'Personal data (Decree 13/2023/NĐ-CP): this account may not read this field',
  },
  paperNotice: {
    vi: 'Bản dành cho người không được xem dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP): ngày sinh được thay bằng nhóm tuổi, không in quê quán, ghi chú và kết quả đánh giá.',
    en: 'Copy for a reader without access to personal data (Decree 13/2023/NĐ-CP): the birth date is replaced by the age band; home area, notes and evaluations are left out.',
  },
  ageBand: { vi: 'Nhóm tuổi', en: 'Age band' },
  retirementYear: { vi: 'Năm nghỉ hưu', en: 'Retirement year' },
  hiddenCell: { vi: '(ẩn)', en: '(hidden)' },
} as const satisfies Record<string, Record<Language, string>>;

export function personalDataText(
  language: Language,
  key: keyof typeof personalDataMessages,
): string {
  return personalDataMessages[key][language];
}
