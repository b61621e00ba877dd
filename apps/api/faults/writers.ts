import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultServer } from './fault-server';

// Writers that create cadres through POST /graphql in a loop, each with a name of its own, and
// record every answer: what was acknowledged (200 with the created cadre) must be in the
// database afterwards; everything else must be a clear 503, never a 500 or a dropped socket.

export type WriteAnswer = {
  fullName: string;
  /** HTTP status, or 'network' when the request got no answer. */
  status: number | 'network';
  code: string | undefined;
  acknowledged: boolean;
  /** performance.now() when the answer came. */
  at: number;
};

const CREATE =
  'mutation($input: CadreCreateInput!) { cadreCreate(input: $input) { cadre { id } userErrors { code } } }';

// Letters only: the names must pass the cadre name checks whatever they come to refuse.
const LETTERS = 'abcdeghiklmnopqrstuvxy';
function nameOf(writer: number, n: number): string {
  let suffix = '';
  for (let rest = n; ; rest = Math.floor(rest / LETTERS.length)) {
    suffix = (LETTERS[rest % LETTERS.length] ?? '') + suffix;
    if (rest < LETTERS.length) break;
  }
  return `Người Ghi ${'ABC'[writer] ?? 'Z'} ${suffix}`;
}

export type Writers = {
  answers: WriteAnswer[];
  acknowledged(): WriteAnswer[];
  /** Resolves once `count` more writes than now were acknowledged. */
  waitForAcknowledged(count: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
};

export function startWriters({ server, cookie }: FaultServer, count = 3): Writers {
  const answers: WriteAnswer[] = [];
  let stopped = false;
  const write = async (fullName: string): Promise<WriteAnswer> => {
    try {
      const response = await fetch(`${server.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: CREATE, variables: { input: { fullName } } }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json()) as {
        data?: { cadreCreate?: { cadre?: { id: string } | null } } | null;
        errors?: { extensions?: { code?: string } }[];
      };
      const acknowledged =
        response.status === 200 && !body.errors && Boolean(body.data?.cadreCreate?.cadre?.id);
      const code = body.errors?.[0]?.extensions?.code;
      return { fullName, status: response.status, code, acknowledged, at: performance.now() };
    } catch {
      return {
        fullName,
        status: 'network',
        code: undefined,
        acknowledged: false,
        at: performance.now(),
      };
    }
  };
  const loops = Array.from({ length: count }, async (_, writer) => {
    for (let n = 0; !stopped; n++) {
      const answer = await write(nameOf(writer, n));
      answers.push(answer);
      // While the database is away the 503s come at once: do not spin.
      if (!answer.acknowledged) await sleep(25);
    }
  });
  const acknowledged = () => answers.filter((answer) => answer.acknowledged);
  return {
    answers,
    acknowledged,
    waitForAcknowledged: async (more, timeoutMs = 60_000) => {
      const target = acknowledged().length + more;
      const deadline = performance.now() + timeoutMs;
      while (acknowledged().length < target) {
        if (performance.now() > deadline) {
          const last = JSON.stringify(answers.at(-1));
          throw new Error(
            `${acknowledged().length} of ${target} writes acknowledged; last: ${last}`,
          );
        }
        await sleep(20);
      }
    },
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}
