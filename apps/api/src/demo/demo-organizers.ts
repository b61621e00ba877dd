import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { units, type Database } from '@luanchuyen/db';
import { createUser } from '../auth/users';
import { CITY_BODY_NAME, KY_LUA_BODY_NAME } from './lang-son/bodies';

// The embedded demo's two organizers, one per managing body (load-management.ts), so the
// scopes can be tried at once: `thanh-uy` works for the City Party Committee, `ky-lua` for the
// new Kỳ Lừa ward's. Like the admin's, their passwords are random and printed once at the first
// start, never logged, never stored in clear.

export type DemoAccount = { username: string; password: string; body: string };

const ORGANIZERS = [
  { username: 'thanh-uy', body: CITY_BODY_NAME },
  { username: 'ky-lua', body: KY_LUA_BODY_NAME },
] as const;

/** Creates the organizers (in the demo load's transaction); their passwords, to print after it. */
export async function createDemoOrganizers(db: Database): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  for (const { username, body } of ORGANIZERS) {
    const [unit] = await db
      .select({ id: units.id })
      .from(units)
      .where(eq(units.name, body))
      .orderBy(units.validFrom)
      .limit(1);
    if (!unit) throw new Error(`demo dataset: no body named ${body}`);
    const password = randomBytes(18).toString('base64url');
    const created = await createUser(
      db,
      { username, password, role: 'ORGANIZER', bodyId: unit.id },
      null,
    );
    if (created) accounts.push({ username, password, body });
  }
  return accounts;
}

export function printDemoOrganizers(
  accounts: readonly DemoAccount[],
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): void {
  for (const account of accounts) {
    print(`\n  Cán bộ tổ chức / organizer (${account.body}): ${account.username}`);
    print(`  Mật khẩu / password (chỉ hiện một lần / shown once): ${account.password}`);
  }
  if (accounts.length > 0) print('');
}
