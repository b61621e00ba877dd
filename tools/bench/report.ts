import type { Sample } from './run-load';
import type { BenchQuery } from './queries';

// The benchmark's output: one Markdown table of throughput and latency, ours beside the floor
// (QUALITY.md: ratios side by side, medians, never a lone absolute time), then the targets.

export type QueryResult = {
  query: BenchQuery;
  statements: number;
  waves: number;
  ours: Sample;
  floor: Sample;
  /** Median of sequential single requests, ms (Q3 and Q4 only). */
  single?: { ours: number; floor: number };
};

const LATENCY_TARGET_MS = 100;
const Q1_RATIO_TARGET = 0.5;

const fixed = (value: number, digits = 0) => value.toFixed(digits);

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function resultTable(results: readonly QueryResult[]): string {
  const header = row([
    'query',
    'SQL/req',
    'ours req/s',
    'floor req/s',
    'ratio',
    'ours p50/p99 ms',
    'floor p50/p99 ms',
    'errors',
  ]);
  const rule = row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']);
  const lines = results.map(({ query, statements, waves, ours, floor }) =>
    row([
      `${query.name} ${query.label}`,
      `${statements} (${waves} waves)`,
      fixed(ours.rps),
      fixed(floor.rps),
      `${fixed(ours.rps / floor.rps, 2)}×`,
      `${ours.p50} / ${ours.p99}`,
      `${floor.p50} / ${floor.p99}`,
      String(ours.errors + floor.errors),
    ]),
  );
  return [header, rule, ...lines].join('\n');
}

export function latencyTable(results: readonly QueryResult[]): string {
  const lines = results.flatMap(({ query, single }) =>
    single
      ? [
          row([
            `${query.name} ${query.label}`,
            fixed(single.ours, 1),
            fixed(single.floor, 1),
            `< ${LATENCY_TARGET_MS}`,
            single.ours < LATENCY_TARGET_MS ? 'met' : 'MISSED',
          ]),
        ]
      : [],
  );
  return [
    row(['query', 'ours ms', 'floor ms', 'target ms', '']),
    row(['---', '---:', '---:', '---:', '---']),
    ...lines,
  ].join('\n');
}

/** The targets of the issue at this scale, one line each. */
export function targetLines(results: readonly QueryResult[]): string[] {
  const lines: string[] = [];
  const q1 = results.find((result) => result.query.name === 'Q1');
  if (q1) {
    const ratio = q1.ours.rps / q1.floor.rps;
    lines.push(
      `Q1 ≥ ${Q1_RATIO_TARGET}× the floor: ${fixed(ratio, 2)}× — ${ratio >= Q1_RATIO_TARGET ? 'met' : 'MISSED'}`,
    );
  }
  for (const { query, single } of results) {
    if (!single) continue;
    const met = single.ours < LATENCY_TARGET_MS;
    lines.push(
      `${query.name} under ${LATENCY_TARGET_MS} ms: ${fixed(single.ours, 1)} ms — ${met ? 'met' : 'MISSED'}`,
    );
  }
  return lines;
}

export function report(results: readonly QueryResult[], heading: string): string {
  return [
    heading,
    '',
    resultTable(results),
    '',
    'Single-request latency (median of sequential requests):',
    '',
    latencyTable(results),
    '',
    ...targetLines(results).map((line) => `- ${line}`),
    '',
  ].join('\n');
}
