import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadresKind } from '../src/imports/kinds/cadres.kind';
import { engines, graphql } from './harness';
import { auditCount, importRows, outcomes, TODAY } from './import-support';
import { smallRegistry, startWriter, type Writer } from './write-support';

// The managing body in the cadres file (cadre-body-columns.ts): a new person starts with the
// body named, from the day given or the import's day; a recorded person's management passes
// to it from that day, splitting the period then in force; the same row again changes
// nothing; a body that did not exist that day, or a day without a body, is refused beside it.

const BODIES = `query($search: String!) { cadres(first: 5, filter: { search: $search }) {
  nodes { fullName bodies { body { name } validFrom validTo } } } }`;

const CITY = 'Ban Tổ chức Thành ủy';
const WARD = 'Đảng ủy phường Hoàng Văn Thụ';

const row = (values: Record<string, string | null>) => ({
  code: null,
  fullName: 'Hoàng Văn Quản',
  sex: 'MALE',
  birthDate: '1979-04-09',
  birthYear: null,
  homeArea: null,
  homeAreaParent: null,
  status: null,
  body: null,
  bodyParent: null,
  bodyFrom: null,
  notes: null,
  ...values,
});

describe.each(engines)('the managing body in the cadres file on $name', (engine) => {
  let writer: Writer;
  const bodiesOf = async (fullName: string) => {
    const { body } = await graphql(writer.server, BODIES, { search: fullName }, writer);
    expect(body.errors).toBeUndefined();
    const nodes = body.data?.['cadres'].nodes as { fullName: string; bodies: unknown[] }[];
    return nodes.find((cadre) => cadre.fullName === fullName)?.bodies;
  };

  beforeAll(async () => {
    writer = await startWriter(engine);
    await smallRegistry(writer);
  });
  afterAll(() => writer?.server.stop());

  it('starts a new person with the body named, from the day given or the import’s day', async () => {
    const db = writer.server.handle.db;
    const rows = [
      row({ body: CITY, bodyFrom: '2015-01-01' }),
      row({ fullName: 'Lăng Thị Hiền', birthDate: '1984-02-11', body: WARD }),
      row({ fullName: 'Vi Văn Không', birthDate: '1990-10-10' }),
    ];
    expect(outcomes(await importRows(db, cadresKind, rows))).toEqual([
      'created',
      'created',
      'created',
    ]);
    expect(await bodiesOf('Hoàng Văn Quản')).toEqual([
      { body: { name: CITY }, validFrom: '2015-01-01', validTo: null },
    ]);
    expect(await bodiesOf('Lăng Thị Hiền')).toEqual([
      { body: { name: WARD }, validFrom: TODAY, validTo: null },
    ]);
    // No body named: managed at the top, as the API's cadreCreate without bodyId.
    expect(await bodiesOf('Vi Văn Không')).toEqual([]);
  });

  it('passes a recorded person to another body from the day, and the same row again changes nothing', async () => {
    const db = writer.server.handle.db;
    const moved = row({ body: WARD, bodyFrom: '2025-07-01' });
    expect(outcomes(await importRows(db, cadresKind, [moved]))).toEqual(['updated']);
    const timeline = [
      { body: { name: CITY }, validFrom: '2015-01-01', validTo: '2025-07-01' },
      { body: { name: WARD }, validFrom: '2025-07-01', validTo: null },
    ];
    expect(await bodiesOf('Hoàng Văn Quản')).toEqual(timeline);
    const audits = await auditCount(db);
    expect(outcomes(await importRows(db, cadresKind, [moved]))).toEqual(['unchanged']);
    // A day inside the ward's period, and a row naming no body, say nothing new either.
    expect(
      outcomes(await importRows(db, cadresKind, [row({ body: WARD, bodyFrom: '2026-01-01' })])),
    ).toEqual(['unchanged']);
    expect(outcomes(await importRows(db, cadresKind, [row({})]))).toEqual(['unchanged']);
    expect(await auditCount(db)).toBe(audits);
    expect(await bodiesOf('Hoàng Văn Quản')).toEqual(timeline);
  });

  it('refuses a body that did not exist that day, and a day without a body, beside them', async () => {
    const db = writer.server.handle.db;
    const audits = await auditCount(db);
    const refused = await importRows(db, cadresKind, [
      row({ fullName: 'Nông Văn Mới', birthDate: '1991-01-01', body: 'Thành ủy Không Có' }),
      row({
        fullName: 'Nông Văn Sớm',
        birthDate: '1991-01-02',
        body: CITY,
        bodyFrom: '1999-12-31',
      }),
      row({ fullName: 'Nông Văn Thiếu', birthDate: '1991-01-03', bodyFrom: '2020-01-01' }),
      row({
        fullName: 'Nông Văn Đúng',
        birthDate: '1991-01-04',
        body: CITY,
        bodyParent: 'Tỉnh ủy',
      }),
    ]);
    expect(outcomes(refused)).toEqual([
      'NOT_FOUND@body',
      expect.stringMatching(/@body$/),
      'REQUIRED@body',
      'NOT_FOUND@bodyParent',
    ]);
    // A refused row rolls the whole file back.
    expect(await auditCount(db)).toBe(audits);
    expect(await bodiesOf('Nông Văn Sớm')).toBeUndefined();
  });

  it('exports each cadre’s body in force with its first day, which imports as unchanged', async () => {
    const db = writer.server.handle.db;
    const exported = await cadresKind.exportRows(db, 'vi');
    const of = (fullName: string) => exported.find((cadre) => cadre['fullName'] === fullName);
    expect(of('Hoàng Văn Quản')).toMatchObject({
      body: WARD,
      bodyParent: null,
      bodyFrom: '2025-07-01',
    });
    expect(of('Vi Văn Không')).toMatchObject({ body: null, bodyParent: null, bodyFrom: null });
    const audits = await auditCount(db);
    expect(new Set(outcomes(await importRows(db, cadresKind, exported)))).toEqual(
      new Set(['unchanged']),
    );
    expect(await auditCount(db)).toBe(audits);
  });
});
