import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, runMigrations, type DbHandle } from '../src';
import { testEngines } from '../src/testing';
import { rowsOf } from './support';

const journal = JSON.parse(
  readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
) as { entries: { tag: string }[] };

describe.each(testEngines())('migrations on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(() => handle?.close());

  const appliedCount = async () => {
    const [row] = await rowsOf<{ n: number }>(
      handle.db,
      sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
    );
    return row?.n;
  };

  it('applies every committed migration to an empty database', async () => {
    expect(journal.entries.map((entry) => entry.tag)).toEqual([
      '0000_extensions',
      '0001_tables',
      '0002_cadre_name_search',
      '0003_rotation_overlap_exclusion',
      '0004_audit_append_only',
      '0005_cadres_name_order',
      '0006_assignments_held_on',
      '0007_rotations_stats',
      '0008_request_state',
      '0009_name_sort_key_and_rotation_reason',
      '0010_rate_limit_buckets',
      '0011_cadre_code_and_program_actor',
      '0012_public_disclosure',
      '0013_assignment_run_start',
      '0014_personal_data',
      '0015_management_scopes',
    ]);
    expect(await appliedCount()).toBe(journal.entries.length);
  });

  it('installs the contrib extensions the schema needs', async () => {
    const rows = await rowsOf<{ extname: string }>(
      handle.db,
      sql`SELECT extname FROM pg_extension ORDER BY extname`,
    );
    expect(rows.map((row) => row.extname)).toEqual(
      expect.arrayContaining(['btree_gist', 'pg_trgm', 'unaccent']),
    );
  });

  it('treats a second run as a no-op', async () => {
    await runMigrations(handle);
    await runMigrations(handle);
    expect(await appliedCount()).toBe(journal.entries.length);
  });

  it('refuses a handle that openDatabase() did not create', async () => {
    await expect(runMigrations({ ...handle, db: Object.create(handle.db) })).rejects.toThrow(
      /openDatabase/,
    );
  });
});
