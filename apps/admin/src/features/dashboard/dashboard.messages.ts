import type { Catalogue } from '../../lib/i18n';

export const dashboardMessages: Catalogue = {
  vi: {
    dashboard: {
      title: 'Tổng quan',
      period: 'Thời kỳ thống kê',
      from: 'Từ ngày',
      to: 'Đến ngày',
      byCategory: 'Số lượt luân chuyển theo loại',
      byYear: 'Số lượt luân chuyển theo năm bắt đầu',
      category: 'Loại luân chuyển',
      year: 'Năm',
      count: 'Số lượt',
      total: 'Tổng cộng',
      active: 'Đang luân chuyển',
      endingSoon: 'Sắp kết thúc (trong 6 tháng)',
      noneEnding: 'Không có luân chuyển nào sắp kết thúc.',
      due: 'Cán bộ thuộc diện luân chuyển hôm nay',
      plans: 'Tiến độ kế hoạch',
      planProgress:
        '{{rotated}}/{{target}} cán bộ đã luân chuyển · {{active}} đang luân chuyển · {{completed}} đã kết thúc · {{subjects}} đối tượng',
      seeAll: 'Xem tất cả',
      ends: 'kết thúc {{date}}',
    },
  },
  en: {
    dashboard: {
      title: 'Dashboard',
      period: 'Period',
      from: 'From',
      to: 'To',
      byCategory: 'Rotations by category',
      byYear: 'Rotations by year of start',
      category: 'Category',
      year: 'Year',
      count: 'Rotations',
      total: 'Total',
      active: 'Active rotations',
      endingSoon: 'Ending within 6 months',
      noneEnding: 'No rotation ends soon.',
      due: 'Cadres due for rotation today',
      plans: 'Plan progress',
      planProgress:
        '{{rotated}}/{{target}} cadres rotated · {{active}} active · {{completed}} completed · {{subjects}} subjects',
      seeAll: 'See all',
      ends: 'ends {{date}}',
    },
  },
};
