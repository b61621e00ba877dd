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
    ['METRICS_TOKEN', 'short-token'],
    ['METRICS_TOKEN', 'x'.repeat(23)],
    ['METRICS_TOKEN', 'mã-số-liệu-vận-hành-đủ-dài-2026'],
    ['METRICS_TOKEN', 'a token with spaces inside it'],
    ['LOG_FORMAT', 'text'],
    ['RATE_LIMIT_POINTS_PER_MINUTE', '59'],
    ['RATE_LIMIT_POINTS_PER_MINUTE', '-1'],
    ['RATE_LIMIT_POINTS_PER_MINUTE', '1500.5'],
    ['RATE_LIMIT_POINTS_PER_MINUTE', 'off'],
    ['RATE_LIMIT_POINTS_PER_MINUTE', '1e6'],
    ['RATE_LIMIT_POINTS_PER_MINUTE', '100000001'],
  ])('refuses %s=%j at start, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it.each([
    [undefined, 200_000],
    ['0', 0],
    ['60', 60],
    [' 5000 ', 5000],
    ['100000000', 100_000_000],
  ])('reads RATE_LIMIT_POINTS_PER_MINUTE=%j as %d (0: no rate limit)', (value, expected) => {
    const env = value === undefined ? {} : { RATE_LIMIT_POINTS_PER_MINUTE: value };
    expect(loadConfig(env).rateLimitPointsPerMinute).toBe(expected);
  });

  it('turns /metrics on with a token of 24 characters or more, off without one', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: '  ' }).metricsToken).toBeUndefined();
    const token = 'x'.repeat(24);
    expect(loadConfig({ METRICS_TOKEN: token }).metricsToken).toBe(token);
  });

  it('never repeats a refused METRICS_TOKEN in its message', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'bí-mật-ngắn' })).toThrow(
      /METRICS_TOKEN: at least 24/,
    );
    expect(() => loadConfig({ METRICS_TOKEN: 'bí-mật-ngắn' })).not.toThrow(/bí-mật-ngắn/);
  });

  it.each(['auto', 'json', 'pretty'] as const)('reads LOG_FORMAT=%s', (value) => {
    expect(loadConfig({ LOG_FORMAT: value }).logFormat).toBe(value);
    expect(loadConfig({}).logFormat).toBe('auto');
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
