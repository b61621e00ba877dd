import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import { mutate, startWriter, writeCounts, type Writer } from './write-support';

// Text that cannot be stored, or that would make a record read as something else, is bad input
// beside its field and writes nothing (before, two of these were 500s from the database).

const CREATE = `mutation($input: CadreCreateInput!) { cadreCreate(input: $input) {
  cadre { id fullName notes successionPool { targetTitle } } userErrors { code field message } } }`;

const pool = (targetTitle: string) => ({ targetTitle, termStart: 2020, termEnd: 2025 });

describe.each(engines)('text input on $name', (engine) => {
  let writer: Writer;
  beforeAll(async () => {
    writer = await startWriter(engine);
  });
  afterAll(() => writer?.server.stop());

  it.each([
    [
      'two identical succession-pool entries',
      { fullName: 'Nguyễn Văn An', successionPool: [pool('Bí thư'), pool('Bí thư')] },
      ['input', 'successionPool', '1'],
    ],
    [
      'a lone surrogate in a pool title',
      { fullName: 'Nguyễn Văn An', successionPool: [pool('Bí thư \uD800')] },
      ['input', 'successionPool', '0', 'targetTitle'],
    ],
    ['a lone surrogate in a name', { fullName: 'Nguyễn \uDC00 An' }, ['input', 'fullName']],
    [
      'a right-to-left override in a name',
      { fullName: 'Nguyễn \u202EnA nāV' },
      ['input', 'fullName'],
    ],
    [
      'a direction isolate in notes',
      { fullName: 'Nguyễn Văn An', notes: 'a\u2067b' },
      ['input', 'notes'],
    ],
    ['a line break in a name', { fullName: 'Nguyễn Văn\nAn' }, ['input', 'fullName']],
    ['a control character in a name', { fullName: 'Nguyễn\u0007 Văn An' }, ['input', 'fullName']],
    ['a C1 control character in a name', { fullName: 'Nguyễn\u0085Văn An' }, ['input', 'fullName']],
  ])('refuses %s and writes nothing', async (_case, input, field) => {
    const before = await writeCounts(writer.server);
    const created = await mutate(writer, CREATE, { input: { sex: 'MALE', ...input } });
    expect(created.cadre).toBeNull();
    expect(created.userErrors).toEqual([
      { code: 'INVALID_INPUT', field, message: expect.any(String) },
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('keeps Vietnamese names (NFC) and line breaks in notes', async () => {
    const created = await mutate(writer, CREATE, {
      input: {
        fullName: 'Nguye\u0302\u0303n Văn Đức',
        notes: 'Dòng một\nDòng hai',
        successionPool: [pool('Bí thư'), { ...pool('Bí thư'), termStart: 2025, termEnd: 2030 }],
      },
    });
    expect(created.userErrors).toEqual([]);
    expect(created.cadre).toMatchObject({
      fullName: 'Nguyễn Văn Đức',
      notes: 'Dòng một\nDòng hai',
      successionPool: [{ targetTitle: 'Bí thư' }, { targetTitle: 'Bí thư' }],
    });
  });
});
