import type { Rating } from '@luanchuyen/domain';
import type { RuleSet } from './rule-sets';

// Yearly ratings (PRODUCT.md rule 5). Score bands exist only from Regulation 366-QĐ/TW and
// Decree 335/2025/NĐ-CP (100-point scale); before them the competent authority gave the
// rating itself, so a bare score cannot be turned into a rating for those years.

/** A score at or above `minScore` earns `rating`; bands are listed from the highest. */
export type ScoreBand = { minScore: number; rating: Rating };

export type RatingParams = {
  maxScore: number;
  /** Null when the rules of the time had no score scale. */
  bands: readonly ScoreBand[] | null;
  /** The rating of anyone disciplined in the year, whatever the score. */
  disciplinedRating: Rating;
  clauses: { bands: string; discipline: string };
};

const AUTHORITY_GIVES_RATING = {
  maxScore: 100,
  bands: null,
  disciplinedRating: 'NOT_COMPLETED',
  clauses: {
    bands: 'Xếp loại do cấp có thẩm quyền kết luận, không theo thang điểm',
    discipline: 'Bị kỷ luật trong năm đánh giá thì xếp loại không hoàn thành nhiệm vụ',
  },
} as const satisfies RatingParams;

export const RATING_RULE_SETS: readonly RuleSet<RatingParams>[] = [
  {
    code: 'LAW_CADRES_2008',
    title: {
      vi: 'Phân loại đánh giá cán bộ, công chức',
      en: 'Rating of cadres and civil servants',
    },
    effectiveFrom: '2010-01-01',
    effectiveTo: '2018-03-08',
    legalBasis: {
      document: 'Luật Cán bộ, công chức số 22/2008/QH12',
      clause: 'Điều 29, Điều 58 (phân loại đánh giá)',
    },
    params: AUTHORITY_GIVES_RATING,
  },
  {
    code: 'REGULATION_132_2018',
    title: { vi: 'Xếp loại chất lượng hằng năm', en: 'Yearly quality rating' },
    effectiveFrom: '2018-03-08',
    effectiveTo: '2023-10-04',
    legalBasis: {
      document: 'Quy định 132-QĐ/TW ngày 8/3/2018 của Bộ Chính trị',
      clause: 'Xếp loại do cấp có thẩm quyền kết luận, không theo thang điểm',
    },
    params: AUTHORITY_GIVES_RATING,
  },
  {
    code: 'REGULATION_124_2023',
    title: { vi: 'Xếp loại chất lượng hằng năm', en: 'Yearly quality rating' },
    effectiveFrom: '2023-10-04',
    effectiveTo: '2025-08-30',
    legalBasis: {
      document: 'Quy định 124-QĐ/TW ngày 4/10/2023 của Bộ Chính trị',
      clause: 'Xếp loại do cấp có thẩm quyền kết luận, không theo thang điểm',
    },
    params: AUTHORITY_GIVES_RATING,
  },
  {
    code: 'REGULATION_366_2025',
    title: { vi: 'Xếp loại chất lượng theo thang điểm 100', en: 'Rating on a 100-point scale' },
    effectiveFrom: '2025-08-30',
    effectiveTo: null,
    legalBasis: {
      document:
        'Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị; Nghị định 335/2025/NĐ-CP (hiệu lực 01/01/2026)',
      clause:
        'Mức xếp loại theo điểm: từ 90 xuất sắc, 70 đến dưới 90 tốt, 50 đến dưới 70 hoàn thành',
    },
    params: {
      maxScore: 100,
      bands: [
        { minScore: 90, rating: 'EXCELLENT' },
        { minScore: 70, rating: 'GOOD' },
        { minScore: 50, rating: 'COMPLETED' },
        { minScore: 0, rating: 'NOT_COMPLETED' },
      ],
      disciplinedRating: 'NOT_COMPLETED',
      clauses: {
        bands:
          'Mức xếp loại theo điểm: từ 90 xuất sắc, 70 đến dưới 90 tốt, 50 đến dưới 70 hoàn thành, dưới 50 không hoàn thành',
        discipline:
          'Bị kỷ luật từ khiển trách trở lên trong năm đánh giá thì xếp loại không hoàn thành nhiệm vụ',
      },
    },
  },
];
