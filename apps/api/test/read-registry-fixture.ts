import { areaLineage, areas, positions, unitLineage, units, type Database } from '@luanchuyen/db';

// The places and posts of the read API's test registry: Lạng Sơn city before the 1/7/2025
// reorganisation, when Chi Lăng ward and its People's Committee merged into Lương Văn Tri.

export async function one<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function seedLangSonRegistry(db: Database) {
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
  return {
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
  };
}
