// Plan 67-KH/TU of the Standing Committee of the Lạng Sơn City Party Committee, 2/10/2017,
// until 2020, with 54 subjects (the article). The two named rotated cadres are listed with an
// illustrative criterion that holds on the plan's first day; the other 52 are sample cadres
// whose criterion the rules find on that day.

export const PLAN_67 = {
  code: '67-KH/TU',
  title:
    'Kế hoạch luân chuyển, đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý thuộc diện Ban Thường vụ Thành ủy quản lý đến năm 2020',
  issuedOn: '2017-10-02',
  periodStart: '2017-10-02',
  periodEnd: '2020-12-31',
  targetCount: 54,
  criteria: {
    longTenureYears: 8,
    youngAgeLimit: 40,
    // In the order the API lists the criteria (and a plans file's columns bring them back).
    reasons: ['LONG_TENURE', 'LOCAL_KEY_CADRE', 'YOUNG_IN_SUCCESSION_POOL'] as const,
  },
  document: {
    number: '67-KH/TU',
    issuedOn: '2017-10-02',
    issuer: 'Ban Thường vụ Thành ủy Lạng Sơn',
    title:
      'Kế hoạch luân chuyển, đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý thuộc diện Ban Thường vụ Thành ủy quản lý đến năm 2020',
  },
};

export const SUBJECT_COUNT = 54;

// Illustrative: the article does not say which criterion made them subjects. Their birth
// dates and home areas are unknown, so the one their (illustrative) careers meet is a tenure
// of 8 years or more in one unit; the rules check it when they are listed.
export const NAMED_SUBJECTS = [
  { person: 'vu-son-ha', criterion: 'LONG_TENURE' },
  { person: 'dinh-bang-son', criterion: 'LONG_TENURE' },
] as const;
