import type { RotationOutcome } from '@luanchuyen/domain';
import type { PostKey } from './units';

// The article's 24 rotations since 2015 (8 down to the grassroots, 3 between grassroots units,
// 5 between the Party and government blocs, 8 between government agencies). The category is
// not written here: the loader creates each rotation through rotationCreate and the rules
// classify it from the units on its start date. Every rotation is 36 months; those from
// 2/10/2017 are under Plan 67-KH/TU. Decisions 101–124-QĐ/TU are sample numbers.
//
// Sourced: Vũ Sơn Hà (Deputy Head, City Party Organization Board → Secretary, Hoàng Văn Thụ
// ward Party Committee, "nearly a year" before 25/5/2019: 2018-06-01 is an approximation) and
// Đinh Bằng Sơn (Secretary, Vĩnh Trại ward → Secretary, Mai Pha commune, lateral; the date is
// not stated, 2018-03-01 is illustrative). How theirs ended is not sourced either: the demo
// is history, so they end when their term does, kept at the destination, with a completion
// decision that says it is illustrative. Everyone else is sample data.

export type RotationRecord = {
  /** D: down to the grassroots, G: between grassroots, P: Party–government, A: government agencies. */
  code: string;
  /** A named person's key, or a sample person created for this rotation. */
  cadre: string;
  from: PostKey;
  to: PostKey;
  start: string;
  /** How it ended; `illustrative` when the article does not say (its decision says so). */
  end?: { date: string; outcome: RotationOutcome; next?: PostKey; illustrative?: true };
  /** Why it went ahead into a more senior post (the HIGHER_RANK warning asks for one). */
  reason?: string;
};

/** Every rotation runs 36 months; the stored end is exclusive, the first day off it. */
export function plannedEndOf(rotation: RotationRecord): string {
  return `${Number(rotation.start.slice(0, 4)) + 3}${rotation.start.slice(4)}`;
}

