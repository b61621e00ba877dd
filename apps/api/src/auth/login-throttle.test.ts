import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAttempts, type DbHandle } from '@luanchuyen/db';
import { testEngines } from '@luanchuyen/db/testing';
import { createLoginThrottle, type LoginThrottle } from './login-throttle';

const limits = { maxFailuresPerUser: 3, maxFailuresPerAddress: 5, blockSeconds: 60 };

async function fail(throttle: LoginThrottle, times: number, user: string, address: string) {
  for (let i = 0; i < times; i++) {
    expect(await throttle.admit(user, address)).toBe(0);
    await throttle.failed(user, address);
  }
}

describe.each(testEngines())('the sign-in throttle on $name', (engine) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await engine.open();
  });
  afterAll(() => handle?.close());
  // Each case its own addresses, so the counters of one do not reach another.
  const throttleOf = (overrides: Partial<typeof limits> = {}) =>
    createLoginThrottle(handle.db, { ...limits, ...overrides });

  it('blocks a pair at its limit for the block time, not before', async () => {
    const throttle = throttleOf();
    await fail(throttle, 2, 'admin', 'a1');
    await fail(throttle, 1, 'admin', 'a1');
    expect(await throttle.admit('admin', 'a1')).toBe(60);
  });

  it('counts a username only together with its address', async () => {
    const throttle = throttleOf();
    await fail(throttle, 3, 'admin', 'a2');
    expect(await throttle.admit('admin', 'b2')).toBe(0);
    expect(await throttle.admit('Admin', 'a2')).toBe(60);
    await fail(throttle, 3, 'Quản-Trị', 'c2');
    expect(await throttle.admit('quản-trị'.normalize('NFD'), 'c2')).toBe(60);
  });

  it('clears a pair on success but keeps counting its address', async () => {
    const throttle = throttleOf();
    await fail(throttle, 2, 'admin', 'a3');
    expect(await throttle.admit('admin', 'a3')).toBe(0);
    await throttle.succeeded('admin', 'a3');
    await fail(throttle, 2, 'admin', 'a3');
    // Four failures from a3 so far, the success gave its place back: one more blocks it.
    await fail(throttle, 1, 'other', 'a3');
    expect(await throttle.admit('anyone', 'a3')).toBe(60);
  });

  it('admits at most the limit of attempts that arrive at once', async () => {
    const throttle = throttleOf({ maxFailuresPerUser: 10, maxFailuresPerAddress: 100 });
    const waits = await Promise.all(
      Array.from({ length: 20 }, () => throttle.admit('admin', 'a4')),
    );
    expect(waits.filter((wait) => wait === 0)).toHaveLength(10);
    // Still being checked: the refused are told to wait at most one block.
    expect(waits.filter((wait) => wait === 60)).toHaveLength(10);
  });

  it('lets the pair try again once the block has passed, and sweeps expired counters', async () => {
    const throttle = throttleOf({ blockSeconds: 1 });
    await fail(throttle, 3, 'admin', 'a5');
    expect(await throttle.admit('admin', 'a5')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await throttle.admit('admin', 'a5')).toBe(0);
    await throttle.failed('admin', 'a5');
    // The pair's counter started again; a fresh throttle sweeps the counters whose time is up.
    await handle.db.update(loginAttempts).set({ windowEndsAt: new Date(Date.now() - 1000) });
    await throttleOf().admit('admin', 'a6');
    const left = await handle.db.select({ key: loginAttempts.key }).from(loginAttempts);
    expect(left.map((row) => row.key)).toEqual(['address:a6', 'user:["admin","a6"]']);
  });
});
