import { describe, expect, it } from 'vitest';
import {
  filterOfView,
  orderAfterClick,
  orderHintKey,
  paramsFromView,
  viewFromParams,
  type CadreListView,
} from './cadre-list-params';

const VIEW: CadreListView = {
  search: 'vu son',
  unitId: 'VW5pdDox',
  status: 'ACTIVE',
  ageBand: 'FROM_35_TO_44',
  pool: 'out',
  order: { field: 'BIRTH_DATE', direction: 'DESC' },
  cursors: ['c1', 'c2'],
};

describe('the cadres list in the address', () => {
  it('reads back every part of a view it wrote, the pages read in order', () => {
    const params = paramsFromView(VIEW);
    expect(params.toString()).toBe(
      'q=vu+son&unit=VW5pdDox&status=ACTIVE&age=FROM_35_TO_44&pool=out&sort=BIRTH_DATE&dir=DESC&after=c1&after=c2',
    );
    expect(viewFromParams(params)).toEqual({ view: VIEW, ignored: [] });
  });

  it('writes nothing for the plain list by name', () => {
    const plain = viewFromParams(new URLSearchParams()).view;
    expect(plain.order).toEqual({ field: 'NAME', direction: 'ASC' });
    expect(paramsFromView(plain).toString()).toBe('');
  });

  it('leaves out and names the values it does not know', () => {
    const { view, ignored } = viewFromParams(
      new URLSearchParams('status=DEAD&age=60&pool=maybe&sort=AGE&dir=UP&q=ha'),
    );
    expect(ignored).toEqual(['status=DEAD', 'age=60', 'pool=maybe', 'sort=AGE', 'dir=UP']);
    expect(view).toMatchObject({ search: 'ha', status: null, ageBand: null, pool: null });
    expect(view.order).toEqual({ field: 'NAME', direction: 'ASC' });
  });

  it('asks the API for the pool as a yes or a no, and nothing when either will do', () => {
    expect(filterOfView(VIEW)).toEqual({
      search: 'vu son',
      unitId: 'VW5pdDox',
      status: 'ACTIVE',
      ageBand: 'FROM_35_TO_44',
      inSuccessionPool: false,
    });
    expect(filterOfView({ ...VIEW, pool: 'in' }).inSuccessionPool).toBe(true);
    expect(filterOfView({ ...VIEW, pool: null, search: '  ' })).toMatchObject({
      inSuccessionPool: null,
      search: null,
    });
  });

  it('turns the sorted column around, and starts another from ascending', () => {
    const byName = { field: 'NAME', direction: 'ASC' } as const;
    expect(orderAfterClick(byName, 'NAME')).toEqual({ field: 'NAME', direction: 'DESC' });
    expect(orderAfterClick({ field: 'NAME', direction: 'DESC' }, 'BIRTH_DATE')).toEqual({
      field: 'BIRTH_DATE',
      direction: 'ASC',
    });
  });
});

describe('the line that says how the list is sorted', () => {
  it('says the birth-date order is by age band to a reader without birth dates, only then', () => {
    const byBirth = { field: 'BIRTH_DATE', direction: 'DESC' } as const;
    expect(orderHintKey(byBirth, true)).toBe('cadreList.bandOrderHint');
    expect(orderHintKey(byBirth, false)).toBe('cadreList.birthOrderHint');
    const byName = { field: 'NAME', direction: 'ASC' } as const;
    expect(orderHintKey(byName, true)).toBe('cadreList.nameOrderHint');
    expect(orderHintKey(byName, false)).toBe('cadreList.nameOrderHint');
  });
});
