import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PgAggregatesPreset } from '@graphile/pg-aggregates';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makeJSONPgSmartTagsPlugin } from 'postgraphile/utils';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

// QUALITY.md's peer rung: PostGraphile 5 with the amber preset, connection-filter and
// pg-aggregates, over the same database as our API, with the same pool size (10) and session
// settings (JIT off). Its own process (`node postgraphile-server.ts`, DATABASE_URL in the
// environment), like the floor: prints its URL, stops on SIGTERM. No auth: it reads as the
// database owner, which only makes it cheaper than ours.

// pg-aggregates groups dates only by the day; the statistics group by year, so the server adds
// that grouping as a pg-aggregates groupBy spec (the plugin's documented extension point):
// `groupBy: START_DATE_YEAR` is `date_part('year', start_date)::int`, as ours groups.
const YearGroupByPlugin: GraphileConfig.Plugin = {
  name: 'BenchYearGroupByPlugin',
  version: '1.0.0',
  after: ['PgAggregatesSpecsPlugin'],
  schema: {
    hooks: {
      build(build) {
        const sql = build.sql as unknown as (
          strings: TemplateStringsArray,
          ...values: unknown[]
        ) => unknown;
        const { TYPES } = build.dataplanPg as unknown as { TYPES: { date: unknown; int: unknown } };
        (build as unknown as { pgAggregateGroupBySpecs: unknown[] }).pgAggregateGroupBySpecs.push({
          id: 'year',
          isSuitableType: (codec: unknown) => codec === TYPES.date,
          sqlWrap: (fragment: unknown) => sql`date_part('year', ${fragment})::int`,
          sqlWrapCodec: () => TYPES.int,
        });
        return build;
      },
    },
  },
};

// PostGraphile filters only indexed columns; the statistics filter rotations by status (not
// indexed), so the column is opened to filtering by a smart tag, as its users would do.
const StatusFilterPlugin = makeJSONPgSmartTagsPlugin({
  version: 1,
  config: { class: { rotations: { attribute: { status: { tags: { behavior: '+filterBy' } } } } } },
});

export async function startPostGraphile(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, options: '-c jit=off' });
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset, PgAggregatesPreset],
    plugins: [YearGroupByPlugin, StatusFilterPlugin],
    // Relation filters, for Q2's "the post left or taken belongs to the unit".
    schema: { connectionFilterRelations: true },
    pgServices: [makePgService({ pool, schemas: ['public'] })],
    grafserv: { watch: false, graphiql: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  serv.addTo(server);
  // Builds the schema before the first request, so no run pays for it.
  await pgl.getSchema();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pgl.release();
      await pool.end();
    },
  };
}

if (process.argv[1] === import.meta.filename) {
  const running = await startPostGraphile(process.env['DATABASE_URL'] ?? '');
  process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
  process.once('SIGTERM', () => void running.stop().then(() => process.exit(0)));
}
