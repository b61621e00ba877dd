import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  areas,
  assignments,
  cadres,
  documents,
  evaluations,
  positions,
  rotationPlans,
  sessions,
  successionPoolEntries,
  SQLSTATE,
  units,
  users,
  type DbHandle,
} from '../src';
import { testEngines } from '../src/testing';
import {
  insertCadre,
  insertRegistry,
  insertRotation,
  rotationValues,
  type Registry,
} from './fixtures';
import { rejection } from './support';

// Integrity the database keeps on its own, whatever code writes to it.
describe.each(testEngines())('constraints on $name', ({ open }) => {
  let handle: DbHandle;
  let registry: Registry;
  let cadreId: string;
  beforeAll(async () => {
    handle = await open();
    registry = await insertRegistry(handle.db);
    cadreId = (await insertCadre(handle.db)).id;
  });
  afterAll(() => handle?.close());

  const check = (constraint: string) => ({ code: SQLSTATE.checkViolation, constraint });

  describe('date ranges', () => {
    it('rejects a unit valid to a day not after its start', async () => {
      const unit = handle.db.insert(units).values({
        name: 'Đảng ủy phường Tam Thanh',
        bloc: 'PARTY',
        level: 'COMMUNE',
        areaId: registry.city.id,
        validFrom: '2025-07-01',
        validTo: '2025-07-01',
      });
      expect(await rejection(unit)).toMatchObject(check('units_valid_range'));
    });

    it('rejects an area valid to a day before its start', async () => {
      const area = handle.db.insert(areas).values({
        name: 'Phường Đông Kinh',
        kind: 'WARD',
        validFrom: '2025-07-01',
        validTo: '2020-01-01',
      });
      expect(await rejection(area)).toMatchObject(check('areas_valid_range'));
    });

    it('rejects an assignment that ends before it starts, and accepts a one-day one', async () => {
      const values = {
        cadreId,
        positionId: registry.secretary.id,
        kind: 'APPOINTED' as const,
        startDate: '2015-10-01',
      };
      const backwards = handle.db.insert(assignments).values({ ...values, endDate: '2015-09-30' });
      expect(await rejection(backwards)).toMatchObject(check('assignments_end_not_before_start'));
      await expect(
        handle.db
          .insert(assignments)
          .values({ ...values, endDate: '2015-10-01' })
          .returning(),
      ).resolves.toHaveLength(1);
    });

    it('rejects a rotation planned to end on its start date', async () => {
      const rotation = rotationValues(registry, cadreId, { plannedEndDate: '2018-07-01' });
      expect(await rejection(insertRotation(handle.db, rotation))).toMatchObject(
        check('rotations_planned_end_after_start'),
      );
    });

    it('rejects a rotation that actually ended before it started', async () => {
      const rotation = rotationValues(registry, cadreId, {
        status: 'COMPLETED',
        outcome: 'ENDED_EARLY',
        endDate: '2018-06-30',
      });
      expect(await rejection(insertRotation(handle.db, rotation))).toMatchObject(
        check('rotations_end_after_start'),
      );
    });

    it('rejects a plan whose period ends before it starts', async () => {
      const plan = handle.db.insert(rotationPlans).values({
        code: '67-KH/TU',
        title: 'Kế hoạch luân chuyển cán bộ',
        issuedOn: '2017-10-02',
        periodStart: '2020-12-31',
        periodEnd: '2017-10-02',
        targetCount: 54,
        criteria: { longTenureYears: 8, youngAgeLimit: 40, reasons: ['LONG_TENURE'] },
      });
      expect(await rejection(plan)).toMatchObject(check('rotation_plans_period_order'));
    });

    it('rejects a succession-pool term that ends before it starts', async () => {
      const entry = handle.db
        .insert(successionPoolEntries)
        .values({ cadreId, targetTitle: 'Bí thư Thành ủy', termStart: 2025, termEnd: 2020 });
      expect(await rejection(entry)).toMatchObject(check('succession_pool_entries_term_order'));
    });
  });

  describe('values', () => {
    it.each([
      [101, 2001],
      [-1, 2002],
    ])('rejects the evaluation score %s', async (score, year) => {
      const evaluation = handle.db
        .insert(evaluations)
        .values({ cadreId, year, score, rating: 'GOOD' });
      expect(await rejection(evaluation)).toMatchObject(check('evaluations_score_range'));
    });

    it.each([
      [0, 2010],
      [100, 2011],
      [null, 2012],
    ])('accepts the evaluation score %s', async (score, year) => {
      await expect(
        handle.db
          .insert(evaluations)
          .values({ cadreId, year, score, rating: 'COMPLETED' })
          .returning(),
      ).resolves.toHaveLength(1);
    });

    it('rejects a post with no seats', async () => {
      const post = handle.db
        .insert(positions)
        .values({ unitId: registry.board.id, title: 'Ủy viên', rank: 1, seats: 0 });
      expect(await rejection(post)).toMatchObject(check('positions_seats_positive'));
    });

    it('rejects a birth year that contradicts the birth date', async () => {
      const cadre = insertCadre(handle.db, { birthDate: '1975-03-01', birthYear: 1976 });
      expect(await rejection(cadre)).toMatchObject(check('cadres_birth_year_matches_date'));
    });

    it('rejects a name not in Unicode NFC', async () => {
      const cadre = insertCadre(handle.db, { fullName: 'Vũ Sơn Hà'.normalize('NFD') });
      expect(await rejection(cadre)).toMatchObject(check('cadres_full_name_nfc'));
    });

    it('rejects a completed rotation without an outcome', async () => {
      const rotation = rotationValues(registry, cadreId, {
        status: 'COMPLETED',
        endDate: '2021-07-01',
      });
      expect(await rejection(insertRotation(handle.db, rotation))).toMatchObject(
        check('rotations_completed_has_end_and_outcome'),
      );
    });
  });

  describe('uniqueness and references', () => {
    it('rejects a second document with the same number', async () => {
      const decision = {
        number: '123-QĐ/TU',
        kind: 'DECISION' as const,
        issuedOn: '2018-06-15',
        issuer: 'Ban Thường vụ Thành ủy',
        title: 'Quyết định luân chuyển cán bộ',
      };
      await handle.db.insert(documents).values(decision);
      const duplicate = handle.db.insert(documents).values({ ...decision, issuedOn: '2019-01-01' });
      expect(await rejection(duplicate)).toMatchObject({
        code: SQLSTATE.uniqueViolation,
        constraint: 'documents_number_key',
      });
    });

    it('rejects a second evaluation of one cadre for the same year', async () => {
      const values = { cadreId, year: 2018, rating: 'GOOD' as const };
      await handle.db.insert(evaluations).values(values);
      expect(await rejection(handle.db.insert(evaluations).values(values))).toMatchObject({
        code: SQLSTATE.uniqueViolation,
        constraint: 'evaluations_cadre_year_key',
      });
    });

    it('rejects an assignment to a post that does not exist', async () => {
      const assignment = handle.db.insert(assignments).values({
        cadreId,
        positionId: randomUUID(),
        kind: 'APPOINTED',
        startDate: '2015-01-01',
      });
      expect(await rejection(assignment)).toMatchObject({
        code: SQLSTATE.foreignKeyViolation,
        constraint: 'assignments_position_id_positions_id_fk',
      });
    });

    it('rejects deleting a cadre who has history', async () => {
      const cadre = await insertCadre(handle.db, { fullName: 'Phạm Đức Huân' });
      await insertRotation(handle.db, rotationValues(registry, cadre.id));
      const deletion = handle.db.delete(cadres).where(eq(cadres.id, cadre.id));
      expect(await rejection(deletion)).toMatchObject({ code: SQLSTATE.foreignKeyViolation });
    });

    it("deletes a user's sessions with the user", async () => {
      const [user] = await handle.db
        .insert(users)
        .values({ username: 'organizer', passwordHash: 'x', role: 'ORGANIZER' })
        .returning();
      if (!user) throw new Error('no user inserted');
      await handle.db.insert(sessions).values({
        id: 'a'.repeat(64),
        userId: user.id,
        expiresAt: new Date(Date.now() + 3_600_000),
      });
      await handle.db.delete(users).where(eq(users.id, user.id));
      expect(await handle.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual(
        [],
      );
    });
  });
});
