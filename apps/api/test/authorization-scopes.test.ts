import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../src/clock';
import { rootPolicy } from '../src/graphql/authorization';
import { buildExecutableSchema } from '../src/graphql/executable-schema';
import { engines, rowCounts, type GraphQLBody } from './harness';
import {
  accessOf,
  actsWithin,
  allowed,
  ask,
  CALLERS,
  dataOf,
  reaches,
  SIDES,
  TWIN,
  type AdminWrite,
  type Caller,
  type Case,
  type Data,
  type Entry,
  type Narrowed,
  type Run,
  type Unnarrowed,
  type Write,
} from './scope-cases';
import { NARROWED, NARROWED_BELOW, UNNARROWED } from './scope-read-cases';
import { buildScopeRegistry, freshRecords, scopeCallers, TODAY, type Side } from './scope-support';
import { ADMIN_WRITES, WRITES } from './scope-write-cases';
import { startWriter, writeCounts } from './write-support';

// The authorization matrix's scope dimension (authorization.test.ts has the roles): every root
// field × caller × a record in the scope of the ward the callers work for ("in") and one of a
// commune outside it ("out"). Lists and statistics narrow to the scope; a write outside it is
// OUT_OF_SCOPE and writes nothing; what the scope does not narrow says why, and answers as it
// does to a caller of the same role at the top. The first test fails when the schema gains a
// root field that has no case here, so a new field cannot escape the scope.

const ROOT_CASES: Record<string, Entry> = {
  ...NARROWED,
  ...UNNARROWED,
  ...WRITES,
  ...ADMIN_WRITES,
};

const codesOf = (body: GraphQLBody, field: string): string[] =>
  dataOf(body)[field].userErrors.map((error: { code: string }) => error.code);
const counts = async (run: Run) => ({
  ...(await writeCounts(run.writer.server)),
  ...(await rowCounts(run.writer.server)),
});

function expectForbidden(body: GraphQLBody, field: string) {
  expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(body.data?.[field] ?? null).toBeNull();
}

/** An answer as compared: its data, the paths of hidden personal fields, other error codes. */
type Answer = { data: Data; hidden: string[]; errors: string[] };
function answerOf(body: GraphQLBody): Answer {
  const errors = (body.errors ?? []) as {
    path?: (string | number)[];
    extensions?: { code?: string };
  }[];
  const isHidden = (error: (typeof errors)[number]) =>
    error.extensions?.code === 'PERSONAL_DATA_HIDDEN';
  return {
    data: body.data ?? null,
    hidden: errors
      .filter(isHidden)
      .map((error) => (error.path ?? []).join('.'))
      .sort(),
    errors: errors
      .filter((error) => !isHidden(error))
      .map((error) => error.extensions?.code ?? '?'),
  };
}

/** The twin's answer as a caller within the ward gets it for a record outside. */
function outsideOf(
  answer: Answer,
  { hidden = [], emptied = [] }: NonNullable<Unnarrowed['outside']>,
) {
  const data = structuredClone(answer.data);
  const put = (path: string, value: unknown) => {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    const parent = keys.reduce((at, key) => at?.[key], data);
    if (parent) parent[last] = value;
  };
  hidden.forEach((path) => put(path, null));
  emptied.forEach((path) => put(path, []));
  return { ...answer, data, hidden: [...new Set([...answer.hidden, ...hidden])].sort() };
}

