import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

// One seeded stream for the whole sample: the same seed gives the same people every time.

export type Draw = {
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** A day in [from, to] (years inclusive), as YYYY-MM-DD. */
  date(fromYear: number, toYear: number): string;
};

export function seeded(seed: number): Draw {
  const rng = xoroshiro128plus(seed);
  const int = (min: number, max: number) => uniformInt(rng, min, max);
  return {
    int,
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick() from an empty list');
      return item;
    },
    chance: (probability) => int(0, 999) < probability * 1000,
    date: (fromYear, toYear) => {
      const month = String(int(1, 12)).padStart(2, '0');
      const day = String(int(1, 28)).padStart(2, '0');
      return `${int(fromYear, toYear)}-${month}-${day}`;
    },
  };
}
