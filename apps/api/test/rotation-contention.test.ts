import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, rotations } from '@luanchuyen/db';
import { decodeGlobalId } from '@luanchuyen/domain';
import { engines, graphql } from './harness';
import { cadreAt, mutate, smallRegistry, startWriter, type Writer } from './write-support';

// Twenty writers into one post at once (issue 11, item 3), then twenty into twenty posts:
// proposals and approvals queue on one lock instead of failing serialization, so each answers
// a rotation or a user error, never a 500 or CONFLICT, and the seats hold. The figures are
// printed for README's Reliability section.

const RACERS = 20;
const SEATS = 2;
const CREATE = `mutation($input: RotationInput!) { rotationCreate(input: $input) {
  rotation { id version } userErrors { code message } } }`;
const APPROVE = `mutation($id: ID!, $v: Int!, $input: RotationApproveInput) {
  rotationApprove(id: $id, expectedVersion: $v, input: $input) {
  rotation { id status } userErrors { code message } } }`;

type Raced = {
  status: number;
  /** Codes of top-level GraphQL errors (INTERNAL_SERVER_ERROR before the fix). */
  errors: string[];
  payload: { userErrors: { code: string }[] } | null;
  ms: number;
};

/** The row id inside a global id. */
const rowId = (globalId: string) => decodeGlobalId(globalId)?.id ?? '';

async function race(writer: Writer, requests: { query: string; variables: object }[]) {
  return Promise.all(
    requests.map(async ({ query, variables }): Promise<Raced> => {
      const started = performance.now();
      const { status, body } = await graphql(
        writer.server,
        query,
        variables as Record<string, unknown>,
        { cookie: writer.cookie },
      );
      const data = body.data ?? {};
      return {
        status,
        errors: (body.errors ?? []).map((error) => error.extensions?.code ?? error.message),
        payload: data[Object.keys(data)[0] ?? ''] ?? null,
        ms: performance.now() - started,
      };
    }),
  );
}

function figures(what: string, raced: Raced[], won: number) {
  const slowest = Math.max(...raced.map((each) => each.ms));
  const faults = raced.filter((each) => each.errors.length > 0).length;
  console.info(
    `${what}: ${won} of ${raced.length} succeeded, ${faults} answered a top-level error, slowest answered in ${Math.round(slowest)} ms`,
  );
}

describe.each(engines)('writers racing into one post on $name', (engine) => {
  let writer: Writer;
  let target: string;
  let cadres: string[];
  let post: (unitId: string, title: string, seats: number) => Promise<string>;
  let wardParty: string;
  beforeAll(async () => {
    writer = await startWriter(engine);
    const registry = await smallRegistry(writer);
    wardParty = registry.units.wardParty;
    post = (unitId: string, title: string, seats: number) =>
      mutate(
        writer,
        'mutation($input: PositionCreateInput!) { positionCreate(input: $input) { position { id } } }',
        { input: { unitId, title, rank: 50, seats, isKey: true } },
      ).then((payload) => payload.position.id as string);
    const origin = await post(registry.units.board, 'Chuyên viên Ban Tổ chức', RACERS);
    target = await post(registry.units.wardParty, 'Phó Bí thư Đảng ủy phường', SEATS);
    cadres = [];
    for (let i = 0; i < RACERS; i++)
      cadres.push(await cadreAt(writer, `Cán bộ Số ${i + 1}`, origin));
  }, 120_000);
  afterAll(() => writer?.server.stop());

  let proposed: string[] = [];
  it('answers every one of twenty concurrent proposals into one post with a rotation', async () => {
    const raced = await race(
      writer,
      cadres.map((cadreId) => ({
        query: CREATE,
        variables: {
          input: {
            cadreId,
            toPositionId: target,
            startDate: '2018-06-01',
            plannedEndDate: '2021-06-01',
          },
        },
      })),
    );
    proposed = raced.flatMap((each) => {
      const written = (each.payload as { rotation?: { id: string } | null } | null)?.rotation;
      return written ? [written.id] : [];
    });
    figures(`${engine.name} rotationCreate`, raced, proposed.length);
    expect(raced.map((each) => each.status)).toEqual(raced.map(() => 200));
    expect(raced.flatMap((each) => each.errors)).toEqual([]);
    // Proposals take no seat: every one is written.
    expect(raced.flatMap((each) => each.payload?.userErrors ?? [])).toEqual([]);
    expect(proposed).toHaveLength(RACERS);
  }, 120_000);

  it('lets exactly the seats of twenty concurrent approvals into one post succeed', async () => {
    const raced = await race(
      writer,
      proposed.map((id, i) => ({
        query: APPROVE,
        variables: {
          id,
          v: 1,
          input: {
            decision: {
              number: `${500 + i}-QĐ/TU`,
              issuedOn: '2018-05-15',
              issuer: 'Ban Thường vụ Thành ủy',
              title: 'Quyết định luân chuyển cán bộ',
            },
          },
        },
      })),
    );
    const won = raced.filter((each) => each.payload?.userErrors.length === 0);
    const refused = raced.flatMap(
      (each) => each.payload?.userErrors.map((error) => error.code) ?? [],
    );
    figures(`${engine.name} rotationApprove`, raced, won.length);
    expect(raced.map((each) => each.status)).toEqual(raced.map(() => 200));
    expect(raced.flatMap((each) => each.errors)).toEqual([]);
    expect(won).toHaveLength(SEATS);
    expect(new Set(refused)).toEqual(new Set(['NO_FREE_SEAT']));
    // The database holds what was answered: two approved, each with its audit event.
    const ids = proposed.map((id) => rowId(id));
    const approved = await writer.server.handle.db
      .select({ id: rotations.id })
      .from(rotations)
      .where(and(eq(rotations.toPositionId, rowId(target)), eq(rotations.status, 'APPROVED')));
    expect(approved).toHaveLength(SEATS);
    const events = await writer.server.handle.db
      .select({ recordId: auditEvents.recordId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'rotation.approve'), inArray(auditEvents.recordId, ids)));
    expect(events.map((event) => event.recordId).sort()).toEqual(
      approved.map((row) => row.id).sort(),
    );
  }, 120_000);

  it('answers every one of twenty concurrent proposals into twenty other posts, none CONFLICT', async () => {
    // Different cadres into different posts share no seat, yet their serializable checks read
    // index pages the others write: unqueued, PostgreSQL aborted some of them under load.
    const posts: string[] = [];
    for (let i = 0; i < RACERS; i++)
      posts.push(await post(wardParty, `Ủy viên Ban Thường vụ số ${i + 1}`, 1));
    const raced = await race(
      writer,
      cadres.map((cadreId, i) => ({
        query: CREATE,
        variables: {
          input: {
            cadreId,
            toPositionId: posts[i],
            startDate: '2022-06-01',
            plannedEndDate: '2025-06-01',
          },
        },
      })),
    );
    const written = raced.filter(
      (each) => (each.payload as { rotation?: { id: string } | null } | null)?.rotation,
    );
    figures(`${engine.name} rotationCreate into ${RACERS} posts`, raced, written.length);
    expect(raced.map((each) => each.status)).toEqual(raced.map(() => 200));
    expect(raced.flatMap((each) => each.errors)).toEqual([]);
    expect(raced.flatMap((each) => each.payload?.userErrors ?? [])).toEqual([]);
    expect(written).toHaveLength(RACERS);
  }, 120_000);
});
