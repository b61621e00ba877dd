import type { Script } from './capture';
import type { CpuMeter } from './cpu';
import { runPgbench } from './pgbench';
import { loadOnce, type Sample, type Side, type Target } from './run-load';

// The rungs of the ladder as sides to load: our API, PostGraphile and the floor over HTTP
// with autocannon, pgbench on the captured SQL; each run also measures requests per
// CPU-second of the server and of the PostgreSQL backends serving it.

export function httpSide(
  name: string,
  target: Target,
  pid: number | undefined,
  meter: CpuMeter,
  connections: number,
): Side {
  return {
    name,
    async run(duration): Promise<Sample> {
      const stop = await meter.start(pid);
      const { total, ...sample } = await loadOnce(target, connections, duration);
      const cpu = await stop();
      const seconds = cpu.server + cpu.database;
      return {
        ...sample,
        requests: total,
        ...(seconds > 0 ? { perCpuSecond: total / seconds } : {}),
      };
    },
  };
}

export function pgbenchSide(
  databaseUrl: string,
  file: string,
  script: Script,
  clients: number,
): Side {
  return {
    name: 'pgbench',
    // No CPU figure: pgbench's backends start and end within the run, out of cpu.ts's sight.
    async run(duration): Promise<Sample> {
      const { tps, latencyMs } = await runPgbench(databaseUrl, file, script, clients, duration);
      // pgbench reports the mean latency only: it stands in p50's column.
      return { rps: tps, p50: Math.round(latencyMs * 10) / 10, p99: NaN, errors: 0 };
    },
  };
}

export const FIXED_RATE_SHARES = [0.25, 0.5, 0.75] as const;
export type FixedRateSample = {
  side: string;
  share: number;
  rate: number;
  p50: number;
  p99: number;
  errors: number;
};

/** One run per side at each share of the floor's peak (autocannon's overallRate). */
export async function fixedRates(
  targets: ReadonlyMap<string, Target>,
  floorPeak: number,
  connections: number,
  duration: number,
): Promise<FixedRateSample[]> {
  const samples: FixedRateSample[] = [];
  for (const share of FIXED_RATE_SHARES) {
    const rate = Math.max(1, Math.round(floorPeak * share));
    for (const [side, target] of targets) {
      const { p50, p99, errors } = await loadOnce(target, connections, duration, rate);
      samples.push({ side, share, rate, p50, p99, errors });
    }
  }
  return samples;
}
