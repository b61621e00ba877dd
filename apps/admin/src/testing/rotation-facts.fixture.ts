import type { RotationFactsQuery } from '../lib/gql/graphql';

// The answer of the RotationFacts query for a city Party board deputy head moving to a ward
// Party secretary post: shaped as the API answers, ids made up.

const province = {
  id: 'area-ls',
  name: 'Tỉnh Lạng Sơn',
  kind: 'PROVINCE',
  validFrom: '1990-01-01',
  validTo: null,
} as const;
const city = {
  id: 'area-city',
  name: 'Thành phố Lạng Sơn',
  kind: 'CITY',
  validFrom: '2002-10-17',
  validTo: '2025-07-01',
  parent: { ...province, parent: null },
} as const;
const ward = {
  id: 'area-hvt',
  name: 'Phường Hoàng Văn Thụ',
  kind: 'WARD',
  validFrom: '2002-10-17',
  validTo: '2025-07-01',
  parent: { ...city, parent: { ...province, parent: null } },
} as const;

const unitBase = {
  validFrom: '2002-10-17',
  validTo: null,
  parent: null,
  predecessors: [],
  successors: [],
};
const cityBoard = {
  ...unitBase,
  id: 'unit-board',
  name: 'Ban Tổ chức Thành ủy',
  bloc: 'PARTY',
  level: 'DISTRICT',
  area: { id: city.id },
} as const;
const wardParty = {
  ...unitBase,
  id: 'unit-hvt',
  name: 'Đảng ủy phường Hoàng Văn Thụ',
  bloc: 'PARTY',
  level: 'COMMUNE',
  area: { id: ward.id },
} as const;

const deputyHead = {
  id: 'pos-deputy',
  title: 'Phó Trưởng ban',
  isKey: false,
  rank: 5,
  seats: 2,
  requiresNonLocal: false,
  unit: cityBoard,
};
const secretary = {
  id: 'pos-secretary',
  title: 'Bí thư Đảng ủy',
  isKey: true,
  rank: 5,
  seats: 1,
  requiresNonLocal: false,
};

export const rotationFactsFixture = {
  cadre: {
    __typename: 'Cadre',
    id: 'cadre-vsh',
    fullName: 'Vũ Sơn Hà',
    sex: 'MALE',
    birthDate: '1975-05-10',
    birthYear: 1975,
    homeArea: null,
    assignments: [
      {
        id: 'as-1',
        kind: 'APPOINTED',
        startDate: '2012-01-01',
        endDate: null,
        position: deputyHead,
      },
    ],
    rotations: { nodes: [] },
  },
  toPosition: {
    __typename: 'Position',
    ...secretary,
    unit: { ...wardParty, area: ward },
    holders: [],
  },
  intoPost: { nodes: [] },
} as unknown as RotationFactsQuery;
