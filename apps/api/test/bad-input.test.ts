import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '@luanchuyen/domain';
import { engines, graphql } from './harness';
import { hostileDocuments } from './hostile-documents';
import {
  type Answer,
  expectAlive,
  expectNoFault,
  expectRefused,
  isRefused,
  dig,
  tableCounts,
} from './corpus-support';
import { caseOf, slotsOf, type Case, type Root, type Slot } from './schema-cases';
import { cadreAt, smallRegistry, startWriter, type Writer } from './write-support';

// QUALITY.md's bad-input corpus, signed in as ADMIN so that authorization is not what stops a
// case. Every case gets a clear client error (never a 500 or a masked fault), the server keeps
// answering, and no table gains a row. Argument cases come from the SDL (schema-cases.ts).

const NOWHERE = '00000000-0000-4000-8000-000000000000';
/** Must be refused wherever they go. */
const REFUSED_TEXT: Record<string, string> = {
  NUL: 'a\u0000b',
  '100k characters': 'x'.repeat(100_000),
};
/** Refused, or stored and read back verbatim: text is data, never SQL or a LIKE pattern. */
const LITERAL_TEXT: Record<string, string> = {
  'SQL injection': "'; DROP TABLE cadres; --",
  '%': '%',
  _: '_',
  backslash: '\\',
  'Vietnamese (NFC)': 'Nguyễn Văn Đức',
  'Vietnamese (NFD)': 'Nguyễn Văn Đức'.normalize('NFD'),
};
const BAD_DATES = ['2019-02-30', '2019-13-01', 'abc', '', '2019-02-30T00:00:00Z'];
const BAD_CURSORS = ['không-phải-con-trỏ', 'W10', Buffer.from('[1e999,"x"]').toString('base64url')];
const BAD_IDS: Record<string, string> = {
  'an empty id': '',
  'a bare word': 'x',
  'a malformed row id': encodeGlobalId('Cadre', 'x'),
  'an unknown type': encodeGlobalId('Nothing', NOWHERE),
};
/** API.md: node(id:) answers null for an id that names nothing, whatever the id looks like. */
const NULL_FOR_UNKNOWN = new Set(['node', 'nodes']);

const bySlotField = (slots: Slot[]) => [...new Set(slots.map((slot) => slot.field))];
const textSlots = (root: Root) => slotsOf(root, (type) => type === 'String' || type === 'ID');
const roots: Root[] = ['Query', 'Mutation'];
const textFields = roots.flatMap((root) =>
  bySlotField(textSlots(root)).map((field) => [`${root}.${field}`, root, field] as const),
);

