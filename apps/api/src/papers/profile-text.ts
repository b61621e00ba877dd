import type { AssignmentKind, RotationOutcome, RotationStatus, Sex } from '@luanchuyen/domain';

// Vietnamese names of the closed vocabularies a profile prints (the admin app's catalogue
// names them the same way; the rules' labels cover categories and ratings).

export const SEX_TEXT: Record<Sex, string> = { MALE: 'Nam', FEMALE: 'Nữ' };

export const ASSIGNMENT_KIND_TEXT: Record<AssignmentKind, string> = {
  APPOINTED: 'bổ nhiệm',
  ELECTED: 'bầu cử',
  ROTATED: 'luân chuyển',
  TRANSFERRED: 'điều động',
  SECONDED: 'biệt phái',
  CONCURRENT: 'kiêm nhiệm',
};

export const ROTATION_STATUS_TEXT: Record<RotationStatus, string> = {
  PROPOSED: 'Đề xuất',
  APPROVED: 'Đã phê duyệt',
  ACTIVE: 'Đang luân chuyển',
  COMPLETED: 'Đã kết thúc',
  CANCELLED: 'Đã hủy',
};

export const OUTCOME_TEXT: Record<RotationOutcome, string> = {
  RETURNED_TO_ORIGIN: 'Trở về đơn vị cũ',
  REASSIGNED: 'Bố trí công tác khác',
  KEPT_AT_DESTINATION: 'Ở lại nơi luân chuyển đến',
  PROMOTED: 'Được đề bạt',
  ENDED_EARLY: 'Kết thúc trước thời hạn',
  RETIRED: 'Nghỉ hưu',
};
