import { nameSortKey } from '@luanchuyen/domain';
import {
  assignments,
  cadres,
  documents,
  evaluations,
  rotationPlanSubjects,
  rotationPlans,
  rotations,
  successionPoolEntries,
  type Database,
} from '@luanchuyen/db';
import { globalIdsOf } from './global-ids-of';
import { one, seedLangSonRegistry } from './read-registry-fixture';

// The read API's test registry (read-registry-fixture.ts) with its people: the three the
// article names with only the facts it states, five sample people whose dates make each
// eligibility rule fire, Plan 67-KH/TU and four rotations, one per named category.

export async function seedLangSon(db: Database) {
  const registry = await seedLangSonRegistry(db);
  const { vinhTrai, hoangVanThu, chiLang, maiPha, caoLoc } = registry.areas;
  const { cityParty } = registry.units;
  const {
    vinhTraiSecretary,
    maiPhaSecretary,
    hoangVanThuSecretary,
    boardHead,
    boardDeputy,
    chairman,
    homeAffairsHead,
    chiLangVice,
    chiLangChairman,
  } = registry.positions;
  const cadre = (values: Omit<typeof cadres.$inferInsert, 'nameSortKey'>) =>
    one(
      db
        .insert(cadres)
        .values({ ...values, nameSortKey: nameSortKey(values.fullName) })
        .returning(),
    );
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

  type Kind = typeof assignments.$inferInsert.kind;
  const held = (
    cadre: { id: string },
    position: { id: string },
    kind: Kind,
    [startDate, endDate]: [string, string?],
    extra: Partial<typeof assignments.$inferInsert> = {},
  ) => ({ cadreId: cadre.id, positionId: position.id, kind, startDate, endDate, ...extra });
  await db.insert(assignments).values([
    held(hung, chiLangChairman, 'ELECTED', ['2016-01-01']),
    held(son, vinhTraiSecretary, 'ELECTED', ['2010-01-01', '2018-01-01']),
    held(son, maiPhaSecretary, 'ROTATED', ['2018-01-01', '2021-01-01'], {
      rotationId: sonRotation.id,
      decisionId: decision.id,
    }),
    held(ha, boardDeputy, 'APPOINTED', ['2012-05-01', '2018-07-01']),
    held(ha, hoangVanThuSecretary, 'ROTATED', ['2018-07-01'], { rotationId: haRotation.id }),
    held(huan, boardHead, 'APPOINTED', ['2016-01-01']),
    held(duc, homeAffairsHead, 'APPOINTED', ['2005-03-01', '2024-01-01']),
    held(lan, chiLangVice, 'ELECTED', ['2015-01-01', '2024-01-01']),
    held(lan, homeAffairsHead, 'ROTATED', ['2024-01-01'], { rotationId: lanRotation.id }),
    held(binh, chairman, 'ELECTED', ['2009-01-01']),
    held(binh, maiPhaSecretary, 'CONCURRENT', ['2009-01-01', '2012-01-01']),
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
    ...registry,
    cadres: { son, ha, huan, duc, lan, binh, mai, hung },
    rotations: { sonRotation, haRotation, ducRotation, lanRotation },
    plans: { plan67 },
    documents: { plan67Document, decision },
  };
  return { ...rows, gid: globalIdsOf(rows) };
}

export type LangSon = Awaited<ReturnType<typeof seedLangSon>>;
