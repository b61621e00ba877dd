import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Database } from '@luanchuyen/db';
import { createUser } from './users';

export const BOOTSTRAP_USERNAME = 'admin';

// The first start creates the `admin` user. Without BOOTSTRAP_ADMIN_PASSWORD a random password
// is printed once to the console: it is never logged again and never stored in clear.
export async function ensureBootstrapAdmin(
  db: Database,
  password: string | undefined,
  logger: Logger,
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<void> {
  const chosen = password ?? randomBytes(18).toString('base64url');
  const created = await createUser(
    db,
    { username: BOOTSTRAP_USERNAME, password: chosen, role: 'ADMIN' },
    null,
  );
  if (!created) return;
  logger.info({ username: BOOTSTRAP_USERNAME }, 'bootstrap admin created');
  if (!password) {
    print(`\n  Tài khoản quản trị / admin account: ${BOOTSTRAP_USERNAME}`);
    print(`  Mật khẩu / password (chỉ hiện một lần / shown once): ${chosen}\n`);
  }
}
