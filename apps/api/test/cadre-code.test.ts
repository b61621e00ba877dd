import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@luanchuyen/db';
import { encodeGlobalId } from '@luanchuyen/domain';
import type { Principal } from '../src/auth/principal';
import { createCadres } from '../src/services/cadre.service';
import { engines, graphql } from './harness';
import { mutate, startWriter, writeCounts, type Writer } from './write-support';

// Cadre.code, the Board's own cadre number: written and cleared through the API, unique when
// set (DUPLICATE_CODE on the field), absent for as many people as need it; and the audit
// actor of a program run on the server (the import CLI).

const CREATE = `mutation($input: CadreCreateInput!) { cadreCreate(input: $input) {
  cadre { id code fullName version } userErrors { code field message } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: CadreUpdateInput!) { cadreUpdate(id: $id, expectedVersion: $v, input: $input) {
  cadre { id code version } userErrors { code field message } } }`;
const READ = `query($id: ID!) { node(id: $id) { ... on Cadre { code fullName } } }`;
const SEARCH = `query($search: String!) { cadres(first: 10, filter: { search: $search }) { nodes { fullName code } } }`;
const AUDIT = `query($recordId: ID!) { auditEvents(first: 10, filter: { recordId: $recordId }) {
  nodes { action actorProgram actorUser { username } actorApiKey { name } } } }`;

