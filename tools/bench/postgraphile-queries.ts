import { decodeGlobalId } from '@luanchuyen/domain';
import type { BenchQuery } from './queries';

// PostGraphile's equivalents of Q1–Q3 (postgraphile-server.ts), next to ours (operations.ts),
// and the mapping of both answers to one shape: ours with row ids (global ids decoded), the
// fields both can answer, in the same order. Q4 and M1 have no equivalent: eligibility is the
// rules library (libs/rules) judging each candidate's history in Node, and rotationCreate runs
// those rules before it writes; PostGraphile can only expose tables and SQL functions.

const POSITION = `rowId title unitByUnitId { rowId name }`;

export const PG_Q1 = /* GraphQL */ `
  query PgQ1($id: UUID!) {
    cadreByRowId(rowId: $id) {
      rowId
      fullName
      sex
      birthDate
      areaByHomeAreaId { rowId name }
      assignmentsByCadreId(orderBy: [START_DATE_ASC, ROW_ID_ASC]) {
        nodes {
          rowId kind startDate endDate
          positionByPositionId { rowId title rank unitByUnitId { rowId name } }
        }
      }
      rotationsByCadreId(first: 50, orderBy: [START_DATE_ASC, ROW_ID_ASC]) {
        totalCount
        nodes {
          rowId startDate plannedEndDate endDate status category direction rankChange
          positionByFromPositionId { ${POSITION} }
          positionByToPositionId { ${POSITION} }
        }
      }
    }
  }
`;

const Q2_POSITION = `rowId title unitByUnitId { rowId name level }`;

// A rotation touches the unit when the post left or the post taken is one of its posts
// (connection-filter's relation filters, `connectionFilterRelations`).
export const PG_Q2 = /* GraphQL */ `
  query PgQ2($unitId: UUID!, $from: Date!, $to: Date!, $first: Int!) {
    allRotations(
      first: $first
      orderBy: [START_DATE_DESC, ROW_ID_DESC]
      filter: {
        or: [
          { positionByFromPositionId: { unitId: { equalTo: $unitId } } }
          { positionByToPositionId: { unitId: { equalTo: $unitId } } }
        ]
        startDate: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to }
      }
    ) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        rowId startDate plannedEndDate endDate status category direction
        cadreByCadreId { rowId fullName }
        positionByFromPositionId { ${Q2_POSITION} }
        positionByToPositionId { ${Q2_POSITION} }
      }
    }
  }
`;

// The statistics count active and completed rotations (as ours does); START_DATE_YEAR is the
// grouping the server adds to pg-aggregates (postgraphile-server.ts).
export const PG_Q3 = /* GraphQL */ `
  query PgQ3 {
    allRotations(filter: { status: { in: [ACTIVE, COMPLETED] } }) {
      totalCount
      byCategory: groupedAggregates(groupBy: CATEGORY) {
        keys
        distinctCount {
          rowId
        }
      }
      byYear: groupedAggregates(groupBy: START_DATE_YEAR) {
        keys
        distinctCount {
          rowId
        }
      }
      byDirection: groupedAggregates(groupBy: DIRECTION) {
        keys
        distinctCount {
          rowId
        }
      }
    }
  }
`;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = { [key: string]: Json };

const rowId = (id: unknown) => decodeGlobalId(String(id))?.id ?? String(id);

/** The PostGraphile operation for one of our queries, or null when it has none. */
export function postgraphileQuery(query: BenchQuery): { query: string; variables: object } | null {
  const v = query.variables;
  switch (query.name) {
    case 'Q1':
      return { query: PG_Q1, variables: { id: rowId(v['id']) } };
    case 'Q2':
      return {
        query: PG_Q2,
        variables: { unitId: rowId(v['unitId']), from: v['from'], to: v['to'], first: v['first'] },
      };
    case 'Q3':
      return { query: PG_Q3, variables: {} };
    default:
      return null;
  }
}

/** Ours in the common shape: global ids decoded, fields PostGraphile cannot answer dropped. */
export function oursShape(value: unknown, key = ''): Json {
  if (Array.isArray(value)) return value.map((item) => oursShape(item));
  if (value !== null && typeof value === 'object') {
    const out: Row = {};
    for (const [field, inner] of Object.entries(value)) {
      // retirementDate is the rules' (libs/rules) reckoning, not a column; cursors are opaque.
      if (field === 'retirementDate' || field === 'endCursor') continue;
      out[field] = oursShape(inner, field);
    }
    return out;
  }
  if (key === 'id' && typeof value === 'string') return rowId(value);
  return (value ?? null) as Json;
}

const asRow = (value: unknown): Row => (value ?? {}) as Row;
const nodes = (connection: unknown): Row[] => (asRow(connection)['nodes'] ?? []) as Row[];

