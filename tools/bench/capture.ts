import { readFileSync, writeFileSync } from 'node:fs';
import type { CapturedStatement } from './capture-hook';
import type { BenchQuery, QueryName } from './queries';

// What our API sends to PostgreSQL for one request of each query, read from the capture
// hook's file, grouped into waves: statements the API had in flight together (DataLoader
// batches of sibling fields) form one wave, and a wave starts only once the one before it has
// answered, as the resolvers need. The floor replays the waves the same way.

export type Statement = { text: string; values: unknown[]; rowMode: 'array' | null };
export type Script = {
  key: string;
  name: QueryName;
  waves: Statement[][];
  statements: number;
  /**
   * A write's script (m1.ts): run in order on one connection, as our transaction ran, with
   * the captured request's row ids (`ids`) replaced by those of each request's variables.
   */
  write?: { ids: string[] };
};

/** The GraphQL request body our API and autocannon send. */
export function requestBody(query: BenchQuery): string {
  return JSON.stringify({ query: query.query, variables: query.variables });
}

/** POSTs one operation; throws on HTTP or GraphQL errors, so a broken query is never timed. */
export async function askApi(
  url: string,
  headers: Record<string, string>,
  query: BenchQuery,
): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers,
    body: requestBody(query),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length) {
    const messages = body.errors?.map((error) => error.message).join('; ');
    throw new Error(`${query.name} failed on our API: HTTP ${response.status} ${messages ?? ''}`);
  }
  return body.data;
}

/** Groups statements (in start order) into waves of overlapping statements. */
export function wavesOf(captured: readonly CapturedStatement[]): Statement[][] {
  const waves: Statement[][] = [];
  let waveEnd = -Infinity;
  for (const statement of [...captured].sort((a, b) => a.start - b.start)) {
    const { text, values, rowMode } = statement;
    const current = waves.at(-1);
    // Started after the wave so far had answered: it waited for something, so a new wave.
    if (current === undefined || statement.start >= waveEnd) {
      waves.push([{ text, values, rowMode }]);
      waveEnd = statement.end;
    } else {
      current.push({ text, values, rowMode });
      waveEnd = Math.min(waveEnd, statement.end);
    }
  }
  return waves;
}

/** The statements the capture hook has written to its file since it was last emptied. */
export function readCaptured(captureFile: string): CapturedStatement[] {
  return readFileSync(captureFile, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as CapturedStatement);
}

/** Runs each query once on an API started with the capture hook, and returns its script. */
export async function captureScripts(
  api: { url: string; headers: Record<string, string> },
  captureFile: string,
  queries: readonly BenchQuery[],
): Promise<{ scripts: Script[]; answers: Map<string, unknown> }> {
  const scripts: Script[] = [];
  const answers = new Map<string, unknown>();
  for (const query of queries) {
    // One warm request first: a cold process may run one-off statements (none today).
    await askApi(api.url, api.headers, query);
    writeFileSync(captureFile, '');
    answers.set(query.key, await askApi(api.url, api.headers, query));
    const captured = readCaptured(captureFile);
    scripts.push({
      key: query.key,
      name: query.name,
      waves: wavesOf(captured),
      statements: captured.length,
    });
  }
  return { scripts, answers };
}
