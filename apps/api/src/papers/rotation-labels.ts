import type { RotationOutcome, RotationStatus } from '@luanchuyen/domain';
import type { Message } from '@luanchuyen/rules';

// The words the papers print for a rotation's status and outcome: the admin app's wording
// (app/common.messages.ts, features/rotations/rotations.messages.ts), so a file reads as the
// screen it was exported from.

export const STATUS_LABELS: Record<RotationStatus, Message> = {
  PROPOSED: { vi: 'Đề xuất', en: 'Proposed' },
  APPROVED: { vi: 'Đã phê duyệt', en: 'Approved' },
  ACTIVE: { vi: 'Đang luân chuyển', en: 'Active' },
  COMPLETED: { vi: 'Đã kết thúc', en: 'Completed' },
  CANCELLED: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const OUTCOME_LABELS: Record<RotationOutcome, Message> = {
  RETURNED_TO_ORIGIN: { vi: 'Trở về đơn vị cũ', en: 'Returned to origin' },
  REASSIGNED: { vi: 'Bố trí công tác khác', en: 'Reassigned' },
  KEPT_AT_DESTINATION: { vi: 'Ở lại nơi luân chuyển đến', en: 'Kept at destination' },
  PROMOTED: { vi: 'Được đề bạt', en: 'Promoted' },
  ENDED_EARLY: { vi: 'Kết thúc trước thời hạn', en: 'Ended early' },
  RETIRED: { vi: 'Nghỉ hưu', en: 'Retired' },
};
