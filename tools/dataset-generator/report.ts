// Progress lines and the closing summary, on stdout.

const started = performance.now();

export function seconds(since: number = started): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

export function log(message: string): void {
  process.stdout.write(`[${seconds().padStart(6)} s] ${message}\n`);
}

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`, for logs. */
export function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

/** `"public"."cadres"` → `cadres`. */
function plainName(quoted: string): string {
  return quoted.replace(/"/g, '').replace(/^public\./, '');
}

export function table(rows: ReadonlyMap<string, number>): string {
  const names = [...rows.keys()].map(plainName);
  const width = Math.max(...names.map((name) => name.length), 5);
  const lines = [...rows].map(
    ([name, n]) => `  ${plainName(name).padEnd(width)}  ${count(n).padStart(11)}`,
  );
  const total = [...rows.values()].reduce((sum, n) => sum + n, 0);
  return [...lines, `  ${'total'.padEnd(width)}  ${count(total).padStart(11)}`].join('\n');
}
