import { and, eq, inArray } from 'drizzle-orm';
import { assignments, positions, type Database } from '@luanchuyen/db';
import { changeCadreBody } from '../services/cadre-body.service';
import { valueOf } from '../services/transaction';
import { REORGANISATION } from './lang-son/areas';
import { idOf, type Registry } from './load-registry';

// Who manages whom in the demo (Regulation 377-QĐ/TW of 2025): every cadre is managed by the
// City Party Committee (diện Ban Thường vụ Thành ủy quản lý) from the registry's start, as
// createCadres records; on 1/7/2025 those whose posts in the old ward Hoàng Văn Thụ ended with
// the merger pass to the new Kỳ Lừa ward's Party Committee, which the old ward merged into. So
// the two bodies each have cadres, and the city's and the ward's organizers see different lists.

export const CITY_BODY = 'tu';
export const KY_LUA_BODY = 'new-ky-lua/du';
const OLD_WARD = 'hoang-van-thu';

export async function loadManagement(db: Database, registry: Registry): Promise<number> {
  const oldWardUnits = ['du', 'hdnd', 'ubnd'].map((kind) =>
    idOf(registry.units, `${OLD_WARD}/${kind}`),
  );
  const ended = await db
    .selectDistinct({ cadreId: assignments.cadreId })
    .from(assignments)
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .where(and(inArray(positions.unitId, oldWardUnits), eq(assignments.endDate, REORGANISATION)));
  const bodyId = idOf(registry.units, KY_LUA_BODY);
  for (const { cadreId } of ended) {
    valueOf(
      await changeCadreBody(db, { cadreId, bodyId, validFrom: REORGANISATION }, null),
      `body of ${cadreId}`,
    );
  }
  return ended.length;
}