export const ROTATIONS: readonly RotationRecord[] = [
  {
    code: 'D1',
    cadre: 'sample',
    from: 'kinh-te#deputy',
    to: 'hoang-dong/ubnd#head',
    start: '2015-01-01',
    end: { date: '2018-01-01', outcome: 'KEPT_AT_DESTINATION' },
  },
  {
    code: 'A1',
    cadre: 'sample',
    from: 'tnmt#deputy',
    to: 'thanh-tra#deputy',
    start: '2015-01-01',
    end: { date: '2018-01-01', outcome: 'KEPT_AT_DESTINATION' },
  },
  {
    code: 'P1',
    cadre: 'sample',
    from: 'vptu#deputy',
    to: 'vp-ubnd#deputy',
    start: '2015-03-01',
    end: { date: '2018-03-01', outcome: 'RETURNED_TO_ORIGIN' },
  },
  {
    code: 'D2',
    cadre: 'sample',
    from: 'vptu#deputy',
    to: 'tam-thanh/du#deputy',
    start: '2015-06-01',
    end: { date: '2018-06-01', outcome: 'KEPT_AT_DESTINATION' },
  },
  {
    code: 'A2',
    cadre: 'sample',
    from: 'tu-phap#head',
    to: 'ldtbxh#head',
    start: '2015-09-01',
    end: { date: '2018-09-01', outcome: 'PROMOTED', next: 'ubnd#deputy' },
  },
  {
    code: 'G1',
    cadre: 'sample',
    from: 'dong-kinh/ubnd#head',
    to: 'mai-pha/ubnd#head',
    start: '2016-01-01',
    end: { date: '2019-01-01', outcome: 'RETURNED_TO_ORIGIN' },
  },
  {
    code: 'D3',
    cadre: 'sample',
    from: 'tckh#deputy',
    to: 'chi-lang/ubnd#head',
    start: '2016-03-01',
    end: { date: '2019-03-01', outcome: 'RETURNED_TO_ORIGIN' },
  },
  {
    code: 'A3',
    cadre: 'sample',
    from: 'gddt#deputy',
    to: 'vhtt#deputy',
    start: '2016-04-01',
    end: { date: '2019-04-01', outcome: 'KEPT_AT_DESTINATION' },
  },
  {
    code: 'P2',
    cadre: 'sample',
    from: 'noi-vu#head',
    to: 'btc#deputy',
    start: '2016-06-01',
    end: { date: '2019-06-01', outcome: 'PROMOTED', next: 'ubnd#deputy' },
  },
  {
    code: 'D4',
    cadre: 'sample',
    from: 'btg#deputy',
    to: 'quang-lac/du#head',
    start: '2016-09-01',
    end: { date: '2019-09-01', outcome: 'REASSIGNED', next: 'noi-vu#head' },
  },
  {
    code: 'A4',
    cadre: 'sample',
    from: 'kinh-te#head',
    to: 'tnmt#head',
    start: '2017-02-01',
    end: { date: '2020-02-01', outcome: 'KEPT_AT_DESTINATION' },
  },
  {
    code: 'D5',
    cadre: 'sample',
    from: 'qldt#deputy',
    to: 'vinh-trai/ubnd#head',
    start: '2017-04-01',
    end: { date: '2020-04-01', outcome: 'REASSIGNED', next: 'kinh-te#head' },
  },
  {
    code: 'P3',
    cadre: 'sample',
    from: 'bdv#deputy',
    to: 'vhtt#head',
    start: '2017-07-01',
    end: { date: '2020-07-01', outcome: 'KEPT_AT_DESTINATION' },
  },
  // Under Plan 67-KH/TU from here on.
  {
    code: 'A5',
    cadre: 'sample',
    from: 'ldtbxh#deputy',
    to: 'kinh-te#deputy',
    start: '2017-11-01',
    end: { date: '2019-11-01', outcome: 'ENDED_EARLY' },
  },
  {
    code: 'D6',
    cadre: 'sample',
    from: 'ubkt#deputy',
    to: 'dong-kinh/du#head',
    start: '2018-01-15',
    end: { date: '2021-01-15', outcome: 'KEPT_AT_DESTINATION' },
  },
  {
    code: 'G2',
    cadre: 'dinh-bang-son',
    from: 'vinh-trai/du#head',
    to: 'mai-pha/du#head',
    start: '2018-03-01',
    end: { date: '2021-03-01', outcome: 'KEPT_AT_DESTINATION', illustrative: true },
  },
  {
    code: 'A6',
    cadre: 'sample',
    from: 'tam-thanh/ubnd#head',
    to: 'qldt#deputy',
    start: '2018-05-01',
    end: { date: '2021-05-01', outcome: 'KEPT_AT_DESTINATION' },
  },
  {
    code: 'D7',
    cadre: 'vu-son-ha',
    from: 'btc#deputy',
    to: 'hoang-van-thu/du#head',
    start: '2018-06-01',
    end: { date: '2021-06-01', outcome: 'KEPT_AT_DESTINATION', illustrative: true },
  },
  {
    code: 'P4',
    cadre: 'sample',
    from: 'hoang-van-thu/ubnd#head',
    to: 'bdv#deputy',
    start: '2018-09-01',
    end: { date: '2021-09-01', outcome: 'KEPT_AT_DESTINATION' },
    reason: 'Hoàn thành xuất sắc nhiệm vụ, được bố trí chức vụ cao hơn (dữ liệu mẫu)',
  },
  {
    code: 'A7',
    cadre: 'sample',
    from: 'tckh#deputy',
    to: 'vp-ubnd#deputy',
    start: '2018-10-01',
    end: { date: '2021-10-01', outcome: 'RETURNED_TO_ORIGIN' },
  },
  {
    code: 'G3',
    cadre: 'sample',
    from: 'chi-lang/du#deputy',
    to: 'vinh-trai/du#deputy',
    start: '2019-01-02',
    end: { date: '2022-01-02', outcome: 'KEPT_AT_DESTINATION' },
  },
  {
    code: 'D8',
    cadre: 'sample',
    from: 'noi-vu#deputy',
    to: 'mai-pha/du#deputy',
    start: '2019-03-01',
    end: { date: '2022-03-01', outcome: 'RETURNED_TO_ORIGIN' },
  },
  {
    code: 'A8',
    cadre: 'sample',
    from: 'thanh-tra#head',
    to: 'tckh#head',
    start: '2019-04-01',
    end: { date: '2022-04-01', outcome: 'KEPT_AT_DESTINATION' },
  },
  {
    code: 'P5',
    cadre: 'sample',
    from: 'tu-phap#deputy',
    to: 'vptu#deputy',
    start: '2019-05-02',
    end: { date: '2022-05-02', outcome: 'KEPT_AT_DESTINATION' },
  },
];

export const PLAN_67_FROM = '2017-10-02';

const fifteenDaysBefore = (date: string) => {
  const issued = new Date(`${date}T00:00:00Z`);
  issued.setUTCDate(issued.getUTCDate() - 15);
  return issued.toISOString().slice(0, 10);
};

export function decisionFor(rotation: RotationRecord, index: number) {
  return {
    number: `${101 + index}-QĐ/TU`,
    issuedOn: fifteenDaysBefore(rotation.start),
    issuer: 'Ban Thường vụ Thành ủy Lạng Sơn',
    title: `Quyết định luân chuyển cán bộ (dữ liệu mẫu, đợt ${rotation.code})`,
  };
}

/** The decision closing a rotation whose end the article does not give; null for the others. */
export function completionDecisionFor(rotation: RotationRecord, index: number) {
  if (!rotation.end?.illustrative) return null;
  return {
    number: `${201 + index}-QĐ/TU`,
    issuedOn: fifteenDaysBefore(rotation.end.date),
    issuer: 'Ban Thường vụ Thành ủy Lạng Sơn',
    title: `Quyết định kết thúc luân chuyển cán bộ (minh họa: bài báo không nêu kết quả, đợt ${rotation.code})`,
  };
}
