import type { Catalogue } from '../../lib/i18n';

// Recording and ending the posts of a cadre's career (quá trình công tác).
export const assignmentsMessages: Catalogue = {
  vi: {
    assignments: {
      form: {
        title: 'Ghi nhận chức vụ',
        whose: 'Quá trình công tác của {{name}}.',
        postSearch: 'Tìm chức vụ hoặc đơn vị',
        postHint: 'Có thể gõ không dấu; đơn vị được tìm trong số đơn vị có vào ngày bắt đầu.',
        post: 'Chức vụ',
        kind: 'Hình thức',
        startDate: 'Ngày bắt đầu',
        startDateHint: 'Ngày đầu tiên giữ chức vụ.',
        lastDay: 'Ngày cuối giữ chức vụ',
        lastDayHint:
          'Để trống nếu vẫn đang giữ; nếu có, là ngày cuối cùng còn giữ, như quyết định ghi.',
        decision: 'Quyết định (nếu có)',
        decisionHint: 'Để trống cả nhóm nếu không có quyết định.',
        submit: 'Ghi nhận chức vụ',
        errors: {
          postRequired: 'Chọn chức vụ.',
          unitNotYetOpen:
            '{{unit}} có từ {{from}}, sau ngày bắt đầu; hãy chọn chức vụ của đơn vị có vào ngày bắt đầu.',
          unitClosed:
            '{{unit}} không còn tồn tại từ {{to}}; hãy chọn chức vụ của đơn vị có vào ngày bắt đầu.',
          kindRequired: 'Chọn hình thức giữ chức vụ.',
          startRequired: 'Nhập ngày bắt đầu.',
          dateInvalid: 'Ngày không hợp lệ.',
          lastDayBeforeStart: 'Ngày cuối giữ chức vụ không được trước ngày bắt đầu ({{start}}).',
        },
      },
      end: {
        action: 'Kết thúc',
        actionFor: 'Kết thúc chức vụ {{post}}',
        question: 'Ghi nhận {{name}} thôi giữ chức vụ {{post}}.',
        lastDay: 'Ngày cuối giữ chức vụ',
        lastDayHint: 'Ngày cuối cùng còn giữ chức vụ; từ ngày hôm sau không còn giữ.',
        failed: 'Máy chủ chưa lưu được:',
        done: 'Đã ghi nhận ngày kết thúc chức vụ.',
        stale:
          'Trong lúc bạn xem, quá trình công tác này đã được người khác thay đổi, nên chức vụ chưa được kết thúc. Hãy tải lại rồi thử lại.',
        reload: 'Tải lại quá trình công tác',
      },
    },
  },
  en: {
    assignments: {
      form: {
        title: 'Record a post',
        whose: 'Career of {{name}}.',
        postSearch: 'Find a post or unit',
        postHint: 'Diacritics are optional; units are those that exist on the start date.',
        post: 'Post',
        kind: 'How it was taken up',
        startDate: 'Start date',
        startDateHint: 'The first day the post is held.',
        lastDay: 'The last day the post is held',
        lastDayHint:
          'Leave empty while still held; otherwise the last day held, as the decision writes it.',
        decision: 'Decision (if any)',
        decisionHint: 'Leave the whole group empty when there is no decision.',
        submit: 'Record the post',
        errors: {
          postRequired: 'Choose a post.',
          unitNotYetOpen:
            '{{unit}} exists from {{from}}, after the start date; choose a post of a unit that exists on the start date.',
          unitClosed:
            '{{unit}} no longer exists from {{to}}; choose a post of a unit that exists on the start date.',
          kindRequired: 'Choose how the post was taken up.',
          startRequired: 'Enter the start date.',
          dateInvalid: 'Not a valid date.',
          lastDayBeforeStart:
            'The last day the post is held cannot be before the start date ({{start}}).',
        },
      },
      end: {
        action: 'End',
        actionFor: 'End the post {{post}}',
        question: 'Record that {{name}} no longer holds the post {{post}}.',
        lastDay: 'The last day the post is held',
        lastDayHint: 'The last day the post is held; from the day after it is no longer held.',
        failed: 'The server did not save:',
        done: 'The end of the post was recorded.',
        stale:
          'While you were reading, someone else changed this career, so the post was not ended. Reload it and try again.',
        reload: 'Reload the career',
      },
    },
  },
};
