import { describe, expect, it } from 'vitest';
import { filterFromParams, paramsFromFilter } from './rotation-list-params';

// The rotation history's address is its filter: read back exactly what was written, and what
// cannot be read is named, not dropped in silence.

const read = (query: string) => filterFromParams(new URLSearchParams(query));

describe('the rotation history address', () => {
  it('round-trips every filter through the query string', () => {
    const filter = {
      planId: 'UGxhbjox',
      unitId: 'VW5pdDox',
      includeLineage: true,
      cadreId: 'Q2FkcmU6MQ',
      statuses: ['ACTIVE' as const, 'COMPLETED' as const],
      categories: ['DOWN_TO_GRASSROOTS' as const],
      startedFrom: '2018-01-01',
      startedTo: '2018-12-31',
      activeAt: '2019-06-30',
      overdue: true,
    };
    const params = paramsFromFilter(filter);
    expect(params.toString()).toBe(
      'cadreId=Q2FkcmU6MQ&planId=UGxhbjox&unitId=VW5pdDox&includeLineage=true' +
        '&statuses=ACTIVE%2CCOMPLETED' +
        '&categories=DOWN_TO_GRASSROOTS&startedFrom=2018-01-01&startedTo=2018-12-31' +
        '&activeAt=2019-06-30&overdue=true',
    );
    expect(filterFromParams(params)).toEqual({ filter, ignored: [] });
  });

  it('keeps the links other pages make (?planId=…, ?fromUnitId=…)', () => {
    expect(read('planId=UGxhbjox&fromUnitId=VW5pdDoy')).toEqual({
      filter: { planId: 'UGxhbjox', fromUnitId: 'VW5pdDoy' },
      ignored: [],
    });
  });

  it('reads includeLineage=false as the plain unit filter and writes no lineage without a unit', () => {
    expect(read('unitId=VW5pdDox&includeLineage=false')).toEqual({
      filter: { unitId: 'VW5pdDox' },
      ignored: [],
    });
    expect(paramsFromFilter({ includeLineage: true }).toString()).toBe('');
  });

  it('writes nothing for a cleared filter, so the plain list has the plain address', () => {
    expect(paramsFromFilter({ statuses: null, planId: null, overdue: null }).toString()).toBe('');
  });

  it.each([
    [
      'a status that does not exist',
      'statuses=ACTIVE,FINISHED',
      { statuses: ['ACTIVE'] },
      ['statuses'],
    ],
    ['an impossible day', 'startedFrom=2019-02-30', {}, ['startedFrom']],
    ['a day written the other way', 'activeAt=30/06/2019', {}, ['activeAt']],
    ['a category that does not exist', 'categories=SIDEWAYS', {}, ['categories']],
    ['an overdue that is not true or false', 'overdue=yes', {}, ['overdue']],
    ['a parameter the list does not know', 'colour=red', {}, ['colour']],
    ['a lineage without a unit', 'includeLineage=true', {}, ['includeLineage']],
    [
      'a lineage that is not true or false',
      'unitId=VW5pdDox&includeLineage=1',
      { unitId: 'VW5pdDox' },
      ['includeLineage'],
    ],
  ])('names %s instead of widening the list', (_case, query, filter, ignored) => {
    expect(read(query)).toEqual({ filter, ignored });
  });
});
