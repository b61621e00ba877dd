import type { Catalogue } from '../../lib/i18n';

// Who manages a cadre (Regulation 377-QĐ/TW of 2025): the body today, its history, the change.
export const managingBodiesMessages: Catalogue = {
  vi: {
    managingBody: {
      label: 'Cơ quan quản lý',
      top: 'Cấp trên cùng (không thuộc phạm vi của cơ quan cấp dưới nào)',
      history: 'Quá trình cơ quan quản lý',
      none: 'Chưa ghi nhận cơ quan quản lý nào: cán bộ do cấp trên cùng quản lý.',
      body: 'Cơ quan quản lý',
      from: 'Từ ngày',
      lastDay: 'Đến ngày (ngày cuối)',
      now: 'nay',
      change: 'Đổi cơ quan quản lý',
      changeOf: 'Đổi cơ quan quản lý của {{name}}',
      done: 'Đã đổi cơ quan quản lý.',
      form: {
        validFrom: 'Quản lý từ ngày',
        validFromHint:
          'Ngày đầu tiên cơ quan mới quản lý cán bộ; thời kỳ đang có hiệu lực vào ngày đó kết thúc vào ngày hôm trước.',
        body: 'Cơ quan quản lý mới',
        search: 'Tìm cơ quan quản lý',
        searchHint: 'Các cơ quan tồn tại vào ngày bắt đầu quản lý.',
        submit: 'Lưu cơ quan quản lý',
        submitting: 'Đang lưu…',
        cancel: 'Hủy bỏ',
      },
      create: {
        hint: 'Không bắt buộc. Để trống: cơ quan của người tạo (cấp trên cùng nếu người tạo thuộc cấp trên cùng). Sau này đổi trên trang hồ sơ.',
        none: '— Cơ quan của người tạo —',
      },
      errors: {
        bodyRequired: 'Chọn cơ quan quản lý mới.',
        dateInvalid: 'Nhập ngày hợp lệ (dd/mm/yyyy).',
      },
    },
  },
  en: {
    managingBody: {
      label: 'Managing body',
      top: 'The top (in no lower body’s scope)',
      history: 'Managing bodies',
      none: 'No managing body recorded: the cadre is managed at the top.',
      body: 'Managing body',
      from: 'From',
      lastDay: 'To (last day)',
      now: 'now',
      change: 'Change managing body',
      changeOf: 'Change the managing body of {{name}}',
      done: 'The managing body is changed.',
      form: {
        validFrom: 'Managed from',
        validFromHint:
          'The first day the new body manages the cadre; the period in force that day ends the day before.',
        body: 'New managing body',
        search: 'Find the managing body',
        searchHint: 'Bodies that exist on the day they start managing.',
        submit: 'Save managing body',
        submitting: 'Saving…',
        cancel: 'Cancel',
      },
      create: {
        hint: 'Optional. Left empty: the body of whoever adds the cadre (the top for a user at the top). Change it later on the profile.',
        none: '— The body of whoever adds it —',
      },
      errors: {
        bodyRequired: 'Choose the new managing body.',
        dateInvalid: 'Enter a valid date (dd/mm/yyyy).',
      },
    },
  },
};
