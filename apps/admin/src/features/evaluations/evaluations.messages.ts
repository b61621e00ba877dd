import type { Catalogue } from '../../lib/i18n';

// A cadre's yearly evaluations (PRODUCT.md rule 5): the list on the profile, and recording or
// correcting one year's evaluation with the rating the rules give shown as it is typed.
export const evaluationsMessages: Catalogue = {
  vi: {
    evaluations: {
      list: {
        evaluator: 'Người đánh giá',
        actions: 'Thao tác',
        record: 'Ghi nhận đánh giá',
        correct: 'Sửa',
        correctFor: 'Sửa đánh giá năm {{year}}',
      },
      form: {
        recordTitle: 'Ghi nhận đánh giá, xếp loại',
        correctTitle: 'Sửa đánh giá năm {{year}}',
        whose: 'Đánh giá, xếp loại của {{name}}.',
        year: 'Năm đánh giá',
        yearHint: 'Năm hiện tại hoặc một năm trước đó.',
        yearFixed: 'Năm của đánh giá đang sửa không đổi được.',
        score: 'Điểm',
        scoreHint: 'Từ 0 đến 100; để trống nếu không chấm điểm.',
        rating: 'Mức xếp loại',
        ratingHint:
          'Để trống nếu xếp loại theo điểm; cấp có thẩm quyền có thể xếp thấp hơn mức của điểm, không cao hơn.',
        ratingByRules: 'Theo quy định',
        disciplined: 'Bị kỷ luật trong năm',
        evaluator: 'Người đánh giá',
        notes: 'Ghi chú',
        submitRecord: 'Ghi nhận đánh giá',
        submitCorrect: 'Lưu đánh giá',
        submitting: 'Đang lưu…',
        cancel: 'Hủy',
        yearNotFound: 'Cán bộ chưa có đánh giá năm {{year}}.',
        stale:
          'Trong lúc bạn sửa, người khác đã thay đổi đánh giá năm này nên thay đổi của bạn chưa được lưu. Hãy tải lại đánh giá mới nhất rồi sửa lại.',
        reload: 'Tải lại đánh giá mới nhất',
        errors: {
          yearRequired: 'Nhập năm đánh giá.',
          yearInvalid: 'Năm đánh giá là một số nguyên có bốn chữ số, ví dụ 2025.',
          scoreInvalid: 'Điểm là một số, ví dụ 85 hoặc 85,5.',
        },
      },
      rules: {
        title: 'Xếp loại theo quy định',
        waiting: 'Nhập năm đánh giá để xem mức xếp loại theo quy định.',
        rated: 'Mức xếp loại sẽ ghi nhận',
        refused: 'Không thể ghi nhận như đã nhập',
        undecided: 'Chưa xếp loại được',
        basis: 'Căn cứ: {{document}}, {{clause}}.',
      },
    },
  },
  en: {
    evaluations: {
      list: {
        evaluator: 'Evaluator',
        actions: 'Actions',
        record: 'Record an evaluation',
        correct: 'Correct',
        correctFor: 'Correct the evaluation of {{year}}',
      },
      form: {
        recordTitle: 'Record an evaluation',
        correctTitle: 'Correct the evaluation of {{year}}',
        whose: 'Evaluations of {{name}}.',
        year: 'Year evaluated',
        yearHint: 'The current year or an earlier one.',
        yearFixed: 'The year of the evaluation being corrected cannot change.',
        score: 'Score',
        scoreHint: 'From 0 to 100; leave empty when no score was given.',
        rating: 'Rating',
        ratingHint:
          "Leave empty to rate by the score; the competent authority may rate lower than the score's band, not higher.",
        ratingByRules: 'By the rules',
        disciplined: 'Disciplined in the year',
        evaluator: 'Evaluator',
        notes: 'Notes',
        submitRecord: 'Record the evaluation',
        submitCorrect: 'Save the evaluation',
        submitting: 'Saving…',
        cancel: 'Cancel',
        yearNotFound: 'The cadre has no evaluation for {{year}}.',
        stale:
          'While you were editing, someone else changed this evaluation, so your changes were not saved. Reload the latest evaluation and correct it again.',
        reload: 'Reload the latest evaluation',
        errors: {
          yearRequired: 'Enter the year evaluated.',
          yearInvalid: 'The year is a whole number of four digits, e.g. 2025.',
          scoreInvalid: 'The score is a number, e.g. 85 or 85.5.',
        },
      },
      rules: {
        title: 'Rating by the rules',
        waiting: 'Enter the year to see the rating the rules give.',
        rated: 'The rating to be recorded',
        refused: 'Cannot be recorded as entered',
        undecided: 'No rating yet',
        basis: 'Basis: {{document}}, {{clause}}.',
      },
    },
  },
};