const CHECKS = {
  narrowed: async (entry: Narrowed, _field: string, c: Case) => {
    const { sought, found } = await entry.probe(c);
    expect(found).toEqual(reaches(c) ? sought : []);
  },
  unnarrowed: async (entry: Unnarrowed, field: string, c: Case) => {
    const operation = entry.operation(c);
    const mine = await ask(c.run, c.caller, operation);
    if (!allowed(field, c.caller)) return expectForbidden(mine, field);
    const twin = answerOf(await ask(c.run, TWIN[c.caller], operation));
    const outside = actsWithin(c.caller) && c.side === 'out' && entry.outside;
    expect(answerOf(mine)).toEqual(outside ? outsideOf(twin, outside) : twin);
    expect(answerOf(mine).errors).toEqual([]);
    entry.holds(mine.data, c);
  },
  write: async (entry: Write, field: string, c: Case) => {
    const forbidden = !allowed(field, c.caller);
    const refused = !forbidden && actsWithin(c.caller) && (entry.topOnly || c.side === 'out');
    const operation = await entry.operation(c, !forbidden && !refused, field);
    const before = await counts(c.run);
    const answer = await ask(c.run, c.caller, operation);
    if (forbidden) expectForbidden(answer, field);
    else if (refused) expect([...new Set(codesOf(answer, field))]).toEqual(['OUT_OF_SCOPE']);
    else {
      // Not refused for the scope, and the inputs are chosen to succeed.
      expect(codesOf(answer, field)).not.toContain('OUT_OF_SCOPE');
      return expect(codesOf(answer, field)).toEqual([]);
    }
    expect(await counts(c.run)).toEqual(before);
  },
  adminWrite: async (entry: AdminWrite, field: string, c: Case) => {
    if (!allowed(field, c.caller)) {
      const operation = await entry.operation(c, false, field);
      const before = await counts(c.run);
      expectForbidden(await ask(c.run, c.caller, operation), field);
      return expect(await counts(c.run)).toEqual(before);
    }
    const mine = codesOf(await ask(c.run, c.caller, await entry.operation(c, true, field)), field);
    const twin = codesOf(
      await ask(c.run, TWIN[c.caller], await entry.operation(c, true, field)),
      field,
    );
    expect(mine).toEqual(twin);
    expect(mine).toEqual([]);
  },
};

function outcomeOf(field: string, entry: Entry, side: Side, caller: Caller): string {
  if (entry.kind === 'narrowed')
    return side === 'in' || !actsWithin(caller) ? 'listed' : 'not listed';
  if (!allowed(field, caller)) return 'FORBIDDEN';
  if (entry.kind !== 'write') return 'as at the top';
  return actsWithin(caller) && (entry.topOnly || side === 'out') ? 'OUT_OF_SCOPE' : 'written';
}

const table = Object.entries({ ...ROOT_CASES, ...NARROWED_BELOW }).flatMap(([field, entry]) =>
  SIDES.flatMap((side) =>
    CALLERS.map((caller) => ({
      field,
      side,
      caller,
      entry,
      outcome: outcomeOf(field, entry, side, caller),
    })),
  ),
);

describe('the scope matrix', () => {
  it('has a case for every root field, and a write case for every WRITE mutation', () => {
    const schema = buildExecutableSchema();
    const rootFields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ];
    expect(Object.keys(ROOT_CASES).sort()).toEqual(rootFields.sort());
    const writes = Object.keys(rootPolicy.Mutation).filter((field) => accessOf(field) === 'WRITE');
    expect(Object.keys(WRITES).sort()).toEqual(writes.sort());
  });
});

describe.each(engines)('the authorization matrix by management scope on $name', (engine) => {
  let run: Run;
  beforeAll(async () => {
    const writer = await startWriter(engine, { clock: fixedClock(`${TODAY}T03:00:00Z`) });
    const registry = await buildScopeRegistry(writer);
    const callers = await scopeCallers(writer, registry.sides.in.body);
    run = { writer, registry, callers, fresh: freshRecords(writer, registry) };
  });
  afterAll(() => run?.writer.server.stop());

  it.each(table)(
    '$field, $side of scope, by $caller: $outcome',
    async ({ field, side, caller, entry }) => {
      const c: Case = { run, caller, side, records: run.registry.sides[side] };
      await (CHECKS[entry.kind] as (entry: Entry, field: string, c: Case) => Promise<void>)(
        entry,
        field,
        c,
      );
    },
  );
});
