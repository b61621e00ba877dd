import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

// Brute-force protection for POST /auth/login, after OWASP's pattern: failed sign-ins in a row
// for one username from one address block that pair for a while, and failed sign-ins from one
// address over a day block the address, so one machine cannot walk through many usernames.
// A success clears its pair's count. Nobody can lock a user out from another address: the
// username is only ever counted together with the address it was tried from.
// The counts live in this process (the product runs as one); a restart forgets them.

export type LoginThrottleLimits = {
  /** Failures in a row for one username from one address before that pair is blocked. */
  maxFailuresPerUser: number;
  /** Failures from one address within a day before the address is blocked. */
  maxFailuresPerAddress: number;
  /** How long a block lasts. */
  blockSeconds: number;
};

export type LoginThrottle = {
  /** Whole seconds until this username may be tried from this address again; 0 when now. */
  waitSeconds(username: string, address: string): Promise<number>;
  failed(username: string, address: string): Promise<void>;
  succeeded(username: string, address: string): Promise<void>;
};

const DAY_SECONDS = 24 * 60 * 60;

function pairKey(username: string, address: string): string {
  // The same account whatever the case or Unicode form it is typed in.
  return `${username.normalize('NFC').toLowerCase()}\u0000${address}`;
}

/** The consumption, or the refusal when the limit was already passed (both are a result). */
async function count(limiter: RateLimiterMemory, key: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key);
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return refusal;
    throw refusal;
  }
}

export function createLoginThrottle(limits: LoginThrottleLimits): LoginThrottle {
  const byPair = new RateLimiterMemory({
    keyPrefix: 'login-user-address',
    points: limits.maxFailuresPerUser,
    duration: DAY_SECONDS,
  });
  const byAddress = new RateLimiterMemory({
    keyPrefix: 'login-address',
    points: limits.maxFailuresPerAddress,
    duration: DAY_SECONDS,
  });

  // A blocked key holds more than `points` (RateLimiterMemory.block), so it is refused until
  // the block ends; a key at exactly its limit is blocked by the failure that reached it.
  const blockIfReached = async (limiter: RateLimiterMemory, key: string, max: number) => {
    const result = await count(limiter, key);
    if (result.consumedPoints >= max) await limiter.block(key, limits.blockSeconds);
  };
  const remaining = async (limiter: RateLimiterMemory, key: string, max: number) => {
    const state = await limiter.get(key);
    return state && state.consumedPoints > max ? state.msBeforeNext : 0;
  };

  return {
    async waitSeconds(username, address) {
      const [pair, host] = await Promise.all([
        remaining(byPair, pairKey(username, address), limits.maxFailuresPerUser),
        remaining(byAddress, address, limits.maxFailuresPerAddress),
      ]);
      return Math.ceil(Math.max(pair, host) / 1000);
    },
    async failed(username, address) {
      await Promise.all([
        blockIfReached(byPair, pairKey(username, address), limits.maxFailuresPerUser),
        blockIfReached(byAddress, address, limits.maxFailuresPerAddress),
      ]);
    },
    async succeeded(username, address) {
      await byPair.delete(pairKey(username, address));
    },
  };
}
