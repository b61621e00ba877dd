// The people of the import benchmark's file (import-cadres.ts), also the 20,000-row import
// test's (apps/api/test/import-cadres-bulk.test.ts): typed values by the cadres kind's column
// keys, every code and every name + birth day distinct enough for the natural keys.

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quang', 'Ngọc', 'Hữu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hằng', 'Lan', 'Long', 'Sơn', 'Tâm', 'Yến'];

/** The index-th person of the file: a code, a name, a birth day, every other one a home area. */
export function benchCadre(index: number) {
  const day = String(1 + (index % 28)).padStart(2, '0');
  const month = String(1 + (index % 12)).padStart(2, '0');
  return {
    code: `CB-${String(index).padStart(5, '0')}`,
    fullName: `${FAMILY[index % 10]} ${MIDDLE[index % 8]} ${GIVEN[index % 11]}`,
    sex: index % 3 === 0 ? 'FEMALE' : 'MALE',
    birthDate: `${1960 + (index % 40)}-${month}-${day}`,
    birthYear: null,
    homeArea: index % 2 === 0 ? 'Phường Hoàng Văn Thụ' : null,
    homeAreaParent: index % 2 === 0 ? 'Thành phố Lạng Sơn' : null,
    status: 'ACTIVE',
    notes: null,
  };
}
