import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('the configuration', () => {
  it('has safe defaults for the sign-in limits and trusts no proxy', () => {
    const config = loadConfig({});
    expect(config.login).toEqual({
      maxFailuresPerUser: 10,
      maxFailuresPerAddress: 100,
      blockSeconds: 900,
    });
    expect(config.trustProxy).toBe(false);
    expect(config.demoDataset).toBe('auto');
    expect(config.idempotencyTtlMs).toBe(24 * 3_600_000);
    expect(config.dbAcquireTimeoutMs).toBe(5_000);
  });

  it.each([
    ['true', 'always'],
    ['false', 'never'],
    ['auto', 'auto'],
  ])('reads DEMO_DATASET=%s', (value, expected) => {
    expect(loadConfig({ DEMO_DATASET: value }).demoDataset).toBe(expected);
  });

  it.each([
    ['true', true],
    ['2', 2],
    ['loopback', 'loopback'],
    ['10.0.0.0/8, 192.168.1.5', '10.0.0.0/8, 192.168.1.5'],
    ['loopback, fd00::/8', 'loopback, fd00::/8'],
  ])('reads TRUST_PROXY=%j', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each([
    ['TRUST_PROXY', 'nginx'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', '999.1.1.1'],
    ['DEMO_DATASET', 'yes'],
    ['LOGIN_MAX_FAILURES', '0'],
    ['LOGIN_MAX_FAILURES_PER_ADDRESS', 'many'],
    ['LOGIN_BLOCK_MINUTES', '-5'],
    ['IDEMPOTENCY_KEY_HOURS', '0'],
    ['DB_ACQUIRE_TIMEOUT_MS', '50'],
    ['DB_ACQUIRE_TIMEOUT_MS', 'soon'],
  ])('refuses %s=%j at start, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('takes MIGRATION_DATABASE_URL only beside DATABASE_URL (the embedded database has one role)', () => {
    const owner = 'postgres://owner@db/registry';
    expect(() => loadConfig({ MIGRATION_DATABASE_URL: owner })).toThrow('MIGRATION_DATABASE_URL');
    const config = loadConfig({
      DATABASE_URL: 'postgres://app@db/registry',
      MIGRATION_DATABASE_URL: owner,
    });
    expect(config.migrationDatabaseUrl).toBe(owner);
  });
});
