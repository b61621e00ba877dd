// A list with O(1) add, remove and random pick, for the pools the simulation samples from
// millions of times (who could move up, which seats are vacant). Each item remembers its own
// slot, so removal swaps the last item into the hole instead of searching.

export type Slotted = { slot: number };

export class IndexedList<T extends Slotted> {
  readonly items: T[] = [];

  get size(): number {
    return this.items.length;
  }

  has(item: T): boolean {
    return item.slot >= 0 && this.items[item.slot] === item;
  }

  add(item: T): void {
    if (this.has(item)) return;
    item.slot = this.items.length;
    this.items.push(item);
  }

  remove(item: T): void {
    if (!this.has(item)) return;
    const last = this.items.pop() as T;
    if (last !== item) {
      last.slot = item.slot;
      this.items[item.slot] = last;
    }
    item.slot = -1;
  }

  at(index: number): T | undefined {
    return this.items[index];
  }
}

/** Items kept in a min-heap by day; ties leave in the order they were scheduled. */
export class EventQueue<T> {
  readonly #days: number[] = [];
  readonly #seqs: number[] = [];
  readonly #items: T[] = [];
  #seq = 0;

  get size(): number {
    return this.#items.length;
  }

  push(day: number, item: T): void {
    let i = this.#items.length;
    this.#days.push(day);
    this.#seqs.push(this.#seq++);
    this.#items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#before(i, parent)) break;
      this.#swap(i, parent);
      i = parent;
    }
  }

  /** The earliest day queued, or undefined when empty. */
  peekDay(): number | undefined {
    return this.#days[0];
  }

  pop(): T | undefined {
    const top = this.#items[0];
    const last = this.#items.length - 1;
    if (last < 0) return undefined;
    this.#swap(0, last);
    this.#days.pop();
    this.#seqs.pop();
    this.#items.pop();
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.#items.length && this.#before(left, smallest)) smallest = left;
      if (right < this.#items.length && this.#before(right, smallest)) smallest = right;
      if (smallest === i) break;
      this.#swap(i, smallest);
      i = smallest;
    }
    return top;
  }

  #before(a: number, b: number): boolean {
    const dayA = this.#days[a] as number;
    const dayB = this.#days[b] as number;
    return dayA < dayB || (dayA === dayB && (this.#seqs[a] as number) < (this.#seqs[b] as number));
  }

  #swap(a: number, b: number): void {
    const days = this.#days;
    const seqs = this.#seqs;
    const items = this.#items;
    [days[a], days[b]] = [days[b] as number, days[a] as number];
    [seqs[a], seqs[b]] = [seqs[b] as number, seqs[a] as number];
    [items[a], items[b]] = [items[b] as T, items[a] as T];
  }
}
