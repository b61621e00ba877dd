import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

// Every random choice of the generator goes through one of these, so a seed fixes the whole
// dataset, row ids included. Independent parts (one stream per province and purpose) get
// their own stream by jumping 2^64 steps ahead (pure-rand's recommended way to get
// non-overlapping sequences): a province's data then does not depend on how much randomness
// the provinces before it used, and changing one part's logic leaves the others' rows alone.

export class Random {
  readonly #rng: JumpableRandomGenerator;

  constructor(rng: JumpableRandomGenerator) {
    this.#rng = rng;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.#rng, min, max);
  }

  /** Float in [0, 1). */
  float(): number {
    return uniformFloat64(this.#rng);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick() from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** One of the items, each as likely as its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let left = this.float() * total;
    for (const [item, weight] of items) {
      left -= weight;
      if (left < 0) return item;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('weighted() from an empty list');
    return last[0];
  }

  /** Roughly normal (sum of three uniforms), clamped to [min, max]. */
  around(mean: number, spread: number, min: number, max: number): number {
    const value = mean + (this.float() + this.float() + this.float() - 1.5) * spread;
    return Math.min(max, Math.max(min, value));
  }

  /** A version-4 uuid made of this stream's bits: same seed, same ids. */
  uuid(): string {
    const a = this.#rng.next() >>> 0;
    const b = ((this.#rng.next() & 0xffff0fff) | 0x00004000) >>> 0;
    const c = ((this.#rng.next() & 0x3fffffff) | 0x80000000) >>> 0;
    const d = this.#rng.next() >>> 0;
    const hex = (n: number) => n.toString(16).padStart(8, '0');
    const h = hex(a) + hex(b) + hex(c) + hex(d);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

/** Purposes of the streams; a province's streams are `index * STREAMS_PER_PART + purpose`. */
const STREAM = { structure: 0, ids: 1, people: 2, records: 3 } as const;
const STREAMS_PER_PART = 4;

/** The stream for one part of the dataset (part 0: the shared structure; part i: province i). */
export function streamFor(seed: number, part: number, purpose: keyof typeof STREAM): Random {
  const rng = xoroshiro128plus(seed);
  const jumps = part * STREAMS_PER_PART + STREAM[purpose] + 1;
  for (let i = 0; i < jumps; i += 1) rng.jump();
  return new Random(rng);
}
