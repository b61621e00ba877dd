import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { auditEvents, cadres, databaseUrlOn, onServer, openDatabase } from '@luanchuyen/db';
import { createDatabase } from '@luanchuyen/db/testing';
import { eq } from 'drizzle-orm';

// `npm run import` against a scratch embedded DATA_DIR, as an operator runs it: the exit
// status, the report it prints, the audit log naming the program and the OS user, and the
// refusal while another process (a server) holds the folder.

const ROOT = resolve(import.meta.dirname, '../../..');

type Run = { code: number | null; stdout: string; stderr: string };

function runCli(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['tsx', 'tools/import.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, TSX_TSCONFIG_PATH: 'tools/tsconfig.json', DATABASE_URL: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('npm run import on an embedded DATA_DIR', () => {
  let folder: string;
  let dataDir: string;
  let file: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'import-cli-'));
    dataDir = join(folder, 'data');
    file = join(folder, 'can-bo.csv');
    await writeFile(
      file,
      '\uFEFFMã cán bộ,Họ và tên,Giới tính,Ngày sinh\r\nCB-1,Nguyễn Văn An,Nam,15/03/1975\r\nCB-2,Lê Thị Hà,Nữ,01/02/1980\r\n',
    );
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('refuses bad usage with exit 2 and the usage text', async () => {
    const run = await runCli([file], { DATA_DIR: dataDir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--kind is required');
    expect(run.stderr).toContain('usage: npm run import');
  });

  it('previews, imports, records the program and OS user, and refuses a held DATA_DIR', async () => {
    const dry = await runCli(['--kind', 'cadres', file, '--dry-run'], { DATA_DIR: dataDir });
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('cadres: chạy thử, không ghi gì');
    expect(dry.stdout).toContain('tạo mới 2, cập nhật 0, không đổi 0, lỗi 0');

    const written = await runCli(['--kind', 'cadres', file, '--lang', 'en'], { DATA_DIR: dataDir });
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('cadres: written');
    expect(written.stdout).toContain('created 2, updated 0, unchanged 0, errors 0');

    const bad = join(folder, 'sai.csv');
    await writeFile(bad, 'Họ và tên,Ngày sinh\r\nTrần Văn Bình,31/02/1990\r\n');
    const refused = await runCli(['--kind', 'cadres', bad], { DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('dòng 2 [Ngày sinh] INVALID_DATE');

    // This process now holds the folder, as a running server would.
    const handle = await openDatabase({ dataDir });
    try {
      expect(await handle.db.$count(cadres)).toBe(2);
      const events = await handle.db
        .select({ actorProgram: auditEvents.actorProgram })
        .from(auditEvents)
        .where(eq(auditEvents.actorProgram, `import (${userInfo().username})`));
      expect(events.length).toBeGreaterThan(0);
      const held = await runCli(['--kind', 'cadres', file], { DATA_DIR: dataDir });
      expect(held.code).toBe(1);
      expect(held.stderr).toContain('is in use by another server process');
    } finally {
      await handle.close();
    }
  }, 240_000); // four runs of the command, each a Node start: minutes on a busy machine
});

const serverUrl = process.env['TEST_DATABASE_URL'];

describe.runIf(serverUrl)('npm run import on DATABASE_URL', () => {
  const name = `t_${randomBytes(6).toString('hex')}`;
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'import-cli-pg-'));
    await onServer(serverUrl ?? '', createDatabase(name));
  });
  afterAll(async () => {
    await onServer(serverUrl ?? '', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await rm(folder, { recursive: true, force: true });
  });

  it('imports into PostgreSQL and a second run changes nothing', async () => {
    const databaseUrl = databaseUrlOn(serverUrl ?? '', name);
    const file = join(folder, 'can-bo.csv');
    await writeFile(file, 'Mã cán bộ,Họ và tên,Ngày sinh\r\nCB-9,Hà Văn Tú,02/03/1970\r\n');
    const first = await runCli(['--kind', 'cadres', file, '--json'], { DATABASE_URL: databaseUrl });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ written: true, created: 1, errors: [] });
    const second = await runCli(['--kind', 'cadres', file, '--json'], {
      DATABASE_URL: databaseUrl,
    });
    expect(JSON.parse(second.stdout)).toMatchObject({ written: true, created: 0, unchanged: 1 });
    const handle = await openDatabase({ databaseUrl, poolSize: 1 });
    try {
      expect(await handle.db.$count(cadres)).toBe(1);
    } finally {
      await handle.close();
    }
  }, 120_000); // two runs of the command
});
