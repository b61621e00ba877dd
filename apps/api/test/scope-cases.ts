import { expect } from 'vitest';
import { rootPolicy, type Access } from '../src/graphql/authorization';
import { graphql, type Credentials, type GraphQLBody } from './harness';
import {
  freshRecords,
  type Person,
  type ScopeRegistry,
  type Side,
  type SideRecords,
} from './scope-support';
import { type Writer } from './write-support';

// What the scope matrix's cases are written in (authorization-scopes.test.ts runs them): the
// callers and what their roles allow, a case's run, caller and side, and the kinds of entry.

export type Caller = 'ORGANIZER' | 'VIEWER' | 'key' | 'ADMIN' | 'top';
export const CALLERS: readonly Caller[] = ['ORGANIZER', 'VIEWER', 'key', 'ADMIN', 'top'];
export const SIDES: readonly Side[] = ['in', 'out'];

/** An ADMIN ignores its body and the top has none: these three act within the ward. */
export const actsWithin = (caller: Caller) =>
  caller === 'ORGANIZER' || caller === 'VIEWER' || caller === 'key';
/** The same role at the top, whose answer a field the scope does not narrow must repeat. */
export const TWIN: Record<Caller, Person> = {
  ORGANIZER: 'top',
  VIEWER: 'topViewer',
  key: 'topKey',
  ADMIN: 'admin',
  top: 'top',
};
export const ROLE: Record<Caller, string> = {
  ORGANIZER: 'ORGANIZER',
  VIEWER: 'VIEWER',
  key: 'VIEWER',
  ADMIN: 'ADMIN',
  top: 'ORGANIZER',
};
export const ALLOWED: Record<Access, readonly Caller[]> = {
  PUBLIC: CALLERS,
  READ: CALLERS,
  WRITE: ['ORGANIZER', 'ADMIN', 'top'],
  ADMIN: ['ADMIN'],
};
/** The key was granted personal data; a VIEWER user never reads it. */
export const SEES_PERSONAL: readonly Caller[] = ['ORGANIZER', 'key', 'ADMIN', 'top'];

export const accessOf = (field: string): Access =>
  rootPolicy.Query[field] ?? rootPolicy.Mutation[field] ?? 'READ';
export const allowed = (field: string, caller: Caller) => ALLOWED[accessOf(field)].includes(caller);

export type Run = {
  writer: Writer;
  registry: ScopeRegistry;
  callers: Record<Person, Credentials>;
  fresh: ReturnType<typeof freshRecords>;
};
export type Case = { run: Run; caller: Caller; side: Side; records: SideRecords };
export type Operation = { query: string; variables?: Record<string, unknown> };
/** The side's records a list was asked for, and those of them it holds. */
export type Listing = { sought: string[]; found: string[] };
// Response data is walked freely; the shape is what each case asserts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = any;

/** Lists and statistics: the side's record is there exactly when the caller reaches it. */
export type Narrowed = { kind: 'narrowed'; probe: (c: Case) => Promise<Listing> };
export type Unnarrowed = {
  kind: 'unnarrowed';
  why: string;
  operation: (c: Case) => Operation;
  /** What differs from the twin's answer for a caller within the ward, on the commune's side:
   * personal fields hidden (PERSONAL_DATA_HIDDEN), lists of actions emptied. */
  outside?: { hidden?: string[]; emptied?: string[] };
  holds: (data: Data, c: Case) => void;
};
/** A WRITE mutation: `fresh` asks for records of its own when the write may succeed. */
export type Write = {
  kind: 'write';
  /** What only the top may change, on either side. */
  topOnly?: boolean;
  operation: (c: Case, fresh: boolean, field: string) => Promise<Operation>;
};
export type AdminWrite = { kind: 'adminWrite'; why: string; operation: Write['operation'] };
export type Entry = Narrowed | Unnarrowed | Write | AdminWrite;

export const ask = (run: Run, who: Person, { query, variables = {} }: Operation) =>
  graphql(run.writer.server, query, variables, run.callers[who]).then(({ body }) => body);
export const dataOf = (body: GraphQLBody): Data => {
  expect(body.errors).toBeUndefined();
  return body.data ?? {};
};
/** Whether the caller reaches the side's records: always, unless acting within the ward. */
export const reaches = (c: Case) => !actsWithin(c.caller) || c.side === 'in';
