import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_API, requireBuiltApi } from './built-api';

// The product as `npm start` runs it: the bundled server in its own process on the embedded
// database, its first-start password, its readiness, and a graceful stop on SIGTERM.

const dataDir = mkdtempSync(join(tmpdir(), 'lcb-start-'));

type Started = { child: ChildProcess; url: string; output: () => string };

function startProduct(env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, [join(BUILT_API, 'main.mjs')], {
    env: { PATH: process.env['PATH'] ?? '', DATA_DIR: dataDir, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /"url":"(http:\/\/[^"]+)"/.exec(output)?.[1];
      if (url) resolve({ child, url, output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited ${code} before listening:\n${output}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

describe('the product process', () => {
  beforeAll(() => {
    requireBuiltApi();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints a random admin password once on first start, serves, and stops on SIGTERM', async () => {
    const first = await startProduct();
    const password = /password[^:]*: (\S+)/.exec(first.output())?.[1];
    expect(password).toBeTruthy();
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    const login = await fetch(`${first.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(login.status).toBe(200);

    const exited = exitOf(first.child);
    first.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(first.output()).toContain('"msg":"stopped"');

    const second = await startProduct();
    expect(second.output()).not.toMatch(/password/i);
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    const stopped = exitOf(second.child);
    second.child.kill('SIGTERM');
    expect(await stopped).toBe(0);
    // Two starts, the first with initdb and the demo load: tens of seconds of CPU, more than the
    // 60 s default when the 2-core machine runs other test files beside it.
  }, 180_000);

  it('refuses to start with a bad setting, naming the variable', () => {
    let message = '';
    try {
      execFileSync(process.execPath, [join(BUILT_API, 'main.mjs')], {
        env: { PATH: process.env['PATH'] ?? '', DATA_DIR: dataDir, PORT: 'bốn nghìn' },
        stdio: 'pipe',
      });
    } catch (error) {
      message =
        String((error as { stdout: Buffer }).stdout) + String((error as { stderr: Buffer }).stderr);
    }
    expect(message).toContain('PORT');
  });
});
