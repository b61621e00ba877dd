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
      exportLabel: 'Xuất danh sách đối tượng luân chuyển',
      exportCsv: 'Xuất CSV',
      exportXlsx: 'Xuất Excel (XLSX)',
      facts: {
        since: 'từ {{date}}',
        years_other: '{{count}} năm',
      },
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
      exportLabel: 'Export the list of cadres due for rotation',
      exportCsv: 'Export CSV',
      exportXlsx: 'Export Excel (XLSX)',
      facts: {
        since: 'since {{date}}',
        years_one: '{{count}} year',
        years_other: '{{count}} years',
      },
    },
  },
};
