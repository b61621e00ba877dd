import { yearOf, type IsoDate, type Rating } from '@luanchuyen/domain';
import { RATING_LABELS } from './labels';
import { viDate } from './messages';
import type { Message } from './rule-result';

// Why an evaluation cannot be recorded as given (rating.ts), each with its own code and a
// message that says what is wrong and what to do instead. The codes are the API's user-error
// codes: never reuse one for another meaning.

export const RATING_REFUSALS = [
  'INVALID_INPUT',
  'YEAR_IN_FUTURE',
  'SCORE_OUT_OF_RANGE',
  'NO_SCORE_BANDS',
  'RATING_ABOVE_SCORE_BAND',
  'RATING_ABOVE_DISCIPLINE',
] as const;
export type RatingRefusal = (typeof RATING_REFUSALS)[number];

export function invalidYearMessage(): Message {
  return { vi: 'Năm đánh giá không hợp lệ', en: 'The evaluation year is not valid' };
}

export function yearInFutureMessage(year: number, today: IsoDate): Message {
  const current = yearOf(today);
  return {
    vi: `Năm ${year} chưa đến (hôm nay là ${viDate(today)}): chỉ đánh giá được từ năm ${current} trở về trước`,
    en: `${year} has not come yet (today is ${today}): evaluate ${current} or an earlier year`,
  };
}

export function scoreOutOfRangeMessage(score: number, maxScore: number): Message {
  return {
    vi: `Điểm ${score} nằm ngoài thang điểm: nhập điểm từ 0 đến ${maxScore}`,
    en: `A score of ${score} is off the scale: enter a score from 0 to ${maxScore}`,
  };
}

export function noScoreBandsMessage(year: number): Message {
  return {
    vi: `Năm ${year} chưa có thang điểm: chọn mức xếp loại`,
    en: `No score bands were in force in ${year}: choose a rating`,
  };
}

export function ratingAboveBandMessage(score: number, highest: Rating, given: Rating): Message {
  const [top, asked] = [RATING_LABELS[highest], RATING_LABELS[given]];
  return {
    vi: `${score} điểm chỉ cho phép xếp loại cao nhất là “${top.vi}”, không thể “${asked.vi}”: chọn mức đó hoặc thấp hơn, hoặc sửa điểm`,
    en: `${score} points allow at most “${top.en}”, not “${asked.en}”: choose that rating or a lower one, or correct the score`,
  };
}

export function ratingAboveDisciplineMessage(
  year: number,
  allowed: Rating,
  given: Rating,
): Message {
  const [only, asked] = [RATING_LABELS[allowed], RATING_LABELS[given]];
  return {
    vi: `Cán bộ bị kỷ luật trong năm ${year} nên xếp loại “${only.vi}”, không thể “${asked.vi}”: bỏ mức xếp loại hoặc chọn “${only.vi}”`,
    en: `Disciplined in ${year}, the cadre is rated “${only.en}”, not “${asked.en}”: leave the rating out or choose “${only.en}”`,
  };
}
