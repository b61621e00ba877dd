import type { ManagementScope } from '../read/scope';

/** Who a paper is made for: whether they read personal data, and the scope they read within. */
export type PaperReader = {
  /** Decree 13/2023/NĐ-CP: birth dates, home areas, evaluations and notes. */
  seesPersonalData: boolean;
  /** The lists count and show only the cadres the reader's body manages; null at the top. */
  scope: ManagementScope | null;
};
