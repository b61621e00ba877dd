import {
  areaLineage,
  areas,
  assignments,
  cadres,
  documents,
  evaluations,
  positions,
  rotationPlanSubjects,
  rotationPlans,
  rotations,
  successionPoolEntries,
  unitLineage,
  units,
  type Database,
} from '@luanchuyen/db';
import { encodeGlobalId } from '@luanchuyen/domain';

// A small Lạng Sơn registry for the read API's tests: the city before the 1/7/2025
// reorganisation (Chi Lăng ward and its People's Committee merged into Lương Văn Tri), the three
// people the article names with only the facts it states, five sample people whose dates make
// each eligibility rule fire, Plan 67-KH/TU and four rotations, one per named category.

async function one<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function seedLangSon(db: Database) {
  const area = (values: typeof areas.$inferInsert) =>
    one(db.insert(areas).values(values).returning());
  const province = await area({ name: 'Tỉnh Lạng Sơn', kind: 'PROVINCE', validFrom: '1900-01-01' });
  const old = { validFrom: '2002-10-17', validTo: '2025-07-01' };
  const city = await area({
    name: 'Thành phố Lạng Sơn',
    kind: 'CITY',
    parentId: province.id,
    ...old,
  });
  const inCity = { parentId: city.id, ...old };
  const vinhTrai = await area({ name: 'Phường Vĩnh Trại', kind: 'WARD', ...inCity });
  const hoangVanThu = await area({ name: 'Phường Hoàng Văn Thụ', kind: 'WARD', ...inCity });
  const chiLang = await area({ name: 'Phường Chi Lăng', kind: 'WARD', ...inCity });
  const maiPha = await area({ name: 'Xã Mai Pha', kind: 'COMMUNE', ...inCity });
  const luongVanTri = await area({
    name: 'Phường Lương Văn Tri',
    kind: 'WARD',
    parentId: province.id,
    validFrom: '2025-07-01',
  });
  const caoLoc = await area({
    name: 'Huyện Cao Lộc',
    kind: 'DISTRICT',
    parentId: province.id,
    validFrom: '1900-01-01',
  });
  await db.insert(areaLineage).values({
    kind: 'MERGED_INTO',
    fromAreaId: chiLang.id,
    toAreaId: luongVanTri.id,
    date: '2025-07-01',
  });

  const unit = (values: typeof units.$inferInsert) =>
    one(db.insert(units).values(values).returning());
  const cityParty = await unit({
    name: 'Thành ủy Lạng Sơn',
    bloc: 'PARTY',
    level: 'DISTRICT',
    areaId: city.id,
    ...old,
  });
  const orgBoard = await unit({
    name: 'Ban Tổ chức Thành ủy',
    bloc: 'PARTY',
    level: 'DISTRICT',
    areaId: city.id,
    parentId: cityParty.id,
    ...old,
  });
  const cityCommittee = await unit({
    name: 'Ủy ban nhân dân thành phố Lạng Sơn',
    bloc: 'GOVERNMENT',
    level: 'DISTRICT',
    areaId: city.id,
    ...old,
  });
  const homeAffairs = await unit({
    name: 'Phòng Nội vụ thành phố',
    bloc: 'GOVERNMENT',
    level: 'DISTRICT',
    areaId: city.id,
    parentId: cityCommittee.id,
    ...old,
  });
  const vinhTraiParty = await unit({
    name: 'Đảng ủy phường Vĩnh Trại',
    bloc: 'PARTY',
    level: 'COMMUNE',
    areaId: vinhTrai.id,
    ...old,
  });
  const maiPhaParty = await unit({
    name: 'Đảng ủy xã Mai Pha',
    bloc: 'PARTY',
    level: 'COMMUNE',
    areaId: maiPha.id,
    ...old,
  });
  const hoangVanThuParty = await unit({
    name: 'Đảng ủy phường Hoàng Văn Thụ',
    bloc: 'PARTY',
    level: 'COMMUNE',
    areaId: hoangVanThu.id,
    ...old,
  });
  const chiLangCommittee = await unit({
    name: 'Ủy ban nhân dân phường Chi Lăng',
    bloc: 'GOVERNMENT',
    level: 'COMMUNE',
    areaId: chiLang.id,
    ...old,
  });
  const luongVanTriCommittee = await unit({
    name: 'Ủy ban nhân dân phường Lương Văn Tri',
    bloc: 'GOVERNMENT',
    level: 'COMMUNE',
    areaId: luongVanTri.id,
    validFrom: '2025-07-01',
  });
  await db.insert(unitLineage).values({
    kind: 'MERGED_INTO',
    fromUnitId: chiLangCommittee.id,
    toUnitId: luongVanTriCommittee.id,
    date: '2025-07-01',
  });

  const post = (values: typeof positions.$inferInsert) =>
    one(db.insert(positions).values(values).returning());
  const secretary = { title: 'Bí thư Đảng ủy', rank: 3, isKey: true };
  const vinhTraiSecretary = await post({ unitId: vinhTraiParty.id, ...secretary });
  const maiPhaSecretary = await post({ unitId: maiPhaParty.id, ...secretary });
  const hoangVanThuSecretary = await post({ unitId: hoangVanThuParty.id, ...secretary });
  const boardHead = await post({ unitId: orgBoard.id, title: 'Trưởng Ban', rank: 5, isKey: true });
  const boardDeputy = await post({
    unitId: orgBoard.id,
    title: 'Phó Trưởng Ban',
    rank: 3,
    seats: 2,
  });
  const chairman = await post({
    unitId: cityCommittee.id,
    title: 'Chủ tịch',
    rank: 6,
    isKey: true,
    requiresNonLocal: true,
  });
  const homeAffairsHead = await post({ unitId: homeAffairs.id, title: 'Trưởng phòng', rank: 3 });
  const chiLangVice = await post({ unitId: chiLangCommittee.id, title: 'Phó Chủ tịch', rank: 2 });
  const chiLangChairman = await post({
    unitId: chiLangCommittee.id,
    title: 'Chủ tịch',
    rank: 3,
    isKey: true,
  });
  const luongVanTriVice = await post({
    unitId: luongVanTriCommittee.id,
    title: 'Phó Chủ tịch',
    rank: 2,
    seats: 2,
  });

  const cadre = (values: typeof cadres.$inferInsert) =>
    one(db.insert(cadres).values(values).returning());
  // The article's people: nothing beyond what it states (birth dates and home areas unknown).
  const son = await cadre({ fullName: 'Đinh Bằng Sơn' });
  const ha = await cadre({ fullName: 'Vũ Sơn Hà' });
  const huan = await cadre({ fullName: 'Phạm Đức Huân' });
  const sample = { isSample: true };
  const duc = await cadre({
    fullName: 'Nguyễn Văn Đức',
    sex: 'MALE',
    birthDate: '1975-03-10',
    birthYear: 1975,
    homeAreaId: vinhTrai.id,
    ...sample,
  });
  const lan = await cadre({
    fullName: 'Hoàng Thị Lan',
    sex: 'FEMALE',
    birthDate: '1986-08-20',
    birthYear: 1986,
    homeAreaId: caoLoc.id,
    ...sample,
  });
  const binh = await cadre({
    fullName: 'Lê Văn Bình',
    sex: 'MALE',
    birthDate: '1959-06-15',
    birthYear: 1959,
    homeAreaId: maiPha.id,
    ...sample,
  });
  const mai = await cadre({
    fullName: 'Trần Thị Mai',
    sex: 'FEMALE',
    birthYear: 1990,
    homeAreaId: hoangVanThu.id,
    ...sample,
  });
  // A local key cadre whose ward and People's Committee merged on 1/7/2025.
  const hung = await cadre({
    fullName: 'Đặng Văn Hùng',
    sex: 'MALE',
    birthDate: '1980-05-05',
    birthYear: 1980,
    homeAreaId: chiLang.id,
    ...sample,
  });

  const plan67Document = await one(
    db
      .insert(documents)
      .values({
        number: '67-KH/TU',
        kind: 'PLAN',
        issuedOn: '2017-10-02',
        issuer: 'Ban Thường vụ Thành ủy Lạng Sơn',
        title: 'Kế hoạch luân chuyển cán bộ đến năm 2020',
      })
      .returning(),
  );
  const decision = await one(
    db
      .insert(documents)
      .values({
        number: '123-QĐ/TU',
        kind: 'DECISION',
        issuedOn: '2017-12-20',
        issuer: 'Ban Thường vụ Thành ủy Lạng Sơn',
        title: 'Quyết định luân chuyển cán bộ',
      })
      .returning(),
  );
  const plan67 = await one(
    db
      .insert(rotationPlans)
      .values({
        code: '67-KH/TU',
        title: 'Kế hoạch luân chuyển cán bộ đến năm 2020',
        issuingUnitId: cityParty.id,
        issuedOn: '2017-10-02',
        periodStart: '2017-10-02',
        periodEnd: '2020-12-31',
        targetCount: 54,
        criteria: {
          longTenureYears: 8,
          youngAgeLimit: 40,
          reasons: ['LONG_TENURE', 'LOCAL_KEY_CADRE', 'YOUNG_IN_SUCCESSION_POOL'],
        },
        documentId: plan67Document.id,
      })
      .returning(),
  );
  await db.insert(rotationPlanSubjects).values([
    { planId: plan67.id, cadreId: son.id, criterion: 'LONG_TENURE' },
    { planId: plan67.id, cadreId: ha.id, criterion: 'YOUNG_IN_SUCCESSION_POOL' },
  ]);

  const rotation = (values: typeof rotations.$inferInsert) =>
    one(db.insert(rotations).values(values).returning());
  const sonRotation = await rotation({
    cadreId: son.id,
    planId: plan67.id,
    fromPositionId: vinhTraiSecretary.id,
    toPositionId: maiPhaSecretary.id,
    decisionId: decision.id,
    startDate: '2018-01-01',
    plannedEndDate: '2021-01-01',
    endDate: '2021-01-01',
    status: 'COMPLETED',
    outcome: 'RETURNED_TO_ORIGIN',
    category: 'BETWEEN_GRASSROOTS',
    direction: 'LATERAL',
    rankChange: 'LATERAL',
  });
  const haRotation = await rotation({
    cadreId: ha.id,
    planId: plan67.id,
    fromPositionId: boardDeputy.id,
    toPositionId: hoangVanThuSecretary.id,
    startDate: '2018-07-01',
    plannedEndDate: '2021-07-01',
    endDate: '2021-07-01',
    status: 'COMPLETED',
    outcome: 'KEPT_AT_DESTINATION',
    category: 'DOWN_TO_GRASSROOTS',
    direction: 'DOWN',
    rankChange: 'LATERAL',
    warnings: [
      {
        code: 'INSUFFICIENT_REMAINING_SERVICE',
        severity: 'WARNING',
        message: 'Chưa đủ căn cứ: chưa rõ ngày sinh',
        field: 'cadreId',
      },
    ],
  });
  const ducRotation = await rotation({
    cadreId: duc.id,
    fromPositionId: homeAffairsHead.id,
    toPositionId: boardDeputy.id,
    startDate: '2019-03-01',
    plannedEndDate: '2022-03-01',
    status: 'CANCELLED',
    cancelReason: 'Điều chỉnh kế hoạch',
    category: 'PARTY_GOVERNMENT',
    direction: 'LATERAL',
    rankChange: 'LATERAL',
  });
  const lanRotation = await rotation({
    cadreId: lan.id,
    fromPositionId: chiLangVice.id,
    toPositionId: homeAffairsHead.id,
    startDate: '2024-01-01',
    plannedEndDate: '2027-01-01',
    status: 'ACTIVE',
    category: 'BETWEEN_GOVERNMENT_AGENCIES',
    direction: 'UP',
    rankChange: 'PROMOTION',
  });

  await db.insert(assignments).values([
    { cadreId: hung.id, positionId: chiLangChairman.id, kind: 'ELECTED', startDate: '2016-01-01' },
    {
      cadreId: son.id,
      positionId: vinhTraiSecretary.id,
      kind: 'ELECTED',
      startDate: '2010-01-01',
      endDate: '2018-01-01',
    },
    {
      cadreId: son.id,
      positionId: maiPhaSecretary.id,
      kind: 'ROTATED',
      startDate: '2018-01-01',
      endDate: '2021-01-01',
      rotationId: sonRotation.id,
      decisionId: decision.id,
    },
    {
      cadreId: ha.id,
      positionId: boardDeputy.id,
      kind: 'APPOINTED',
      startDate: '2012-05-01',
      endDate: '2018-07-01',
    },
    {
      cadreId: ha.id,
      positionId: hoangVanThuSecretary.id,
      kind: 'ROTATED',
      startDate: '2018-07-01',
      rotationId: haRotation.id,
    },
    { cadreId: huan.id, positionId: boardHead.id, kind: 'APPOINTED', startDate: '2016-01-01' },
    {
      cadreId: duc.id,
      positionId: homeAffairsHead.id,
      kind: 'APPOINTED',
      startDate: '2005-03-01',
      endDate: '2024-01-01',
    },
    {
      cadreId: lan.id,
      positionId: chiLangVice.id,
      kind: 'ELECTED',
      startDate: '2015-01-01',
      endDate: '2024-01-01',
    },
    {
      cadreId: lan.id,
      positionId: homeAffairsHead.id,
      kind: 'ROTATED',
      startDate: '2024-01-01',
      rotationId: lanRotation.id,
    },
    { cadreId: binh.id, positionId: chairman.id, kind: 'ELECTED', startDate: '2009-01-01' },
    {
      cadreId: binh.id,
      positionId: maiPhaSecretary.id,
      kind: 'CONCURRENT',
      startDate: '2009-01-01',
      endDate: '2012-01-01',
    },
  ]);
  await db.insert(successionPoolEntries).values([
    {
      cadreId: lan.id,
      targetTitle: 'Chủ tịch Ủy ban nhân dân phường',
      termStart: 2015,
      termEnd: 2020,
    },
    { cadreId: mai.id, targetTitle: 'Bí thư Đảng ủy phường', termStart: 2015, termEnd: 2020 },
  ]);
  await db.insert(evaluations).values([
    { cadreId: son.id, year: 2018, score: 80, rating: 'GOOD', rotationId: sonRotation.id },
    { cadreId: son.id, year: 2019, score: 92, rating: 'EXCELLENT', rotationId: sonRotation.id },
    { cadreId: ha.id, year: 2019, rating: 'GOOD', rotationId: haRotation.id },
    { cadreId: duc.id, year: 2019, score: 75.5, rating: 'GOOD' },
  ]);

  const rows = {
    areas: { province, city, vinhTrai, hoangVanThu, chiLang, maiPha, luongVanTri, caoLoc },
    units: {
      cityParty,
      orgBoard,
      cityCommittee,
      homeAffairs,
      vinhTraiParty,
      maiPhaParty,
      hoangVanThuParty,
      chiLangCommittee,
      luongVanTriCommittee,
    },
    positions: {
      vinhTraiSecretary,
      maiPhaSecretary,
      hoangVanThuSecretary,
      boardHead,
      boardDeputy,
      chairman,
      homeAffairsHead,
      chiLangVice,
      chiLangChairman,
      luongVanTriVice,
    },
    cadres: { son, ha, huan, duc, lan, binh, mai, hung },
    rotations: { sonRotation, haRotation, ducRotation, lanRotation },
    plans: { plan67 },
    documents: { plan67Document, decision },
  };
  return { ...rows, gid: globalIdsOf(rows) };
}

type Rows = Record<string, Record<string, { id: string }>>;

const TYPE_OF: Record<string, string> = {
  areas: 'Area',
  units: 'Unit',
  positions: 'Position',
  cadres: 'Cadre',
  rotations: 'Rotation',
  plans: 'RotationPlan',
  documents: 'Document',
};

/** The global ids of the seeded rows, under the same names: `gid.cadres.son`. */
function globalIdsOf<R extends Rows>(rows: R): { [K in keyof R]: Record<keyof R[K], string> } {
  return Object.fromEntries(
    Object.entries(rows).map(([group, members]) => [
      group,
      Object.fromEntries(
        Object.entries(members).map(([name, row]) => [
          name,
          encodeGlobalId(TYPE_OF[group] ?? group, row.id),
        ]),
      ),
    ]),
  ) as { [K in keyof R]: Record<keyof R[K], string> };
}

export type LangSon = Awaited<ReturnType<typeof seedLangSon>>;
