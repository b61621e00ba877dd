import { isIsoDate, isOneOf, type IsoDate } from '@luanchuyen/domain';
import { rowIdOf, type NodeType } from '../global-ids';
import { t, type Language } from '../i18n/messages';

// The query string of a paper, read strictly: a paper says which rows it holds, so a parameter
// it does not know, a value it cannot read or one given twice is refused (400) naming the
// parameter, never dropped so that the file silently holds more than asked.

export type PaperRefusal = { status: 400 | 404 | 422; code: string; message: string };

export class PaperQueryError extends Error {
  constructor(readonly refusal: PaperRefusal) {
    super(refusal.message);
  }
}

export class PaperQuery {
  private readonly read = new Set<string>();

  constructor(
    private readonly params: URLSearchParams,
    readonly language: Language,
  ) {}

  private refuse(status: 400 | 404, code: string, message: string, name: string): never {
    throw new PaperQueryError({ status, code, message: `${message}: ${name}` });
  }

  /** A parameter given at most once, trimmed; null when absent or empty. */
  single(name: string): string | null {
    this.read.add(name);
    const values = this.params.getAll(name);
    if (values.length > 1) {
      this.refuse(400, 'BAD_REQUEST', t(this.language, 'exportRepeatedParameter'), name);
    }
    const value = values[0]?.trim();
    return value ? value : null;
  }

  date(name: string): IsoDate | null {
    const value = this.single(name);
    if (value === null) return null;
    if (!isIsoDate(value)) {
      this.refuse(400, 'BAD_REQUEST', t(this.language, 'exportInvalidDate'), name);
    }
    return value;
  }

  /** The row id of a global id of `type`. */
  id(name: string, type: NodeType): string | null {
    const value = this.single(name);
    if (value === null) return null;
    const found = rowIdOf(value, type);
    if (!found) this.refuse(400, 'BAD_REQUEST', t(this.language, 'invalidId'), name);
    return found.id;
  }

  /** Values of a closed list, repeated (?s=A&s=B) or comma-separated (?s=A,B), as the admin writes them. */
  list<T extends string>(names: readonly string[], allowed: readonly T[]): T[] | null {
    const parts = names.flatMap((name) => {
      this.read.add(name);
      return this.params
        .getAll(name)
        .flatMap((value) => value.split(','))
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map((part) => ({ name, part }));
    });
    const bad = parts.find(({ part }) => !isOneOf(allowed, part));
    if (bad) {
      const message = `${t(this.language, 'exportInvalidValue')} (${allowed.join(', ')})`;
      this.refuse(400, 'BAD_REQUEST', message, bad.name);
    }
    const values = [...new Set(parts.map(({ part }) => part as T))];
    return values.length > 0 ? values : null;
  }

  boolean(name: string): boolean | null {
    const value = this.single(name);
    if (value === null) return null;
    if (value !== 'true' && value !== 'false') {
      this.refuse(
        400,
        'BAD_REQUEST',
        `${t(this.language, 'exportInvalidValue')} (true, false)`,
        name,
      );
    }
    return value === 'true';
  }

  /** After every parameter was read: refuses any the paper does not take. */
  rejectUnknown(): void {
    for (const name of this.params.keys()) {
      if (!this.read.has(name)) {
        this.refuse(400, 'BAD_REQUEST', t(this.language, 'exportUnknownParameter'), name);
      }
    }
  }

  /** A 400 naming the parameter, for a combination the paper does not take. */
  badRequest(message: string, name: string): never {
    this.refuse(400, 'BAD_REQUEST', message, name);
  }

  notFound(name: string): never {
    this.refuse(404, 'NOT_FOUND', t(this.language, 'unknownId'), name);
  }
}
