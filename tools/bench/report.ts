import type { BenchQuery } from './queries';
import type { Sample } from './run-load';
import type { FixedRateSample } from './sides';

// The benchmark's output (QUALITY.md: ratios side by side, medians, never a lone absolute
// time): throughput and latency per rung, requests per CPU-second, the fixed-rate runs, the
// single-request latencies, then the targets.

export type QueryResult = {
  query: BenchQuery;
  statements: number;
  waves: number;
  /** Medians per side: ours, postgraphile (when it can express the query), floor, pgbench. */
  samples: ReadonlyMap<string, Sample>;
  fixed: readonly FixedRateSample[];
  /** Median of sequential single requests, ms (Q3 and Q4 only). */
  single?: { ours: number; floor: number; postgraphile?: number };
};

const LATENCY_TARGET_MS = 100;
const PEER_TARGET = 1.2;
const FLOOR_TARGET = 0.6;

const fixed = (value: number | undefined, digits = 0) =>
  value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const rule = (count: number) => row(['---', ...Array<string>(count - 1).fill('---:')]);
const latency = (sample: Sample | undefined) =>
  sample ? `${fixed(sample.p50, 1)} / ${fixed(sample.p99)}` : '—';
const ratio = (a: Sample | undefined, b: Sample | undefined) =>
  a && b && b.rps > 0 ? `${(a.rps / b.rps).toFixed(2)}×` : '—';
const name = ({ query }: QueryResult) => `${query.key} ${query.label}`;

export function resultTable(results: readonly QueryResult[]): string {
  const header = [
    'query',
    'SQL/req',
    'ours req/s',
    'PostGraphile req/s',
    'floor req/s',
    'pgbench tps',
    'ours/PostGraphile',
    'ours/floor',
    'ours p50/p99 ms',
    'PostGraphile p50/p99 ms',
    'floor p50/p99 ms',
    'errors',
  ];
  const lines = results.map((result) => {
    const s = (side: string) => result.samples.get(side);
    const errors = [...result.samples.values()].reduce((sum, sample) => sum + sample.errors, 0);
    return row([
      name(result),
      `${result.statements} (${result.waves} waves)`,
      fixed(s('ours')?.rps),
      fixed(s('postgraphile')?.rps),
      fixed(s('floor')?.rps),
      fixed(s('pgbench')?.rps),
      ratio(s('ours'), s('postgraphile')),
      ratio(s('ours'), s('floor')),
      latency(s('ours')),
      latency(s('postgraphile')),
      latency(s('floor')),
      String(errors),
    ]);
  });
  return [row(header), rule(header.length), ...lines].join('\n');
}

export function cpuTable(results: readonly QueryResult[]): string {
  const header = ['query', 'ours', 'PostGraphile', 'floor'];
  const lines = results.map((result) =>
    row([
      name(result),
      ...['ours', 'postgraphile', 'floor'].map((side) =>
        fixed(result.samples.get(side)?.perCpuSecond),
      ),
    ]),
  );
  return [row(header), rule(header.length), ...lines].join('\n');
}

export function fixedRateTable(results: readonly QueryResult[]): string {
  const header = [
    'query',
    'rate',
    'ours p50/p99 ms',
    'PostGraphile p50/p99 ms',
    'floor p50/p99 ms',
  ];
  const lines = results.flatMap((result) => {
    const shares = [...new Set(result.fixed.map((sample) => sample.share))];
    return shares.map((share) => {
      const at = (side: string) =>
        result.fixed.find((sample) => sample.share === share && sample.side === side);
      const cell = (side: string) => {
        const sample = at(side);
        if (!sample) return '—';
        const errors = sample.errors ? ` (${sample.errors} errors)` : '';
        return `${fixed(sample.p50)} / ${fixed(sample.p99)}${errors}`;
      };
      return row([
        name(result),
        `${share * 100}% = ${at('floor')?.rate ?? '—'}/s`,
        cell('ours'),
        cell('postgraphile'),
        cell('floor'),
      ]);
    });
  });
  return [row(header), rule(header.length), ...lines].join('\n');
}

export function latencyTable(results: readonly QueryResult[]): string {
  const header = ['query', 'ours ms', 'PostGraphile ms', 'floor ms', 'target ms', ''];
  const lines = results.flatMap((result) =>
    result.single
      ? [
          row([
            name(result),
            fixed(result.single.ours, 1),
            fixed(result.single.postgraphile, 1),
            fixed(result.single.floor, 1),
            `< ${LATENCY_TARGET_MS}`,
            result.single.ours < LATENCY_TARGET_MS ? 'met' : 'MISSED',
          ]),
        ]
      : [],
  );
  return [row(header), rule(header.length), ...lines].join('\n');
}

/** The targets, one line each (the latency target is the national scale's). */
export function targetLines(results: readonly QueryResult[]): string[] {
  const lines: string[] = [];
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  for (const result of results) {
    const ours = result.samples.get('ours');
    const peer = result.samples.get('postgraphile');
    const floor = result.samples.get('floor');
    if (ours && peer) {
      const value = ours.rps / peer.rps;
      lines.push(
        `${result.query.key} ≥ ${PEER_TARGET}× PostGraphile: ${value.toFixed(2)}× — ${verdict(value >= PEER_TARGET)}`,
      );
    }
    if (ours && floor && ['Q1', 'Q2'].includes(result.query.name)) {
      const value = ours.rps / floor.rps;
      lines.push(
        `${result.query.key} ≥ ${FLOOR_TARGET}× the floor: ${value.toFixed(2)}× — ${verdict(value >= FLOOR_TARGET)}`,
      );
    }
    if (ours && floor && result.query.name === 'M1') {
      // QUALITY.md puts M1 in the ladder without a ratio to meet: reported, not judged.
      lines.push(`M1 against the floor: ${(ours.rps / floor.rps).toFixed(2)}× (reported)`);
    }
    if (result.single) {
      const met = result.single.ours < LATENCY_TARGET_MS;
      lines.push(
        `${result.query.key} under ${LATENCY_TARGET_MS} ms: ${result.single.ours.toFixed(1)} ms — ${verdict(met)}`,
      );
    }
  }
  return lines;
}

export function report(results: readonly QueryResult[], heading: string): string {
  const sections = [
    heading,
    '',
    resultTable(results),
    '',
    'Requests per CPU-second (server process and its PostgreSQL backends together):',
    '',
    cpuTable(results),
    '',
  ];
  if (results.some((result) => result.fixed.length > 0)) {
    sections.push('Fixed-rate runs (shares of the floor’s peak):', '', fixedRateTable(results), '');
  }
  sections.push(
    'Single-request latency (median of sequential requests):',
    '',
    latencyTable(results),
    '',
    ...targetLines(results).map((line) => `- ${line}`),
    '',
  );
  return sections.join('\n');
}
