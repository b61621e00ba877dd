import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import { countStatements } from './read-harness';
import { mutate, startWriter, type Writer } from './write-support';

// AuditEvent.changes: the fields an event changed, bookkeeping left out, and the records an id
// field names, read as a person would read them ("quê quán: Phường A → Phường B"), without the
// statements growing with the page.

const CHANGES = `query($filter: AuditEventFilter, $first: Int!) {
  auditEvents(filter: $filter, first: $first) {
    nodes { action changes { field before after
      beforeRecord { id ... on Area { name } } afterRecord { id ... on Area { name } } } } } }`;
const AREA = `mutation($name: String!) { areaCreate(input: { name: $name, kind: WARD, validFrom: "2015-01-01" }) { area { id } userErrors { code } } }`;
const CREATE = `mutation($input: CadreCreateInput!) { cadreCreate(input: $input) { cadre { id } userErrors { code } } }`;
const UPDATE = `mutation($id: ID!, $input: CadreUpdateInput!) { cadreUpdate(id: $id, expectedVersion: 1, input: $input) { cadre { version } userErrors { code } } }`;

type Change = {
  field: string;
  before: unknown;
  after: unknown;
  beforeRecord: { id: string; name?: string } | null;
  afterRecord: { id: string; name?: string } | null;
};

describe.each(engines)('the changes of an audit event on $name', (engine) => {
  let writer: Writer;
  let cadreId = '';
  const areaIds: string[] = [];

  const changesOf = async (first: number): Promise<{ action: string; changes: Change[] }[]> => {
    const page = await mutate(writer, CHANGES, { filter: { recordId: cadreId }, first });
    return page.nodes;
  };

  beforeAll(async () => {
    writer = await startWriter(engine);
    for (const name of ['Phường Chi Lăng', 'Phường Tam Thanh']) {
      areaIds.push((await mutate(writer, AREA, { name })).area.id);
    }
    const created = await mutate(writer, CREATE, {
      input: { fullName: 'Nguyễn Văn Đức', homeAreaId: areaIds[0] },
    });
    cadreId = created.cadre.id;
    const updated = await mutate(writer, UPDATE, {
      id: cadreId,
      input: { homeAreaId: areaIds[1], notes: 'Đã luân chuyển' },
    });
    expect(updated.userErrors).toEqual([]);
  });
  afterAll(() => writer?.server.stop());

  it('lists only the fields an update changed, the id field with the records it names', async () => {
    const [update] = await changesOf(1);
    expect(update?.action).toBe('cadre.update');
    expect(update?.changes.map((change) => change.field).sort()).toEqual(['homeAreaId', 'notes']);
    const home = update?.changes.find((change) => change.field === 'homeAreaId');
    expect(home?.beforeRecord).toEqual({ id: areaIds[0], name: 'Phường Chi Lăng' });
    expect(home?.afterRecord).toEqual({ id: areaIds[1], name: 'Phường Tam Thanh' });
    const notes = update?.changes.find((change) => change.field === 'notes');
    expect(notes).toEqual({
      field: 'notes',
      before: null,
      after: 'Đã luân chuyển',
      beforeRecord: null,
      afterRecord: null,
    });
  });

  it('lists every field a creation set, leaving out ids, versions and sort keys', async () => {
    const [, create] = await changesOf(2);
    expect(create?.action).toBe('cadre.create');
    const fields = create?.changes.map((change) => change.field) ?? [];
    expect(fields).toEqual(expect.arrayContaining(['fullName', 'homeAreaId']));
    for (const hidden of ['id', 'version', 'createdAt', 'nameSortKey', 'notes']) {
      expect(fields).not.toContain(hidden);
    }
    expect(create?.changes.every((change) => change.before === null)).toBe(true);
  });

  it('costs the same statements for one event and for two with their records', async () => {
    const statements = countStatements(writer.server.handle);
    const cost = async (first: number) => {
      statements.reset();
      await changesOf(first);
      return statements.count;
    };
    expect(await cost(2)).toBe(await cost(1));
  });
});
