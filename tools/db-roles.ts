import { parseArgs } from 'node:util';
import { checkRoles, openDatabase, setUpDatabaseRoles, type DatabaseRoles } from '@luanchuyen/db';

// `npm run db:roles`: creates the owner and app roles on a PostgreSQL database and grants
// (README, "Running on PostgreSQL with separate roles"). Idempotent: a second run only sets the
// passwords again. Passwords are better given by environment than on the command line (ps).

const USAGE = `usage: npm run db:roles -- [options]

  --admin-url <url>        a superuser's postgres://… URL of the target database
                           (default: $DB_ADMIN_URL)
  --owner <name>           the role that owns the tables and runs the migrations
                           (default: $DB_OWNER_ROLE, else luanchuyen_owner)
  --owner-password <pw>    its password (default: $DB_OWNER_PASSWORD)
  --app <name>             the role the server runs as, owning nothing
                           (default: $DB_APP_ROLE, else luanchuyen_app)
  --app-password <pw>      its password (default: $DB_APP_PASSWORD)
  --help                   this text`;

type Parsed = { adminUrl: string; roles: DatabaseRoles } | 'help';

function parse(argv: string[], env: NodeJS.ProcessEnv): Parsed {
  const { values } = parseArgs({
    args: argv,
    options: {
      'admin-url': { type: 'string' },
      owner: { type: 'string' },
      'owner-password': { type: 'string' },
      app: { type: 'string' },
      'app-password': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const adminUrl = values['admin-url'] ?? env['DB_ADMIN_URL'];
  if (!adminUrl) throw new TypeError('--admin-url (or DB_ADMIN_URL) is required');
  const roles = {
    owner: {
      name: values.owner ?? env['DB_OWNER_ROLE'] ?? 'luanchuyen_owner',
      password: values['owner-password'] ?? env['DB_OWNER_PASSWORD'] ?? '',
    },
    app: {
      name: values.app ?? env['DB_APP_ROLE'] ?? 'luanchuyen_app',
      password: values['app-password'] ?? env['DB_APP_PASSWORD'] ?? '',
    },
  };
  const problems = checkRoles(roles);
  if (problems.length > 0) throw new TypeError(problems.join('\n'));
  return { adminUrl, roles };
}

/** The URL a role connects with: the admin URL's host and database, the role's name. */
function urlFor(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.username = name;
  url.password = 'PASSWORD';
  return url.toString();
}

async function main(): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parse(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const handle = await openDatabase({ databaseUrl: parsed.adminUrl, poolSize: 1 });
  try {
    await setUpDatabaseRoles(handle.db, parsed.roles);
  } catch (error) {
    process.stderr.write(`db:roles failed: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await handle.close();
  }
  const { owner, app } = parsed.roles;
  process.stdout.write(
    `roles ready: ${owner.name} owns the database, ${app.name} owns nothing.\n` +
      `Start the server with:\n` +
      `  MIGRATION_DATABASE_URL=${urlFor(parsed.adminUrl, owner.name)}\n` +
      `  DATABASE_URL=${urlFor(parsed.adminUrl, app.name)}\n`,
  );
  return 0;
}

process.exitCode = await main();
