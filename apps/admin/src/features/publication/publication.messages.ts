import type { Catalogue } from '../../lib/i18n';

// The public disclosure's controls on the rotation and plan pages (ADMIN only).
export const publicationMessages: Catalogue = {
  vi: {
    publication: {
      title: 'Công khai',
      publishedOn: 'Đã công khai ngày {{date}}',
      notPublished: 'Chưa công khai',
      viaPlan: 'Công khai theo kế hoạch {{code}}',
      publish: 'Công khai',
      unpublish: 'Thôi công khai',
      publicPage: 'Xem trang công khai',
      rotationHint:
        'Chỉ quyết định đã phê duyệt, đang thực hiện hoặc đã hoàn thành mới được công khai. Trang công khai không hiển thị ngày sinh, quê quán, đánh giá hay ghi chú.',
      planHint:
        'Công khai kế hoạch sẽ công khai tiến độ và các quyết định luân chuyển thuộc kế hoạch (đã phê duyệt, đang thực hiện hoặc đã hoàn thành).',
      failed: 'Chưa thay đổi được trạng thái công khai; hãy thử lại.',
    },
  },
  en: {
    publication: {
      title: 'Public disclosure',
      publishedOn: 'Published on {{date}}',
      notPublished: 'Not published',
      viaPlan: 'Published with plan {{code}}',
      publish: 'Publish',
      unpublish: 'Withdraw from the public page',
      publicPage: 'Open the public page',
      rotationHint:
        'Only an approved, running or completed decision can be published. The public page shows no birth date, home area, evaluation or note.',
      planHint:
        'Publishing the plan publishes its progress and the decisions of its rotations (approved, running or completed).',
      failed: 'The publication could not be changed; try again.',
    },
  },
};
