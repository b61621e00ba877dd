import type { Catalogue } from '../../lib/i18n';

// The words of proposing a rotation and of moving it through its life (the form, the reason a
// warning asks for, the completion dialog, the buttons named for whose rotation they act on).

export const rotationWritesMessages: Catalogue = {
  vi: {
    rotationWrite: {
      action: {
        approveOf: 'Phê duyệt luân chuyển của {{name}}',
        startOf: 'Bắt đầu luân chuyển của {{name}}',
        completeOf: 'Kết thúc luân chuyển của {{name}}',
        cancelOf: 'Hủy luân chuyển của {{name}}',
      },
      completion: {
        question:
          'Ghi nhận ngày cuối cùng và kết quả đợt luân chuyển của {{name}}. Kiểm tra từng ô rồi bấm Xác nhận.',
        nextPostRequiredLabel: 'Chức vụ tiếp theo (bắt buộc)',
        nextPostRequiredHint:
          'Khi bố trí công tác khác hoặc đề bạt, chọn chức vụ cán bộ đảm nhiệm tiếp theo.',
        nextPostOptionalHint:
          'Để trống: về chức vụ cũ hoặc giữ chức vụ đến theo kết quả; khi đơn vị đã sáp nhập, chọn chức vụ của đơn vị kế thừa.',
        nextPostRequired: 'Chọn chức vụ tiếp theo.',
      },
      form: {
        plan: 'Thuộc kế hoạch',
        noPlan: 'Không thuộc kế hoạch nào',
        planHint: 'Luân chuyển thuộc kế hoạch được tính vào tiến độ của kế hoạch.',
        reason: 'Lý do bố trí chức vụ cao hơn',
        reasonHint: 'Cảnh báo “chức vụ cao hơn” cần nêu lý do; lý do được ghi cùng đề xuất.',
        warning: 'Cảnh báo: {{text}}',
        created: 'Đã tạo đề xuất luân chuyển của {{name}}.',
        createdWarnings: 'Máy chủ đã ghi nhận đề xuất kèm các cảnh báo sau:',
        open: 'Mở đề xuất luân chuyển của {{name}}',
        another: 'Biểu mẫu đã được làm mới để đề xuất lượt khác.',
      },
    },
  },
  en: {
    rotationWrite: {
      action: {
        approveOf: "Approve {{name}}'s rotation",
        startOf: "Start {{name}}'s rotation",
        completeOf: "Complete {{name}}'s rotation",
        cancelOf: "Cancel {{name}}'s rotation",
      },
      completion: {
        question:
          "Record the last day and the outcome of {{name}}'s rotation. Check each field, then press Confirm.",
        nextPostRequiredLabel: 'Next post (required)',
        nextPostRequiredHint:
          'When reassigning or promoting, choose the post the cadre takes next.',
        nextPostOptionalHint:
          'Empty: back to the origin post, or keep the destination post, as the outcome says; when the unit has merged, choose a post of its successor.',
        nextPostRequired: 'Choose the next post.',
      },
      form: {
        plan: 'Plan',
        noPlan: 'No plan',
        planHint: "A rotation under a plan counts toward the plan's progress.",
        reason: 'Reason for a more senior post',
        reasonHint:
          'The “more senior post” warning asks for a reason; it is recorded with the proposal.',
        warning: 'Warning: {{text}}',
        created: "{{name}}'s rotation is proposed.",
        createdWarnings: 'The server recorded the proposal with these warnings:',
        open: "Open {{name}}'s proposed rotation",
        another: 'The form is cleared for another proposal.',
      },
    },
  },
};
