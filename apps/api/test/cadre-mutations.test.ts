import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@luanchuyen/db';
import { decodeGlobalId, encodeGlobalId } from '@luanchuyen/domain';
import { engines, graphql } from './harness';
import { mutate, smallRegistry, startWriter, writeCounts, type Writer } from './write-support';

const CREATE = `mutation($input: CadreCreateInput!) { cadreCreate(input: $input) {
  cadre { id fullName birthDate birthYear version } userErrors { code field message } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: CadreUpdateInput!) { cadreUpdate(id: $id, expectedVersion: $v, input: $input) {
  cadre { id sex version } userErrors { code field } } }`;
const ASSIGN = `mutation($input: AssignmentCreateInput!) { assignmentCreate(input: $input) {
  assignment { id startDate endDate version } userErrors { code field } } }`;
const END = `mutation($id: ID!, $v: Int!, $input: AssignmentEndInput!) { assignmentEnd(id: $id, expectedVersion: $v, input: $input) {
  assignment { endDate version } userErrors { code field } } }`;

describe.each(engines)('cadre and assignment mutations on $name', (engine) => {
  let writer: Writer;
  let registry: Awaited<ReturnType<typeof smallRegistry>>;
  let cadreId = '';
  beforeAll(async () => {
    writer = await startWriter(engine);
    registry = await smallRegistry(writer);
  });
  afterAll(() => writer?.server.stop());

  it('stores names in NFC and leaves unknown facts unknown', async () => {
    const decomposed = 'Vũ Sơn Hà'.normalize('NFD');
    const created = await mutate(writer, CREATE, { input: { fullName: `  ${decomposed} ` } });
    expect(created.userErrors).toEqual([]);
    expect(created.cadre).toMatchObject({
      fullName: 'Vũ Sơn Hà',
      birthDate: null,
      birthYear: null,
      version: 1,
    });
    cadreId = created.cadre.id;
  });

  it('reports bad input and unknown references as user errors and writes nothing', async () => {
    const before = await writeCounts(writer.server);
    const blank = await mutate(writer, CREATE, { input: { fullName: '   ' } }, 'en');
    expect(blank.userErrors).toEqual([
      {
        code: 'INVALID_INPUT',
        field: ['input', 'fullName'],
        message: 'Must be 1 to 500 characters long',
      },
    ]);
    const nowhere = encodeGlobalId('Area', '00000000-0000-4000-8000-000000000000');
    const unknown = await mutate(writer, CREATE, {
      input: { fullName: 'Lương Thị Hằng', homeAreaId: nowhere },
    });
    expect(unknown.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'homeAreaId'], message: 'Không tìm thấy địa bàn' },
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('updates with the expected version and refuses a stale one without writing', async () => {
    const updated = await mutate(writer, UPDATE, {
      id: cadreId,
      v: 1,
      input: { sex: 'MALE', notes: 'Ghi chú' },
    });
    expect(updated.cadre).toMatchObject({ sex: 'MALE', version: 2 });
    const before = await writeCounts(writer.server);
    const stale = await mutate(writer, UPDATE, { id: cadreId, v: 1, input: { notes: 'Cũ' } });
    expect(stale).toEqual({
      cadre: null,
      userErrors: [{ code: 'STALE_VERSION', field: ['expectedVersion'] }],
    });
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('lets exactly one of 20 concurrent updates from the same version win', async () => {
    const created = await mutate(writer, CREATE, { input: { fullName: 'Nông Đức Minh' } });
    const id = created.cadre.id;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        graphql(
          writer.server,
          UPDATE,
          { id, v: 1, input: { notes: `lần ${index}` } },
          { cookie: writer.cookie },
        ),
      ),
    );
    const payloads = answers.map((answer) => answer.body.data?.['cadreUpdate']);
    expect(answers.every((answer) => answer.body.errors === undefined)).toBe(true);
    expect(payloads.filter((payload) => payload.cadre !== null)).toHaveLength(1);
    expect(
      payloads.filter((payload) => payload.userErrors[0]?.code === 'STALE_VERSION'),
    ).toHaveLength(19);
    const events = await writer.server.handle.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'cadre.update'),
          eq(auditEvents.recordId, decodeGlobalId(id)?.id ?? ''),
        ),
      );
    expect(events).toHaveLength(1);
  });

  it('records and ends an assignment', async () => {
    const created = await mutate(writer, ASSIGN, {
      input: {
        cadreId,
        positionId: registry.posts.agencyHead,
        kind: 'APPOINTED',
        startDate: '2012-03-01',
      },
    });
    expect(created.assignment).toMatchObject({
      startDate: '2012-03-01',
      endDate: null,
      version: 1,
    });
    const before = await writeCounts(writer.server);
    const backwards = await mutate(writer, END, {
      id: created.assignment.id,
      v: 1,
      input: { endDate: '2011-01-01' },
    });
    expect(backwards.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'endDate'] }]);
    const unknown = await mutate(writer, ASSIGN, {
      input: {
        cadreId: 'nope',
        positionId: registry.posts.agencyHead,
        kind: 'APPOINTED',
        startDate: '2012-03-01',
      },
    });
    expect(unknown.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'cadreId'] }]);
    expect(await writeCounts(writer.server)).toEqual(before);
    const ended = await mutate(writer, END, {
      id: created.assignment.id,
      v: 1,
      input: { endDate: '2016-03-01' },
    });
    expect(ended.assignment).toEqual({ endDate: '2016-03-01', version: 2 });
  });
});
