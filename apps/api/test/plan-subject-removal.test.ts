import { decodeGlobalId, encodeGlobalId } from '@luanchuyen/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import {
  cadreAt,
  mutate,
  smallRegistry,
  startWriter,
  writeCounts,
  type Writer,
} from './write-support';

// rotationPlanRemoveSubject takes a cadre off a plan's list with a reason kept in the audit
// log; a blank reason, an unknown plan, a cadre not listed, and a cadre with a rotation under
// the plan that is not cancelled (which the plan's progress counts) are refused, and a refusal
// writes nothing.

const REMOVE = `mutation($input: RotationPlanRemoveSubjectInput!) { rotationPlanRemoveSubject(input: $input) {
  rotationPlan { subjects(first: 10) { totalCount nodes { fullName } } progress { subjects } }
  userErrors { code field message } } }`;
const ADD = `mutation($input: RotationPlanAddSubjectsInput!) { rotationPlanAddSubjects(input: $input) {
  rotationPlan { id } userErrors { code field } } }`;
const EVENTS = `query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 10) {
  nodes { action actorUser { username } before after } } }`;
const UNKNOWN_PLAN = encodeGlobalId('RotationPlan', '00000000-0000-4000-8000-000000000000');
// Every cadre below has held their post since 2010: a long tenure on this day.
const AS_OF = '2018-06-01';

describe.each(engines)('taking a subject off a plan on $name', (engine) => {
  let writer: Writer;
  let registry: Awaited<ReturnType<typeof smallRegistry>>;
  let planId = '';
  const cadres: Record<string, string> = {};

  const remove = (input: Record<string, unknown>, language = 'vi') =>
    mutate(writer, REMOVE, { input: { planId, ...input } }, language);

  beforeAll(async () => {
    writer = await startWriter(engine);
    registry = await smallRegistry(writer);
    const { rotationPlan } = await mutate(
      writer,
      'mutation($input: RotationPlanCreateInput!) { rotationPlanCreate(input: $input) { rotationPlan { id } userErrors { code } } }',
      {
        input: {
          code: '67-KH/TU',
          title: 'Kế hoạch luân chuyển cán bộ đến năm 2020',
          issuedOn: '2017-10-02',
          periodStart: '2017-10-02',
          periodEnd: '2020-12-31',
        },
      },
    );
    planId = rotationPlan.id;
    cadres.dung = await cadreAt(writer, 'Nông Văn Dũng', registry.posts.deputy);
    cadres.lan = await cadreAt(writer, 'Hoàng Thị Lan', registry.posts.agencyHead);
    cadres.outsider = await cadreAt(writer, 'Lý Văn Tài', registry.posts.deputy);
    const added = await mutate(writer, ADD, {
      input: { planId, cadreIds: [cadres.dung, cadres.lan], criterion: 'LONG_TENURE', asOf: AS_OF },
    });
    expect(added.userErrors).toEqual([]);
  });
  afterAll(() => writer?.server.stop());

  it.each([
    ['a blank reason', { reason: '   ' }, 'INVALID_INPUT', ['input', 'reason']],
    [
      'an unknown plan',
      { planId: UNKNOWN_PLAN, reason: 'Nghỉ hưu' },
      'NOT_FOUND',
      ['input', 'planId'],
    ],
    ['a cadre the plan does not list', { reason: 'Nghỉ hưu' }, 'NOT_FOUND', ['input', 'cadreId']],
  ])('refuses %s and writes nothing', async (_, input, code, field) => {
    const before = await writeCounts(writer.server);
    const cadreId = field.includes('cadreId') ? cadres.outsider : cadres.dung;
    const payload = await remove({ cadreId, ...input });
    expect(payload.rotationPlan).toBeNull();
    expect(payload.userErrors).toMatchObject([{ code, field }]);
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('says in both languages which cadre the plan does not list', async () => {
    const vi = await remove({ cadreId: cadres.outsider, reason: 'Nghỉ hưu' });
    expect(vi.userErrors[0].message).toBe('Cán bộ không có trong danh sách đối tượng của kế hoạch');
    const en = await remove({ cadreId: cadres.outsider, reason: 'Retired' }, 'en');
    expect(en.userErrors[0].message).toBe('The plan does not list this cadre as a subject');
  });

  it('keeps a subject whose rotation under the plan is not cancelled, until it is', async () => {
    const created = await mutate(
      writer,
      'mutation($input: RotationInput!) { rotationCreate(input: $input) { rotation { id version } userErrors { code } } }',
      {
        input: {
          cadreId: cadres.lan,
          planId,
          toPositionId: registry.posts.secretary,
          startDate: AS_OF,
          plannedEndDate: '2021-06-01',
        },
      },
    );
    expect(created.userErrors).toEqual([]);
    const before = await writeCounts(writer.server);
    const refused = await remove({ cadreId: cadres.lan, reason: 'Chuyển công tác' }, 'en');
    expect(refused).toEqual({
      rotationPlan: null,
      userErrors: [
        {
          code: 'SUBJECT_HAS_ROTATION',
          field: ['input', 'cadreId'],
          message: expect.stringContaining('has a rotation under this plan that is not cancelled'),
        },
      ],
    });
    expect(await writeCounts(writer.server)).toEqual(before);

    const cancelled = await mutate(
      writer,
      'mutation($id: ID!, $v: Int!) { rotationCancel(id: $id, expectedVersion: $v, input: { reason: "Không thực hiện" }) { userErrors { code } } }',
      { id: created.rotation.id, v: created.rotation.version },
    );
    expect(cancelled.userErrors).toEqual([]);
    const removed = await remove({ cadreId: cadres.lan, reason: 'Chuyển công tác' });
    expect(removed.userErrors).toEqual([]);
    expect(removed.rotationPlan.subjects.nodes).toEqual([{ fullName: 'Nông Văn Dũng' }]);
  });

  it('removes the listing, counts one subject fewer and records the reason in the audit log', async () => {
    const before = await writeCounts(writer.server);
    const payload = await remove({ cadreId: cadres.dung, reason: '  Nghỉ hưu trước thời hạn ' });
    expect(payload).toEqual({
      rotationPlan: { subjects: { totalCount: 0, nodes: [] }, progress: { subjects: 0 } },
      userErrors: [],
    });
    const after = await writeCounts(writer.server);
    expect(after.rotationPlanSubjects).toBe((before.rotationPlanSubjects ?? 0) - 1);
    expect(after.auditEvents).toBe((before.auditEvents ?? 0) + 1);

    const events = await mutate(writer, EVENTS, { filter: { recordId: planId } });
    const mine = events.nodes.filter(
      (event: { action: string }) => event.action === 'rotationPlan.removeSubject',
    );
    expect(mine.at(0)).toMatchObject({
      actorUser: { username: 'admin' },
      before: {
        subject: { cadreId: decodeGlobalId(cadres.dung ?? '')?.id, criterion: 'LONG_TENURE' },
      },
      after: { reason: 'Nghỉ hưu trước thời hạn' },
    });
    expect(mine).toHaveLength(2);

    const again = await remove({ cadreId: cadres.dung, reason: 'Nghỉ hưu' });
    expect(again.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['input', 'cadreId'] }]);
  });
});
