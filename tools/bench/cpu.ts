import { readFileSync } from 'node:fs';
import pg from 'pg';

// Requests per CPU-second (QUALITY.md): the CPU time of the server process and of the
// PostgreSQL backends serving the benchmark's database, from /proc/<pid>/stat (utime + stime,
// in clock ticks of 1/100 s on Linux). Backends are found in pg_stat_activity by database; one
// that appears during a run counts from zero, one that ends during it is lost (the pools keep
// their connections while the load lasts).

const TICKS_PER_SECOND = 100;

/** utime + stime of a process in seconds; 0 when it is gone or unreadable. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: fields count from after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

export type CpuMeter = {
  /** Starts a measurement; the returned function gives server and database CPU seconds. */
  start(
    serverPid: number | undefined,
  ): Promise<() => Promise<{ server: number; database: number }>>;
  close(): Promise<void>;
};

export function cpuMeter(databaseUrl: string): CpuMeter {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const backends = async (): Promise<Map<number, number>> => {
    const { rows } = await pool.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return new Map(rows.map(({ pid }) => [pid, cpuSeconds(pid)]));
  };
  return {
    async start(serverPid) {
      const server = serverPid ? cpuSeconds(serverPid) : 0;
      const before = await backends();
      return async () => {
        const after = await backends();
        let database = 0;
        for (const [pid, seconds] of after) database += seconds - (before.get(pid) ?? 0);
        return { server: serverPid ? cpuSeconds(serverPid) - server : 0, database };
      };
    },
    close: () => pool.end(),
  };
}