describe.each(engines)('Cadre.code on $name', (engine) => {
  let writer: Writer;
  let first = { id: '', version: 0 };
  beforeAll(async () => {
    writer = await startWriter(engine);
  });
  afterAll(() => writer?.server.stop());

  it('stores a code in NFC, trimmed, and reads it back', async () => {
    const created = await mutate(writer, CREATE, {
      input: { fullName: 'Hoàng Thị Lan', code: `  ${'CB-Đ01'.normalize('NFD')} ` },
    });
    expect(created.userErrors).toEqual([]);
    expect(created.cadre.code).toBe('CB-Đ01');
    first = { id: created.cadre.id, version: created.cadre.version };
    const { body } = await graphql(writer.server, READ, { id: first.id }, writer);
    expect(body.data?.['node']).toEqual({ code: 'CB-Đ01', fullName: 'Hoàng Thị Lan' });
  });

  it('lets any number of cadres have no code', async () => {
    for (const fullName of ['Lê Văn Một', 'Lê Văn Hai', 'Lê Văn Ba']) {
      const created = await mutate(writer, CREATE, { input: { fullName, code: null } });
      expect(created.userErrors).toEqual([]);
      expect(created.cadre.code).toBeNull();
    }
  });

  it('refuses another cadre’s code as DUPLICATE_CODE on the field, writing nothing', async () => {
    const before = await writeCounts(writer.server);
    const taken = await mutate(writer, CREATE, {
      input: { fullName: 'Trần Văn Bốn', code: 'CB-Đ01' },
    });
    expect(taken).toEqual({
      cadre: null,
      userErrors: [
        {
          code: 'DUPLICATE_CODE',
          field: ['input', 'code'],
          message: 'Mã cán bộ này đã được dùng cho một cán bộ khác',
        },
      ],
    });
    const other = await mutate(writer, CREATE, { input: { fullName: 'Trần Văn Năm' } });
    const before2 = await writeCounts(writer.server);
    const update = await mutate(
      writer,
      UPDATE,
      { id: other.cadre.id, v: other.cadre.version, input: { code: 'CB-Đ01' } },
      'en',
    );
    expect(update.userErrors).toEqual([
      {
        code: 'DUPLICATE_CODE',
        field: ['input', 'code'],
        message: 'Another cadre already has this code',
      },
    ]);
    expect(await writeCounts(writer.server)).toEqual(before2);
    expect(before2['cadres']).toBe((before['cadres'] ?? 0) + 1);
  });

  it('refuses a blank or over-long code as bad input', async () => {
    const blank = await mutate(writer, CREATE, { input: { fullName: 'Đỗ Văn Sáu', code: '   ' } });
    expect(
      blank.userErrors.map((error: { code: string; field: string[] }) => [error.code, error.field]),
    ).toEqual([['INVALID_INPUT', ['input', 'code']]]);
    const long = await mutate(writer, CREATE, {
      input: { fullName: 'Đỗ Văn Sáu', code: 'X'.repeat(41) },
    });
    expect(long.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'code'] });
    const forty = await mutate(writer, CREATE, {
      input: { fullName: 'Đỗ Văn Sáu', code: 'X'.repeat(40) },
    });
    expect(forty.userErrors).toEqual([]);
  });

  it('changes and clears a code, and leaves it when the update does not name it', async () => {
    const changed = await mutate(writer, UPDATE, {
      id: first.id,
      v: first.version,
      input: { code: 'CB-0001' },
    });
    expect(changed.cadre).toMatchObject({ code: 'CB-0001', version: first.version + 1 });
    const untouched = await mutate(writer, UPDATE, {
      id: first.id,
      v: changed.cadre.version,
      input: { fullName: 'Hoàng Thị Lan Anh' },
    });
    expect(untouched.cadre.code).toBe('CB-0001');
    const cleared = await mutate(writer, UPDATE, {
      id: first.id,
      v: untouched.cadre.version,
      input: { code: null },
    });
    expect(cleared.cadre.code).toBeNull();
    const again = await mutate(writer, UPDATE, {
      id: first.id,
      v: cleared.cadre.version,
      input: { code: 'CB-0001' },
    });
    expect(again.userErrors).toEqual([]);
  });

  it('finds a cadre by its exact code in the list search, and not by a part of it', async () => {
    const exact = await graphql(writer.server, SEARCH, { search: ' CB-0001 ' }, writer);
    expect(exact.body.data?.['cadres'].nodes).toEqual([
      { fullName: 'Hoàng Thị Lan Anh', code: 'CB-0001' },
    ]);
    const part = await graphql(writer.server, SEARCH, { search: 'CB-000' }, writer);
    expect(part.body.data?.['cadres'].nodes).toEqual([]);
    const byName = await graphql(writer.server, SEARCH, { search: 'le van' }, writer);
    expect(byName.body.data?.['cadres'].nodes).toHaveLength(3);
  });

  it('records a program principal as actorProgram with its operating-system user', async () => {
    const program: Principal = { kind: 'program', name: 'import', osUser: 'root', role: 'ADMIN' };
    const outcome = await createCadres(
      writer.server.handle.db,
      [
        {
          code: 'CB-P1',
          fullName: 'Phạm Văn Bảy',
          sex: null,
          birthDate: null,
          birthYear: null,
          homeAreaId: null,
          notes: null,
        },
      ],
      program,
    );
    if (!outcome.ok) throw new Error('create failed');
    const [row] = outcome.value;
    const [stored] = await writer.server.handle.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.recordId, row?.id ?? ''));
    expect(stored).toMatchObject({
      actorProgram: 'import (root)',
      actorUserId: null,
      actorApiKeyId: null,
    });
    const created = await mutate(writer, CREATE, { input: { fullName: 'Phạm Văn Tám' } });
    const recordIds = [
      { id: encodeGlobalId('Cadre', row?.id ?? ''), program: 'import (root)', user: null },
      { id: created.cadre.id as string, program: null, user: { username: 'admin' } },
    ];
    for (const expected of recordIds) {
      const { body } = await graphql(writer.server, AUDIT, { recordId: expected.id }, writer);
      expect(body.errors).toBeUndefined();
      expect(body.data?.['auditEvents'].nodes).toEqual([
        {
          action: 'cadre.create',
          actorProgram: expected.program,
          actorUser: expected.user,
          actorApiKey: null,
        },
      ]);
    }
  });
});
