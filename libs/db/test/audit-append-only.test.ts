import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, SQLSTATE, users, type AuditEventRow, type DbHandle } from '../src';
import { testEngines } from '../src/testing';
import { rejection } from './support';

// The trigger audit_events_append_only rejects changes from any role, the application's too.
describe.each(testEngines())('the append-only audit trail on $name', ({ open }) => {
  let handle: DbHandle;
  let event: AuditEventRow;
  beforeAll(async () => {
    handle = await open();
    const [admin] = await handle.db
      .insert(users)
      .values({ username: 'admin', passwordHash: 'x', role: 'ADMIN' })
      .returning();
    const [inserted] = await handle.db
      .insert(auditEvents)
      .values({
        actorUserId: admin?.id,
        action: 'user.create',
        recordType: 'User',
        recordId: admin?.id,
        after: { username: 'admin', role: 'ADMIN' },
      })
      .returning();
    if (!inserted) throw new Error('no audit event inserted');
    event = inserted;
  });
  afterAll(() => handle?.close());

  const appendOnly = (operation: string) => ({
    code: SQLSTATE.integrityConstraintViolation,
    message: `audit_events is append-only: ${operation} is not allowed`,
  });

  it('accepts new events, numbering them and stamping the time', async () => {
    expect(event.id).toBeGreaterThan(0);
    expect(event.occurredAt).toBeInstanceOf(Date);
    expect(event.after).toEqual({ username: 'admin', role: 'ADMIN' });
  });

  it('rejects UPDATE', async () => {
    const update = handle.db
      .update(auditEvents)
      .set({ action: 'user.delete' })
      .where(eq(auditEvents.id, event.id));
    expect(await rejection(update)).toMatchObject(appendOnly('UPDATE'));
    const [unchanged] = await handle.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.id, event.id));
    expect(unchanged?.action).toBe('user.create');
  });

  it('rejects DELETE, even of no row', async () => {
    const deleteOne = handle.db.delete(auditEvents).where(eq(auditEvents.id, event.id));
    expect(await rejection(deleteOne)).toMatchObject(appendOnly('DELETE'));
    const deleteNone = handle.db.delete(auditEvents).where(eq(auditEvents.id, -1));
    expect(await rejection(deleteNone)).toMatchObject(appendOnly('DELETE'));
  });

  it('rejects TRUNCATE', async () => {
    const truncate = handle.db.execute(sql`TRUNCATE audit_events`);
    expect(await rejection(truncate)).toMatchObject(appendOnly('TRUNCATE'));
    const rows = await handle.db.select().from(auditEvents);
    expect(rows).toHaveLength(1);
  });
});
