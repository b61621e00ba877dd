import { isIsoDate } from '@luanchuyen/domain';
import type { GraphQLContext } from './context';
import { AppError } from './errors';
import { t, type MessageKey } from '../i18n/messages';
import type { CursorValue, PageRequest } from '../read/page';

// Relay connections (API.md): `first` (1 to 100) with an optional `after` pages forward,
// `last` (1 to 100) with an optional `before` pages backward; exactly one of first and last.
// Cursors carry the sort key of a row, so a page is one keyset query (`WHERE (key, id) > (…)
// ORDER BY key, id LIMIT first + 1`) whatever its depth; a backward page is the same query in
// the reverse order, its rows turned back here, so one cursor means one row both ways.

export const MAX_PAGE_SIZE = 100;

/** What each value of a sort key is, so a cursor is checked before it reaches SQL. */
export type KeyShape = readonly ('text' | 'date' | 'uuid' | 'int')[];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function fits(value: unknown, kind: KeyShape[number]): boolean {
  switch (kind) {
    case 'text':
      return typeof value === 'string' && value.length <= 500;
    case 'date':
      return isIsoDate(value);
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'int':
      return Number.isSafeInteger(value);
  }
}

export type PageArgs = {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
};

export type Edge<T> = { cursor: string; node: T };

export type Connection<T, E extends Edge<T> = Edge<T>> = {
  edges: E[];
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  /** Counted only when the field is asked for: graphql-js calls the function then. */
  totalCount: () => Promise<number>;
};

function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, shape: KeyShape): CursorValue[] | null {
  if (cursor.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid =
      Array.isArray(values) &&
      values.length === shape.length &&
      shape.every((kind, index) => fits(values[index], kind));
    return valid ? (values as CursorValue[]) : null;
  } catch {
    return null;
  }
}

function badPage(ctx: GraphQLContext, message: MessageKey, argument?: string): AppError {
  const text = t(ctx.language, message);
  return new AppError('BAD_USER_INPUT', argument ? `${text}: ${argument}` : text);
}

const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

/**
 * Validates the page arguments for a sort key of the given shape (the last is the row id):
 * exactly one of `first` and `last`, 1 to 100; `after` only with `first`, `before` only with
 * `last`; a cursor that decodes to that shape.
 */
export function pageRequest(args: PageArgs, shape: KeyShape, ctx: GraphQLContext): PageRequest {
  const backward = given(args.last);
  if (given(args.first) && backward) throw badPage(ctx, 'pageSizeBoth');
  if (!given(args.first) && !backward) throw badPage(ctx, 'pageSizeMissing');
  if (backward ? given(args.after) : given(args.before)) {
    throw badPage(ctx, 'cursorOfOtherDirection', backward ? 'after' : 'before');
  }
  const size = backward ? args.last : args.first;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badPage(ctx, 'pageSizeOutOfRange', backward ? 'last' : 'first');
  }
  const text = backward ? args.before : args.after;
  if (!given(text)) return { limit: size, cursor: null, backward };
  const cursor = decodeCursor(text, shape);
  if (cursor === null) throw badPage(ctx, 'invalidCursor', backward ? 'before' : 'after');
  return { limit: size, cursor, backward };
}

/**
 * Builds the connection from rows fetched with `LIMIT limit + 1` in the page's direction (the
 * reverse of the list's order for a backward page): the extra row only tells that another page
 * lies beyond. `edgeOf` may add edge fields (a subject's criterion…).
 */
export function connectionOf<R, T, E extends Edge<T> = Edge<T>>(
  rows: readonly R[],
  request: PageRequest,
  parts: {
    keyOf: (row: R) => CursorValue[];
    nodeOf: (row: R) => T;
    edgeOf?: (row: R, edge: Edge<T>) => E;
    count: () => Promise<number>;
  },
): Connection<T, E> {
  const page = rows.slice(0, request.limit);
  // Nodes are always in the connection's own order, whichever way the page was read.
  if (request.backward) page.reverse();
  const edges = page.map((row) => {
    // Encoded when read: most clients ask only for pageInfo's end cursor, not every edge's.
    let cursor: string | undefined;
    const edge = {
      get cursor() {
        return (cursor ??= encodeCursor(parts.keyOf(row)));
      },
      node: parts.nodeOf(row),
    };
    return parts.edgeOf ? parts.edgeOf(row, edge) : (edge as E);
  });
  let counted: Promise<number> | undefined;
  // Rows beyond the page in the direction read: the extra row says so. Rows on the cursor's
  // other side: a cursor means the page starts past a row that was there.
  const beyond = rows.length > request.limit;
  const behind = request.cursor !== null;
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: request.backward ? behind : beyond,
      hasPreviousPage: request.backward ? beyond : behind,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => (counted ??= parts.count()),
  };
}
