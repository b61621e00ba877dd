import { isIsoDate } from '@luanchuyen/domain';
import type { GraphQLContext } from './context';
import { AppError } from './errors';
import { t } from '../i18n/messages';
import type { CursorValue, PageRequest } from '../read/page';

// Relay connections (API.md): forward pagination with `first` (0 to 100, required) and an
// opaque `after` cursor. Cursors carry the sort key of the last row seen, so a page is one
// keyset query (`WHERE (key, id) > (…) ORDER BY key, id LIMIT first + 1`) whatever its depth.

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

export type PageArgs = { first: number; after?: string | null };

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

/** Validates `first` and `after` for a sort key of the given shape (the last is the row id). */
export function pageRequest(args: PageArgs, shape: KeyShape, ctx: GraphQLContext): PageRequest {
  if (!Number.isInteger(args.first) || args.first < 0 || args.first > MAX_PAGE_SIZE) {
    throw new AppError('BAD_USER_INPUT', t(ctx.language, 'pageSizeOutOfRange'));
  }
  if (args.after === undefined || args.after === null) return { limit: args.first, after: null };
  const after = decodeCursor(args.after, shape);
  if (after === null) throw new AppError('BAD_USER_INPUT', t(ctx.language, 'invalidCursor'));
  return { limit: args.first, after };
}

/**
 * Builds the connection from rows fetched with `LIMIT limit + 1`: the extra row only tells
 * that another page follows. `edgeOf` may add edge fields (a subject's criterion…).
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
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: rows.length > request.limit,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => (counted ??= parts.count()),
  };
}
