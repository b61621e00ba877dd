import {
  CATEGORY_LABELS,
  DIRECTION_LABELS,
  RANK_CHANGE_LABELS,
  RATING_LABELS,
  type Message,
} from '@luanchuyen/rules';
import type { Catalogue } from '../lib/i18n';

// Words every page shares: the app's frame, states, and the names of the closed vocabularies.
// The rotation vocabularies come from libs/rules, so the app and the API name them alike.

function pick<K extends string>(labels: Record<K, Message>, language: 'vi' | 'en') {
  return Object.fromEntries(
    Object.entries<Message>(labels).map(([key, label]) => [key, label[language]]),
  );
}

export const commonMessages: Catalogue = {
  vi: {
    app: {
      title: 'Luân chuyển cán bộ',
      subtitle: 'Ban Tổ chức',
      skipToContent: 'Bỏ qua, đến nội dung chính',
    },
    nav: {
      label: 'Điều hướng chính',
      dashboard: 'Tổng quan',
      cadres: 'Cán bộ',
      units: 'Đơn vị và địa bàn',
      plans: 'Kế hoạch',
      rotations: 'Luân chuyển',
      eligibility: 'Đối tượng luân chuyển',
      audit: 'Nhật ký thay đổi',
    },
    language: { label: 'Ngôn ngữ', vi: 'Tiếng Việt', en: 'English' },
    forms: {
      invalid: 'Chưa lưu được: hãy sửa các ô được đánh dấu.',
      serverErrors: 'Máy chủ chưa lưu được:',
    },
    state: {
      loading: 'Đang tải…',
      error: 'Không tải được dữ liệu.',
      retry: 'Thử lại',
      empty: 'Không có dữ liệu.',
      notFound: 'Không tìm thấy trang này.',
      back: 'Về trang tổng quan',
    },
    pager: {
      label: 'Phân trang',
      previous: 'Trang trước',
      next: 'Trang sau',
      total: 'Tổng số: {{total}}',
    },
    confirm: { yes: 'Xác nhận', no: 'Hủy bỏ' },
    common: {
      yes: 'Có',
      no: 'Không',
      unknown: 'Chưa rõ',
      sample: 'dữ liệu mẫu',
      open: 'đang giữ',
      choose: '— Chọn —',
    },
    unitChoice: { closed: '{{name}} (đến {{lastDay}})' },
    scope: {
      label: 'Phạm vi quản lý',
      top: 'Toàn bộ (cấp trên cùng)',
      ofViewer: 'Phạm vi quản lý: {{body}}',
    },
    postChoice: {
      showClosed: 'Hiện cả chức vụ của đơn vị đã giải thể/sáp nhập',
      closedFrom: '(đơn vị đã thôi hoạt động từ {{date}})',
      opensFrom: '(đơn vị chỉ hoạt động từ {{date}})',
    },
    document: {
      number: 'Số quyết định',
      issuedOn: 'Ngày ban hành',
      issuer: 'Cơ quan ban hành',
      title: 'Trích yếu',
      issuerUnit: 'Đơn vị ban hành (trong danh mục)',
      issuerUnitSearch: 'Tìm đơn vị ban hành',
      issuerUnitHint: 'Không bắt buộc: đơn vị trong danh mục đã ra quyết định.',
      noIssuerUnit: '— Không ghi —',
      errors: {
        required: 'Điền ô này, hoặc để trống cả nhóm quyết định.',
        tooLong: 'Không quá {{max}} ký tự (đang có {{count}}).',
        invalidDate: 'Ngày không hợp lệ.',
      },
    },
    category: pick(CATEGORY_LABELS, 'vi'),
    direction: pick(DIRECTION_LABELS, 'vi'),
    rankChange: pick(RANK_CHANGE_LABELS, 'vi'),
    rating: pick(RATING_LABELS, 'vi'),
    status: {
      PROPOSED: 'Đề xuất',
      APPROVED: 'Đã phê duyệt',
      ACTIVE: 'Đang luân chuyển',
      COMPLETED: 'Đã kết thúc',
      CANCELLED: 'Đã hủy',
    },
    role: { ADMIN: 'Quản trị', ORGANIZER: 'Cán bộ tổ chức', VIEWER: 'Chỉ xem' },
    bloc: { PARTY: 'Khối Đảng', GOVERNMENT: 'Khối chính quyền', FRONT: 'Mặt trận và đoàn thể' },
    level: { PROVINCE: 'Cấp tỉnh', DISTRICT: 'Cấp huyện, thành phố', COMMUNE: 'Cấp cơ sở' },
    reason: {
      LONG_TENURE: 'Giữ chức vụ lãnh đạo lâu năm ở một đơn vị',
      LOCAL_KEY_CADRE: 'Cán bộ chủ chốt là người địa phương',
      YOUNG_IN_SUCCESSION_POOL: 'Cán bộ trẻ trong quy hoạch',
    },
  },
  en: {
    app: {
      title: 'Cadre rotation',
      subtitle: 'Organization Board',
      skipToContent: 'Skip to main content',
    },
    nav: {
      label: 'Main navigation',
      dashboard: 'Dashboard',
      cadres: 'Cadres',
      units: 'Units and areas',
      plans: 'Plans',
      rotations: 'Rotations',
      eligibility: 'Due for rotation',
      audit: 'Audit log',
    },
    language: { label: 'Language', vi: 'Tiếng Việt', en: 'English' },
    forms: {
      invalid: 'Not saved: correct the marked fields.',
      serverErrors: 'The server did not save:',
    },
    state: {
      loading: 'Loading…',
      error: 'Could not load the data.',
      retry: 'Try again',
      empty: 'Nothing to show.',
      notFound: 'This page does not exist.',
      back: 'Back to the dashboard',
    },
    pager: {
      label: 'Pages',
      previous: 'Previous page',
      next: 'Next page',
      total: 'Total: {{total}}',
    },
    confirm: { yes: 'Confirm', no: 'Cancel' },
    common: {
      yes: 'Yes',
      no: 'No',
      unknown: 'Unknown',
      sample: 'sample data',
      open: 'holding',
      choose: '— Choose —',
    },
    unitChoice: { closed: '{{name}} (until {{lastDay}})' },
    scope: {
      label: 'Management scope',
      top: 'Everything (the top)',
      ofViewer: 'Management scope: {{body}}',
    },
    postChoice: {
      showClosed: 'Also show posts of units dissolved or merged',
      closedFrom: '(the unit no longer exists from {{date}})',
      opensFrom: '(the unit exists only from {{date}})',
    },
    document: {
      number: 'Number',
      issuedOn: 'Issued on',
      issuer: 'Issuer',
      title: 'Title',
      issuerUnit: 'Issuing unit (in the registry)',
      issuerUnitSearch: 'Find the issuing unit',
      issuerUnitHint: 'Optional: the unit of the registry that made the decision.',
      noIssuerUnit: '— Not recorded —',
      errors: {
        required: 'Fill this in, or leave the whole decision empty.',
        tooLong: 'At most {{max}} characters (now {{count}}).',
        invalidDate: 'Not a valid date.',
      },
    },
    category: pick(CATEGORY_LABELS, 'en'),
    direction: pick(DIRECTION_LABELS, 'en'),
    rankChange: pick(RANK_CHANGE_LABELS, 'en'),
    rating: pick(RATING_LABELS, 'en'),
    status: {
      PROPOSED: 'Proposed',
      APPROVED: 'Approved',
      ACTIVE: 'Active',
      COMPLETED: 'Completed',
      CANCELLED: 'Cancelled',
    },
    role: { ADMIN: 'Administrator', ORGANIZER: 'Organizer', VIEWER: 'Viewer' },
    bloc: {
      PARTY: 'Party bloc',
      GOVERNMENT: 'Government bloc',
      FRONT: 'Front and mass organizations',
    },
    level: {
      PROVINCE: 'Province level',
      DISTRICT: 'District or city level',
      COMMUNE: 'Grassroots',
    },
    reason: {
      LONG_TENURE: 'Long tenure in one unit',
      LOCAL_KEY_CADRE: 'Local native in a key post',
      YOUNG_IN_SUCCESSION_POOL: 'Young cadre in the succession pool',
    },
  },
};