describe.each(engines)('the bad-input corpus on $name', (engine) => {
  let writer: Writer;
  let ids: Record<string, string>;
  const post = (init: RequestInit, path = '/graphql') =>
    fetch(`${writer.server.baseUrl}${path}`, init).then(async (response): Promise<Answer> => {
      const text = await response.text();
      return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : {} };
    });
  const run = (c: Case) => graphql(writer.server, c.query, c.variables, { cookie: writer.cookie });
  const idFor = (name: string, field: string): string => {
    const kind = name === 'id' ? field : name;
    const found = Object.entries(ids).find(([prefix]) => kind.toLowerCase().startsWith(prefix));
    return found?.[1] ?? encodeGlobalId('Cadre', NOWHERE);
  };
  /** Runs cases that must all be refused, then checks the server answers and wrote nothing. */
  const refuseAll = async (cases: [string, () => Promise<Answer>][]) => {
    const before = await tableCounts(writer.server);
    for (const [label, send] of cases) expectRefused(await send(), label);
    await expectAlive(writer.server);
    expect(await tableCounts(writer.server)).toEqual(before);
  };

  beforeAll(async () => {
    writer = await startWriter(engine);
    const registry = await smallRegistry(writer);
    const cadre = await cadreAt(writer, 'Hoàng Văn Thụ', registry.posts.deputy);
    // Keyed by the start of an argument's name (or, for `id`, of the root field's name), so
    // the minimal calls name real records and reach the services' checks.
    ids = {
      cadre,
      unit: registry.units.board,
      successor: registry.units.agency,
      fromunit: registry.units.board,
      tounit: registry.units.wardParty,
      area: registry.areas.city,
      homearea: registry.areas.ward,
      parent: registry.areas.city,
      position: registry.posts.deputy,
      topos: registry.posts.secretary,
      frompos: registry.posts.deputy,
      node: cadre,
    };
  });
  afterAll(() => writer?.server.stop());

  it('refuses malformed JSON, other content types and GET mutations', async () => {
    const mutation =
      'mutation { cadreCreate(input: {fullName: "Qua HTTP"}) { userErrors { code } } }';
    const cookie = writer.cookie;
    const json = { 'content-type': 'application/json', cookie };
    const form = new FormData();
    form.set('query', mutation);
    const get = (headers: Record<string, string>) => () =>
      post(
        { headers: { cookie, accept: 'application/json', ...headers } },
        `/graphql?query=${encodeURIComponent(mutation)}`,
      );
    await refuseAll([
      [
        'malformed JSON',
        () => post({ method: 'POST', headers: json, body: '{"query": "{ viewer {' }),
      ],
      ['a JSON string', () => post({ method: 'POST', headers: json, body: '"mutation"' })],
      [
        'text/plain',
        () =>
          post({
            method: 'POST',
            headers: { 'content-type': 'text/plain', cookie },
            body: JSON.stringify({ query: mutation }),
          }),
      ],
      [
        'a form',
        () =>
          post({
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
            body: new URLSearchParams({ query: mutation }).toString(),
          }),
      ],
      ['multipart', () => post({ method: 'POST', headers: { cookie }, body: form })],
      ['GET mutation', get({})],
      ['GET mutation past CSRF', get({ 'apollo-require-preflight': 'true' })],
    ]);
  });

  it('refuses hostile documents, also of mutations', async () => {
    const aliases = Array.from(
      { length: 10_000 },
      (_, i) => `a${i}: cadreCreate(input: {fullName: "B${i}"}) { userErrors { code } }`,
    );
    const documents = [
      ...hostileDocuments,
      ['10k aliases of a mutation', `mutation { ${aliases.join(' ')} }`],
    ];
    await refuseAll(
      documents.map(([label = '', query = '']) => [
        label,
        () => run({ query, variables: {}, readBack: null }),
      ]),
    );
  });

  const pagedFields = roots.flatMap((root) =>
    slotsOf(root, (type) => type === 'Int').filter((slot) => slot.path.join('.') === 'first'),
  );
  it.each(pagedFields.map((slot) => [slot.field, slot] as const))(
    'refuses bad page sizes and cursors of %s',
    async (_, slot) => {
      const cases: [string, () => Promise<Answer>][] = [1e9, -1, 101, 1e10, 1.5].map((first) => [
        `first: ${first}`,
        () => run(caseOf(slot, first, idFor)),
      ]);
      const missing = caseOf(slot, 5, idFor);
      delete missing.variables['first'];
      cases.push(['no first', () => run(missing)]);
      for (const after of BAD_CURSORS)
        cases.push([
          `after: ${after}`,
          () => run(caseOf({ ...slot, path: ['after'], type: 'String' }, after, idFor)),
        ]);
      await refuseAll(cases);
    },
  );

  const dateSlots = roots.flatMap((root) =>
    slotsOf(root, (type) => type === 'Date' || type === 'DateTime'),
  );
  const enumSlots = roots.flatMap((root) => slotsOf(root, (type) => type === 'enum'));
  it.each(roots)(
    'refuses invalid dates and unknown enum values in every %s argument',
    async (root) => {
      const cases: [string, () => Promise<Answer>][] = [];
      for (const slot of dateSlots.filter((candidate) => candidate.root === root)) {
        for (const date of BAD_DATES)
          cases.push([
            `${slot.field} ${slot.path.join('.')} = ${date}`,
            () => run(caseOf(slot, date, idFor)),
          ]);
      }
      for (const slot of enumSlots.filter((candidate) => candidate.root === root)) {
        cases.push([
          `${slot.field} ${slot.path.join('.')}`,
          () => run(caseOf(slot, 'NOT_A_VALUE', idFor)),
        ]);
      }
      await refuseAll(cases);
    },
  );

  /** Text that cannot be stored (or an id naming nothing) must be refused and write nothing. */
  const refuseText = async (root: Root, field: string, slot: Slot) => {
    const label = `${field} ${slot.path.join('.')}`;
    const values = { ...REFUSED_TEXT, ...(slot.type === 'ID' ? BAD_IDS : {}) };
    const cases = Object.entries(values).map(([name, value]): [string, () => Promise<Answer>] => [
      `${label} ← ${name}`,
      () => run(caseOf(slot, value, idFor)),
    ]);
    if (root === 'Mutation' || !NULL_FOR_UNKNOWN.has(field)) return refuseAll(cases);
    for (const [name, send] of cases) expectNoFault(await send(), name);
  };

  /** Text that may be valid is refused without writing, or stored verbatim in NFC. */
  const storeVerbatim = async (root: Root, field: string, slot: Slot) => {
    for (const [name, value] of Object.entries(LITERAL_TEXT)) {
      const label = `${field} ${slot.path.join('.')} ← ${name}`;
      const hostile = caseOf(slot, value, idFor);
      const before = await tableCounts(writer.server);
      const answer = await run(hostile);
      expectNoFault(answer, label);
      if (root === 'Query' || isRefused(answer)) {
        expect(await tableCounts(writer.server), label).toEqual(before);
      } else if (hostile.readBack) {
        expect(dig(answer.body.data, hostile.readBack), label).toBe(value.normalize('NFC'));
      }
    }
  };

  it.each(textFields)(
    'handles hostile text in every string argument of %s',
    async (_, root, field) => {
      for (const slot of textSlots(root).filter((candidate) => candidate.field === field)) {
        await refuseText(root, field, slot);
        await storeVerbatim(root, field, slot);
      }
      await expectAlive(writer.server);
    },
  );
});
