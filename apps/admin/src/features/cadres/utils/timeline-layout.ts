// Places a career on a time axis: each period becomes a bar with x and width in percent of the
// span from the first start to the last end (open periods end today). Pure, so it is tested
// without a browser.

export type Period = { id: string; start: string; end: string | null };
export type Bar = { id: string; left: number; width: number; open: boolean };
export type Tick = { year: number; left: number };
export type TimelineLayout = { bars: Bar[]; ticks: Tick[]; from: string; to: string };

function dayNumber(iso: string): number {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function layoutTimeline(periods: readonly Period[], today: string): TimelineLayout | null {
  if (periods.length === 0) return null;
  const starts = periods.map((period) => period.start).sort();
  const ends = periods.map((period) => period.end ?? today).sort();
  const from = starts[0] ?? today;
  const to = [ends[ends.length - 1] ?? today, today].sort()[1] ?? today;
  const firstDay = dayNumber(`${from.slice(0, 4)}-01-01`);
  const lastDay = dayNumber(`${Number(to.slice(0, 4)) + 1}-01-01`);
  const span = Math.max(1, lastDay - firstDay);
  const toPercent = (iso: string) => ((dayNumber(iso) - firstDay) / span) * 100;

  const bars = periods.map((period) => {
    const left = toPercent(period.start);
    const right = toPercent(period.end ?? today);
    // A period of a few days still gets a visible sliver.
    return { id: period.id, left, width: Math.max(0.5, right - left), open: period.end === null };
  });
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4)) + 1;
  // About ten labelled ticks whatever the span: every year, or every 2, 5 or 10 years.
  const step = [1, 2, 5, 10].find((size) => (lastYear - firstYear) / size <= 10) ?? 20;
  const ticks: Tick[] = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) {
    ticks.push({ year, left: toPercent(`${year}-01-01`) });
  }
  return { bars, ticks, from, to };
}