function unit(value: unknown, fields: readonly string[]): Json {
  if (value === null || value === undefined) return null;
  const row = asRow(value);
  return Object.fromEntries([
    ['id', row['rowId'] ?? null],
    ...fields.map((f) => [f, row[f] ?? null]),
  ]);
}

function position(value: unknown, fields: readonly string[], unitFields: readonly string[]): Json {
  if (value === null || value === undefined) return null;
  const row = asRow(value);
  return {
    id: row['rowId'] ?? null,
    ...Object.fromEntries(fields.map((f) => [f, row[f] ?? null])),
    unit: unit(row['unitByUnitId'], unitFields),
  };
}

const pick = (row: Row, fields: readonly string[]): Row =>
  Object.fromEntries(fields.map((field) => [field, row[field] ?? null]));

const ROTATION_FIELDS = [
  'startDate',
  'plannedEndDate',
  'endDate',
  'status',
  'category',
  'direction',
];

function q1(data: Row): Json {
  const cadre = data['cadreByRowId'] as Row | null;
  if (!cadre) return { node: null };
  const rotations = asRow(cadre['rotationsByCadreId']);
  return {
    node: {
      id: cadre['rowId'] ?? null,
      ...pick(cadre, ['fullName', 'sex', 'birthDate']),
      homeArea: unit(cadre['areaByHomeAreaId'], ['name']),
      assignments: nodes(cadre['assignmentsByCadreId']).map((a) => ({
        id: a['rowId'] ?? null,
        ...pick(a, ['kind', 'startDate', 'endDate']),
        position: position(a['positionByPositionId'], ['title', 'rank'], ['name']),
      })),
      rotations: {
        totalCount: rotations['totalCount'] ?? null,
        nodes: nodes(rotations).map((r) => ({
          id: r['rowId'] ?? null,
          ...pick(r, [...ROTATION_FIELDS, 'rankChange']),
          fromPosition: position(r['positionByFromPositionId'], ['title'], ['name']),
          toPosition: position(r['positionByToPositionId'], ['title'], ['name']),
        })),
      },
    },
  };
}

function q2(data: Row): Json {
  const rotations = asRow(data['allRotations']);
  const cadreOf = (r: Row) => {
    const cadre = asRow(r['cadreByCadreId']);
    return { id: cadre['rowId'] ?? null, fullName: cadre['fullName'] ?? null };
  };
  return {
    rotations: {
      totalCount: rotations['totalCount'] ?? null,
      pageInfo: { hasNextPage: asRow(rotations['pageInfo'])['hasNextPage'] ?? null },
      nodes: nodes(rotations).map((r) => ({
        id: r['rowId'] ?? null,
        ...pick(r, ROTATION_FIELDS),
        cadre: cadreOf(r),
        fromPosition: position(r['positionByFromPositionId'], ['title'], ['name', 'level']),
        toPosition: position(r['positionByToPositionId'], ['title'], ['name', 'level']),
      })),
    },
  };
}

type Group = { keys: string[]; distinctCount: { rowId: string } };

/** Groups as [{ <key>: value, count }], sorted by key: neither side promises an order. */
function groups(list: unknown, key: string, parse: (text: string) => Json): Json[] {
  return ((list ?? []) as Group[])
    .map((group) => ({
      [key]: parse(group.keys[0] ?? ''),
      count: Number(group.distinctCount.rowId),
    }))
    .sort((a, b) => String(a[key]).localeCompare(String(b[key])));
}

function q3(data: Row): Json {
  const all = asRow(data['allRotations']);
  return {
    rotationStats: {
      total: all['totalCount'] ?? null,
      byCategory: groups(all['byCategory'], 'category', String),
      byYear: groups(all['byYear'], 'year', Number),
      byDirection: groups(all['byDirection'], 'direction', String),
    },
  };
}

/** Ours' Q3 with its groups sorted by key and empty groups dropped, as q3() gives them. */
function oursStats(shape: Json): Json {
  const stats = asRow(asRow(shape)['rotationStats']);
  const sorted = (list: Json | undefined, key: string) =>
    ((list ?? []) as Row[])
      .filter((group) => Number(group['count']) > 0)
      .sort((a, b) => String(a[key]).localeCompare(String(b[key])));
  return {
    rotationStats: {
      total: stats['total'] ?? null,
      byCategory: sorted(stats['byCategory'], 'category'),
      byYear: sorted(stats['byYear'], 'year'),
      byDirection: sorted(stats['byDirection'], 'direction'),
    },
  };
}

/** Both answers of one query in the common shape. */
export function commonShapes(query: BenchQuery, ours: unknown, theirs: unknown): [Json, Json] {
  const data = asRow(theirs);
  const shape = oursShape(ours);
  switch (query.name) {
    case 'Q1':
      return [shape, q1(data)];
    case 'Q2':
      return [shape, q2(data)];
    case 'Q3':
      return [oursStats(shape), q3(data)];
    default:
      return [shape, null];
  }
}
