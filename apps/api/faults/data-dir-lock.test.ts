import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listening, signedIn, startProduct } from './product-process';

// One embedded DATA_DIR, real server processes (the bundle `npm start` runs): a second server
// is refused naming the folder and the first one's pid; after the first is killed with SIGKILL
// its stale lock is taken over and what it acknowledged is there; a clean stop removes the
// lock; and nothing in the folder is readable or writable by anyone but its owner.

const parent = mkdtempSync(join(tmpdir(), 'lcb-lock-'));
const dataDir = join(parent, 'data');
const PASSWORD = 'mật-khẩu-khóa-thư-mục-2026';
const AREA = 'Phường Khóa Thư Mục';

const run = () => startProduct({ DATA_DIR: dataDir, BOOTSTRAP_ADMIN_PASSWORD: PASSWORD });
const signedInHere = (url: string) => signedIn(url, PASSWORD);

async function graphql(url: string, cookie: string, query: string, variables = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  // Response data is walked freely in assertions, as in test/harness.ts.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

function looseModes(dir: string): string[] {
  const loose: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.mode & 0o077) loose.push(`${(stat.mode & 0o777).toString(8)} ${path}`);
    if (stat.isDirectory()) loose.push(...looseModes(path));
  }
  return loose;
}

describe('one embedded DATA_DIR, two server processes', () => {
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('refuses the second, takes over the lock of a killed first, and keeps what it wrote', async () => {
    const first = run();
    const url = await listening(first);
    const cookie = await signedInHere(url);
    const created = await graphql(
      url,
      cookie,
      'mutation($input: AreaCreateInput!) { areaCreate(input: $input) { area { id } userErrors { code } } }',
      { input: { name: AREA, kind: 'WARD', validFrom: '2025-07-01' } },
    );
    expect(created.data?.['areaCreate'].area.id).toBeTruthy();

    const second = run();
    expect(await second.exited).not.toBe(0);
    expect(second.output()).toContain(`DATA_DIR ${dataDir} is in use`);
    expect(second.output()).toContain(`pid ${first.child.pid}`);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    first.child.kill('SIGKILL');
    await first.exited;
    expect(readFileSync(join(dataDir, '.lock'), 'utf8').trim()).toBe(String(first.child.pid));

    const third = run();
    const again = await listening(third);
    const read = await graphql(
      again,
      await signedInHere(again),
      '{ areas(first: 10) { nodes { name } } }',
    );
    expect(read.data?.['areas'].nodes).toEqual([{ name: AREA }]);
    expect(readFileSync(join(dataDir, '.lock'), 'utf8').trim()).toBe(String(third.child.pid));

    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
    expect(existsSync(join(dataDir, '.lock'))).toBe(false);
    expect(lstatSync(dataDir).mode & 0o777).toBe(0o700);
    expect(looseModes(dataDir)).toEqual([]);
  });
});
