import type { Catalogue } from '../../lib/i18n';

export const eligibilityMessages: Catalogue = {
  vi: {
    eligibility: {
      title: 'Báo cáo đối tượng luân chuyển',
      asOf: 'Tại ngày',
      plan: 'Theo tiêu chí',
      defaultCriteria: 'Tiêu chí chung',
      total: '{{formatted}} cán bộ thuộc diện luân chuyển',
      group: '{{reason}} ({{count}})',
      none: 'Không có cán bộ nào thuộc diện luân chuyển vào ngày này.',
      exportCsv: 'Xuất CSV',
      exportXlsx: 'Xuất Excel (XLSX)',
      exporting: 'Đang xuất…',
      exportFailed: 'Không xuất được báo cáo.',
      columns: {
        fullName: 'Họ và tên',
        birthYear: 'Năm sinh',
        reason: 'Lý do',
        explanation: 'Giải thích',
      },
      fileName: 'doi-tuong-luan-chuyen-{{date}}',
    },
  },
  en: {
    eligibility: {
      title: 'Due for rotation: report',
      asOf: 'On',
      plan: 'Criteria',
      defaultCriteria: 'Default criteria',
      total: '{{formatted}} cadres due for rotation',
      group: '{{reason}} ({{count}})',
      none: 'No cadre is due for rotation on this day.',
      exportCsv: 'Export CSV',
      exportXlsx: 'Export Excel (XLSX)',
      exporting: 'Exporting…',
      exportFailed: 'The report could not be exported.',
      columns: {
        fullName: 'Full name',
        birthYear: 'Born',
        reason: 'Reason',
        explanation: 'Explanation',
      },
      fileName: 'due-for-rotation-{{date}}',
    },
  },
};
