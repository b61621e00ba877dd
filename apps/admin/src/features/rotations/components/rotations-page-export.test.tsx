import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { RotationsPage } from './rotations-page';

// The rotation history's papers: links to /export/rotations.{xlsx,csv} with the filter the
// page shows, so the file holds every row of the list on screen, not just its first page.

const EMPTY = {
  rotations: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] },
};

function renderAt(route: string, language: 'vi' | 'en' = 'vi') {
  const mock = mockGraphqlClient({
    Rotations: () => EMPTY,
    RotationFilterNames: () => ({ nodes: [] }),
    RotationFilterChoices: () => ({ units: { nodes: [] } }),
  });
  renderWithProviders(<RotationsPage />, { client: mock.client, route, language });
}

const links = (name: string) =>
  within(screen.getByRole('group', { name })).getAllByRole('link') as HTMLAnchorElement[];

describe('the rotation history papers', () => {
  it('exports the whole list without a filter', () => {
    renderAt('/rotations');
    const [xlsx, csv] = links('Xuất danh sách theo bộ lọc đang chọn');
    expect(xlsx?.textContent).toBe('Xuất Excel');
    expect(xlsx?.getAttribute('href')).toBe('/export/rotations.xlsx');
    expect(xlsx?.hasAttribute('download')).toBe(true);
    expect(csv?.textContent).toBe('Xuất CSV');
    expect(csv?.getAttribute('href')).toBe('/export/rotations.csv');
  });

  it('exports the filter of the address, with the names the list keeps in it', () => {
    renderAt('/rotations?planId=UGxhbjox&statuses=ACTIVE,COMPLETED&startedFrom=2018-01-01');
    const hrefs = links('Xuất danh sách theo bộ lọc đang chọn').map((link) =>
      link.getAttribute('href'),
    );
    const query = 'planId=UGxhbjox&statuses=ACTIVE%2CCOMPLETED&startedFrom=2018-01-01';
    expect(hrefs).toEqual([`/export/rotations.xlsx?${query}`, `/export/rotations.csv?${query}`]);
  });

  it('follows a change of filter at once', async () => {
    renderAt('/rotations?statuses=ACTIVE');
    await userEvent.click(screen.getByLabelText('Đã kết thúc'));
    const [xlsx] = links('Xuất danh sách theo bộ lọc đang chọn');
    expect(xlsx?.getAttribute('href')).toBe('/export/rotations.xlsx?statuses=ACTIVE%2CCOMPLETED');
  });

  it('names the links in English', () => {
    renderAt('/rotations', 'en');
    expect(links('Export the list as filtered').map((link) => link.textContent)).toEqual([
      'Export Excel',
      'Export CSV',
    ]);
  });
});
