import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from './login-throttle';

const limits = { maxFailuresPerUser: 3, maxFailuresPerAddress: 5, blockSeconds: 60 };

async function fail(
  throttle: ReturnType<typeof createLoginThrottle>,
  times: number,
  user: string,
  address: string,
) {
  for (let i = 0; i < times; i++) await throttle.failed(user, address);
}

describe('the sign-in throttle', () => {
  it('blocks a pair at its limit for the block time, not before', async () => {
    const throttle = createLoginThrottle(limits);
    await fail(throttle, 2, 'admin', 'a');
    expect(await throttle.waitSeconds('admin', 'a')).toBe(0);
    await throttle.failed('admin', 'a');
    expect(await throttle.waitSeconds('admin', 'a')).toBe(60);
  });

  it('counts a username only together with its address', async () => {
    const throttle = createLoginThrottle(limits);
    await fail(throttle, 3, 'admin', 'a');
    expect(await throttle.waitSeconds('admin', 'b')).toBe(0);
    expect(await throttle.waitSeconds('Admin', 'a')).toBe(60);
    await fail(throttle, 3, 'Quản-Trị', 'c');
    expect(await throttle.waitSeconds('quản-trị'.normalize('NFD'), 'c')).toBe(60);
  });

  it('clears a pair on success but keeps counting its address', async () => {
    const throttle = createLoginThrottle(limits);
    await fail(throttle, 2, 'admin', 'a');
    await throttle.succeeded('admin', 'a');
    await fail(throttle, 2, 'admin', 'a');
    expect(await throttle.waitSeconds('admin', 'a')).toBe(0);
    await throttle.failed('other', 'a');
    expect(await throttle.waitSeconds('anyone', 'a')).toBe(60);
  });

  it('lets the pair try again once the block has passed', async () => {
    const throttle = createLoginThrottle({ ...limits, blockSeconds: 1 });
    await fail(throttle, 3, 'admin', 'a');
    expect(await throttle.waitSeconds('admin', 'a')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await throttle.waitSeconds('admin', 'a')).toBe(0);
  });
});
