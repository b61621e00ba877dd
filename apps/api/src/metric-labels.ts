// Label values that a caller chooses (GraphQL operation names, error codes) would let anyone
// who can send a request create a new time series with each request, until Prometheus and this
// process run out of memory. These sets keep the first names seen, up to a cap, and fold the
// rest into one value; the parenthesised values cannot be GraphQL names, so they never collide.

/** A caller's name past the cap, or one that is not a plain identifier. */
export const OTHER = '(other)';
/** An operation without a name. */
export const ANONYMOUS = '(anonymous)';
/** A request refused before its operation was known (parse or validation failure). */
export const INVALID = '(invalid)';

export class BoundedLabel {
  readonly #seen = new Set<string>();

  constructor(
    readonly cap: number,
    private readonly pattern: RegExp,
  ) {}

  /** The value to record for `name`: itself while there is room, OTHER after. */
  valueOf(name: string): string {
    if (this.#seen.has(name)) return name;
    if (this.#seen.size >= this.cap || !this.pattern.test(name)) return OTHER;
    this.#seen.add(name);
    return name;
  }
}

/** GraphQL's Name, shortened: an operation name worth a series. */
export const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,79}$/;
/** The error codes of API.md and Apollo: upper case with underscores. */
export const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Node accepts a few dozen methods; the rare ones share one value. */
export function methodLabel(method: string): string {
  return METHODS.has(method) ? method : 'OTHER';
}
