import type {
  EligibilityReasonCode,
  RankChange,
  Rating,
  RotationCategory,
  RotationDirection,
} from '@luanchuyen/domain';
import type { Message } from './rule-result';

// Names of the closed vocabularies in both languages, for messages here and for the admin app.
// The four named categories are the rows of the source article's table.

export const CATEGORY_LABELS: Record<RotationCategory, Message> = {
  DOWN_TO_GRASSROOTS: { vi: 'Luân chuyển về cơ sở', en: 'Down to the grassroots' },
  BETWEEN_GRASSROOTS: { vi: 'Luân chuyển giữa các xã, phường', en: 'Between grassroots units' },
  PARTY_GOVERNMENT: {
    vi: 'Luân chuyển giữa khối Đảng và chính quyền',
    en: 'Between the Party and government blocs',
  },
  BETWEEN_GOVERNMENT_AGENCIES: {
    vi: 'Luân chuyển giữa các cơ quan chính quyền',
    en: 'Between government agencies',
  },
  OTHER: { vi: 'Trường hợp khác', en: 'Other' },
};

export const DIRECTION_LABELS: Record<RotationDirection, Message> = {
  DOWN: { vi: 'từ cấp trên xuống cấp dưới', en: 'down a level' },
  UP: { vi: 'từ cấp dưới lên cấp trên', en: 'up a level' },
  LATERAL: { vi: 'cùng cấp', en: 'at the same level' },
};

export const RANK_CHANGE_LABELS: Record<RankChange, Message> = {
  LATERAL: { vi: 'luân chuyển ngang (chức vụ tương đương)', en: 'lateral (an equivalent post)' },
  PROMOTION: { vi: 'giữ chức vụ cao hơn', en: 'to a more senior post' },
  LOWER: { vi: 'giữ chức vụ thấp hơn', en: 'to a less senior post' },
};

export const RATING_LABELS: Record<Rating, Message> = {
  EXCELLENT: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Completed tasks excellently' },
  GOOD: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Completed tasks well' },
  COMPLETED: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed tasks' },
  NOT_COMPLETED: { vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete tasks' },
};

/** The criteria of PRODUCT.md rule 1, as plans name them. */
export const REASON_LABELS: Record<EligibilityReasonCode, Message> = {
  LONG_TENURE: { vi: 'Giữ chức vụ lâu năm tại một cơ quan, đơn vị', en: 'Long tenure in one unit' },
  LOCAL_KEY_CADRE: { vi: 'Cán bộ chủ chốt là người địa phương', en: 'Local key cadre' },
  YOUNG_IN_SUCCESSION_POOL: {
    vi: 'Cán bộ trẻ trong quy hoạch',
    en: 'Young cadre in the succession pool',
  },
};
