import type { Catalogue } from '../../lib/i18n';

// The cadres list's filters and sortable columns (the list's other words are under `cadres`).

export const cadreListMessages: Catalogue = {
  vi: {
    cadreList: {
      filters: 'Bộ lọc',
      unitSearch: 'Tìm đơn vị',
      unitSearchHint: 'Gõ tên đơn vị, có thể không dấu, ví dụ: ban to chuc',
      unit: 'Đã công tác tại đơn vị',
      unitClosed: '{{name}} (đến {{lastDay}})',
      unitLoading: 'Đang tải tên đơn vị…',
      unitUnknown: 'Đơn vị không còn trong danh mục',
      status: 'Tình trạng',
      ageBand: 'Độ tuổi',
      ageHint: 'Tính theo tuổi tròn đến hôm nay.',
      pool: 'Quy hoạch',
      poolHint: 'Theo nhiệm kỳ quy hoạch bao gồm năm nay.',
      all: 'Tất cả',
      inPool: 'Trong quy hoạch',
      outOfPool: 'Ngoài quy hoạch',
      clear: 'Bỏ lọc',
      ages: {
        UNDER_35: 'Dưới 35 tuổi',
        FROM_35_TO_44: 'Từ 35 đến 44 tuổi',
        FROM_45_TO_54: 'Từ 45 đến 54 tuổi',
        FROM_55: 'Từ 55 tuổi trở lên',
        UNKNOWN: 'Chưa rõ (chưa đủ ngày, năm sinh)',
      },
      nameOrderHint: 'Họ tên xếp theo tên (chữ cuối) rồi họ đệm, theo bảng chữ cái tiếng Việt.',
      birthOrderHint: 'Cán bộ chưa rõ ngày sinh luôn ở cuối danh sách.',
      bandOrderHint:
        'Không được xem ngày sinh: xếp theo nhóm tuổi, trong một nhóm theo họ tên; cán bộ chưa rõ năm sinh ở cuối.',
      ignored: 'Đường dẫn có giá trị lọc không hợp lệ nên đã bỏ qua: {{names}}',
      badPage:
        'Không mở được trang này của danh sách (đường dẫn cũ hoặc không đúng). Hãy xem từ trang đầu.',
      firstPage: 'Về trang đầu',
    },
  },
  en: {
    cadreList: {
      filters: 'Filters',
      unitSearch: 'Find a unit',
      unitSearchHint: 'Type a unit name; diacritics are optional, e.g. ban to chuc',
      unit: 'Worked in the unit',
      unitClosed: '{{name}} (until {{lastDay}})',
      unitLoading: 'Loading the unit name…',
      unitUnknown: 'A unit no longer in the registry',
      status: 'Status',
      ageBand: 'Age',
      ageHint: 'Whole years of age as of today.',
      pool: 'Succession pool',
      poolHint: 'By pool terms that include this year.',
      all: 'All',
      inPool: 'In the pool',
      outOfPool: 'Not in the pool',
      clear: 'Clear filters',
      ages: {
        UNDER_35: 'Under 35',
        FROM_35_TO_44: '35 to 44',
        FROM_45_TO_54: '45 to 54',
        FROM_55: '55 and over',
        UNKNOWN: 'Unknown (birth date or year missing)',
      },
      nameOrderHint:
        'Names are sorted by given name (the last word), then the rest, in the Vietnamese alphabet.',
      birthOrderHint: 'Cadres whose birth date is unknown always come last.',
      bandOrderHint:
        'Birth dates are not shown to you: sorted by age band, by name within a band; cadres whose birth year is unknown come last.',
      ignored: 'The address held filter values that are not valid, so they were ignored: {{names}}',
      badPage:
        'This page of the list cannot be opened (an old or wrong address). Start from the first page.',
      firstPage: 'Back to the first page',
    },
  },
};
