import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { RotationsPage } from './rotations-page';

// The rotation history reads its filter from the address and writes every change back to it:
// a shared link opens the same list, with the records it names shown by name.

const EMPTY = {
  rotations: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] },
};
const PLAN = {
  __typename: 'RotationPlan',
  id: 'UGxhbjox',
  code: '67-KH/TU',
  title: 'Luân chuyển 2017–2020',
};

function Address() {
  const location = useLocation();
  return <output data-testid="address">{location.search}</output>;
}

function renderAt(route: string) {
  const mock = mockGraphqlClient({
    Rotations: () => EMPTY,
    RotationFilterNames: () => ({ nodes: [PLAN] }),
    RotationFilterChoices: () => ({
      units: { nodes: [{ id: 'VW5pdDox', name: 'Đảng ủy phường Vĩnh Trại' }] },
    }),
  });
  renderWithProviders(
    <>
      <RotationsPage />
      <Address />
    </>,
    { client: mock.client, route },
  );
  return mock;
}

const lastFilter = (spy: ReturnType<typeof renderAt>['executeQuery']) =>
  callsOf(spy, 'Rotations').at(-1)?.variables['filter'];

describe('the rotation history page', () => {
  it('opens on the filter its address names, the plan shown by code and title', async () => {
    const { executeQuery } = renderAt(
      '/rotations?planId=UGxhbjox&statuses=ACTIVE&startedFrom=2018-01-01',
    );
    expect(lastFilter(executeQuery)).toEqual({
      planId: 'UGxhbjox',
      statuses: ['ACTIVE'],
      startedFrom: '2018-01-01',
    });
    const plan = screen.getByLabelText('Kế hoạch') as HTMLSelectElement;
    expect(plan.selectedOptions[0]?.textContent).toBe('67-KH/TU: Luân chuyển 2017–2020');
    expect((screen.getByLabelText('Đang luân chuyển') as HTMLInputElement).checked).toBe(true);
    const from = screen.getByRole('group', { name: 'Bắt đầu từ ngày' });
    expect(
      within(from)
        .getAllByRole('spinbutton')
        .map((part) => part.textContent),
    ).toEqual(['01', '01', '2018']);
  });

  it('writes each change to the address and asks for the list it names', async () => {
    const { executeQuery } = renderAt('/rotations?statuses=ACTIVE');
    await userEvent.click(screen.getByLabelText('Đã kết thúc'));
    await userEvent.type(screen.getByLabelText('Tìm đơn vị'), 'vinh trai');
    const unit = screen.getByLabelText('Đơn vị (nơi đi hoặc nơi đến)');
    const option = await within(unit).findByRole('option', { name: 'Đảng ủy phường Vĩnh Trại' });
    await userEvent.selectOptions(unit, option);
    expect(screen.getByTestId('address').textContent).toBe(
      '?unitId=VW5pdDox&statuses=ACTIVE%2CCOMPLETED',
    );
    await waitFor(() =>
      expect(lastFilter(executeQuery)).toEqual({
        unitId: 'VW5pdDox',
        statuses: ['ACTIVE', 'COMPLETED'],
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    expect(screen.getByTestId('address').textContent).toBe('');
  });

  it('offers the lineage only once a unit is chosen', () => {
    renderAt('/rotations');
    const lineage = screen.getByLabelText('Gồm cả các đơn vị đã hợp nhất vào') as HTMLInputElement;
    expect(lineage.disabled).toBe(true);
    expect(lineage.checked).toBe(false);
  });

  it('follows the lineage of the chosen unit on request, kept in the address', async () => {
    const { executeQuery } = renderAt('/rotations?unitId=VW5pdDox');
    const lineage = screen.getByLabelText('Gồm cả các đơn vị đã hợp nhất vào') as HTMLInputElement;
    expect(lineage.disabled).toBe(false);
    expect(lineage.checked).toBe(false);
    await userEvent.click(lineage);
    expect(screen.getByTestId('address').textContent).toBe('?unitId=VW5pdDox&includeLineage=true');
    await waitFor(() =>
      expect(lastFilter(executeQuery)).toEqual({ unitId: 'VW5pdDox', includeLineage: true }),
    );
    await userEvent.click(lineage);
    expect(screen.getByTestId('address').textContent).toBe('?unitId=VW5pdDox');
    await waitFor(() => expect(lastFilter(executeQuery)).toEqual({ unitId: 'VW5pdDox' }));
  });

  it('opens a shared lineage link with the box ticked, and clearing drops it', async () => {
    const { executeQuery } = renderAt('/rotations?unitId=VW5pdDox&includeLineage=true');
    expect(lastFilter(executeQuery)).toEqual({ unitId: 'VW5pdDox', includeLineage: true });
    const lineage = screen.getByLabelText('Gồm cả các đơn vị đã hợp nhất vào') as HTMLInputElement;
    expect(lineage.checked).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    expect(screen.getByTestId('address').textContent).toBe('');
    expect(lineage.checked).toBe(false);
    expect(lineage.disabled).toBe(true);
  });

  it('says which part of the address it could not read', () => {
    renderAt('/rotations?statuses=FINISHED&startedTo=2019-02-30');
    expect(screen.getByText(/đã bỏ qua: startedTo, statuses\./)).toBeTruthy();
  });
});
