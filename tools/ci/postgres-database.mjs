// CI helper: `create <server-url>` prints the URL of a new, empty database on that server (and
// fails loudly if the server does not answer); `drop <database-url>` removes it again.
import pg from 'pg';

const [command, url] = process.argv.slice(2);
if (!url || !['create', 'drop'].includes(command ?? '')) {
  console.error('usage: postgres-database.mjs create|drop <postgres-url>');
  process.exit(2);
}

const target = new URL(url);
const admin = new URL(url);
admin.pathname = '/postgres';
const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
try {
  await client.connect();
  if (command === 'create') {
    const name = `lcb_ci_${Date.now()}_${process.pid}`;
    await client.query(`create database ${name}`);
    target.pathname = `/${name}`;
    process.stdout.write(`${target.toString()}\n`);
  } else {
    const name = target.pathname.slice(1);
    if (!/^lcb_ci_\d+_\d+$/.test(name)) throw new Error(`refusing to drop ${name}`);
    await client.query(`drop database if exists ${name} with (force)`);
  }
} catch (error) {
  console.error(`PostgreSQL at ${admin.host} does not answer: ${error.message}`);
  process.exit(1);
} finally {
  await client.end().catch(() => undefined);
}
