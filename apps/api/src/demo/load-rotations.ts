import type { Database, RotationRow } from '@luanchuyen/db';
import type { IsoDate } from '@luanchuyen/domain';
import { createRotation } from '../services/rotation.service';
import { completeRotation } from '../services/rotation-completion.service';
import { approveRotation, startRotation } from '../services/rotation-lifecycle.service';
import { valueOf } from '../services/transaction';
import { idOf, type Registry } from './load-registry';
import {
  completionDecisionFor,
  decisionFor,
  plannedEndOf,
  PLAN_67_FROM,
  ROTATIONS,
  type RotationRecord,
} from './lang-son/rotations';

// The 24 rotations in the order they happened: each is proposed through rotationCreate (the
// rules check it and classify it), approved and started on its start date, and completed on
// its end date, so every check sees the registry as it stood that day. The demo is history
// as of `today` (the load date): a rotation ends only if its end date is on or before it, so
// none is left ACTIVE past its planned end and none is completed ahead of time.

type Event = { date: string; order: number; run: () => Promise<void> };

export async function loadRotations(
  db: Database,
  registry: Registry,
  people: Map<string, string>,
  rotated: Map<string, string>,
  planId: string,
  today: IsoDate,
): Promise<Map<string, RotationRow>> {
  const rows = new Map<string, RotationRow>();
  const begin = async (rotation: RotationRecord, index: number) => {
    const cadreId = idOf(people, idOf(rotated, rotation.code));
    const decision = decisionFor(rotation, index);
    const created = valueOf(
      await createRotation(
        db,
        {
          cadreId,
          toPositionId: idOf(registry.posts, rotation.to),
          fromPositionId: idOf(registry.posts, rotation.from),
          startDate: rotation.start,
          plannedEndDate: plannedEndOf(rotation),
          planId: rotation.start >= PLAN_67_FROM ? planId : null,
          decision,
          overrideDecision: null,
          reason: rotation.reason ?? null,
        },
        null,
      ),
      `rotation ${rotation.code}`,
    ).rotation;
    const approved = valueOf(
      await approveRotation(
        db,
        { id: created.id, expectedVersion: created.version, decision: null },
        null,
      ),
      `approve ${rotation.code}`,
    );
    const started = valueOf(
      await startRotation(db, { id: approved.id, expectedVersion: approved.version }, null),
      `start ${rotation.code}`,
    );
    rows.set(rotation.code, started);
  };
  const finish = async (rotation: RotationRecord, index: number) => {
    const { end } = rotation;
    const current = rows.get(rotation.code);
    if (!end || !current) return;
    const completed = valueOf(
      await completeRotation(
        db,
        {
          id: current.id,
          expectedVersion: current.version,
          endDate: end.date,
          outcome: end.outcome,
          nextPositionId: end.next ? idOf(registry.posts, end.next) : null,
          decision: completionDecisionFor(rotation, index),
        },
        null,
      ),
      `complete ${rotation.code}`,
    );
    rows.set(rotation.code, completed);
  };
  // On one day, completions come first: a seat freed that day may be taken that day.
  const events: Event[] = ROTATIONS.flatMap((rotation, index) => [
    { date: rotation.start, order: 1, run: () => begin(rotation, index) },
    ...(rotation.end && rotation.end.date <= today
      ? [{ date: rotation.end.date, order: 0, run: () => finish(rotation, index) }]
      : []),
  ]);
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  for (const event of events) await event.run();
  return rows;
}
