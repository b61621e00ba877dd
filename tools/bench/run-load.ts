import autocannon from 'autocannon';

// Load with autocannon (QUALITY.md): a warm-up the results ignore (JIT, pools, PostgreSQL's
// caches), then several runs of a fixed duration; each figure is the median over the runs.
// Ours and the floor alternate run by run, so a noisy minute on this shared machine hits both.

export type Target = {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Bodies sent in turn instead of `body` (a write must not repeat itself: m1.ts). */
  bodies?: readonly string[];
};
export type LoadOptions = { duration: number; runs: number; connections: number; warmup: number };
export type Sample = {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Requests answered in the run (one run's; not a median). */
  requests?: number;
  /** Requests per CPU-second of the server and its PostgreSQL backends together (cpu.ts). */
  perCpuSecond?: number;
};

/** One side of the ladder: how to load it for `duration` seconds, measured. */
export type Side = { name: string; run(duration: number): Promise<Sample> };

/** One autocannon run; errors count non-2xx answers, socket errors and timeouts. */
export async function loadOnce(
  target: Target,
  connections: number,
  duration: number,
  overallRate?: number,
) {
  const { bodies } = target;
  let next = 0;
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: target.headers,
    body: target.body,
    ...(bodies
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                body: bodies[next++ % bodies.length],
              }),
            },
          ],
        }
      : {}),
    connections,
    duration,
    ...(overallRate ? { overallRate } : {}),
  });
  return {
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  } satisfies Sample & { total: number };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

function medianSample(samples: readonly Sample[]): Sample {
  return {
    rps: median(samples.map((s) => s.rps)),
    p50: median(samples.map((s) => s.p50)),
    p99: median(samples.map((s) => s.p99)),
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    ...(samples.some((s) => s.perCpuSecond !== undefined)
      ? { perCpuSecond: median(samples.map((s) => s.perCpuSecond ?? NaN)) }
      : {}),
  };
}

/**
 * Warm-up on every side, then `runs` rounds; in each round every side runs once, and the
 * order rotates round by round so that no side always gets the quieter part. Medians per side.
 */
export async function compareSides(
  sides: readonly Side[],
  options: LoadOptions,
  progress: (line: string) => void,
): Promise<Map<string, Sample>> {
  for (const side of sides) await side.run(options.warmup);
  const samples = new Map(sides.map((side) => [side.name, [] as Sample[]]));
  for (let round = 0; round < options.runs; round++) {
    const order = sides.map((_, i) => sides[(i + round) % sides.length] as Side);
    for (const side of order) {
      const sample = await side.run(options.duration);
      samples.get(side.name)?.push(sample);
      const cpu = sample.perCpuSecond ? `, ${sample.perCpuSecond.toFixed(0)} req/CPU-s` : '';
      progress(
        `  run ${round + 1} ${side.name}: ${sample.rps.toFixed(0)} req/s, p99 ${sample.p99} ms${cpu}`,
      );
    }
  }
  return new Map([...samples].map(([name, list]) => [name, medianSample(list)]));
}

/** Warm-up on both, then `runs` alternating runs; the medians of ours and of the floor. */
export async function compare(
  ours: Target,
  floor: Target,
  options: LoadOptions,
  progress: (line: string) => void,
): Promise<{ ours: Sample; floor: Sample }> {
  await loadOnce(ours, options.connections, options.warmup);
  await loadOnce(floor, options.connections, options.warmup);
  const samples = { ours: [] as Sample[], floor: [] as Sample[] };
  for (let run = 1; run <= options.runs; run++) {
    // Which goes first alternates too, so neither always gets the quieter half.
    const order = run % 2 === 1 ? (['ours', 'floor'] as const) : (['floor', 'ours'] as const);
    for (const side of order) {
      const sample = await loadOnce(
        side === 'ours' ? ours : floor,
        options.connections,
        options.duration,
      );
      samples[side].push(sample);
      progress(`  run ${run} ${side}: ${sample.rps.toFixed(0)} req/s, p99 ${sample.p99} ms`);
    }
  }
  return { ours: medianSample(samples.ours), floor: medianSample(samples.floor) };
}

// After a load run the server may still be finishing requests autocannon gave up on, and
// drop a fresh connection meanwhile: a request that fails at the socket is retried after a
// pause, so single-request latency is measured on an idle server.
async function timedRequest(target: Target): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const began = performance.now();
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: target.headers,
        body: target.body,
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`HTTP ${response.status} from ${target.url}`);
      return performance.now() - began;
    } catch (error) {
      if (attempt >= 5 || String(error).includes('HTTP')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

/** The median time of `count` sequential requests, in ms: one request alone, no queueing. */
export async function singleLatency(target: Target, count: number): Promise<number> {
  await timedRequest(target);
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(await timedRequest(target));
  return median(times);
}
