import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { todayIso } from '../../../lib/format';
import { EligibilityPage } from './eligibility-page';

// The eligibility list's papers come from the server (GET /export/eligibility.{xlsx,csv}) for
// the date and criteria the page shows: plain links, so the session cookie goes along.

const PLAN = { id: 'UGxhbjox', code: '67-KH/TU', title: 'Luân chuyển 2017–2020' };
const REPORT = {
  eligibleCadres: {
    totalCount: 0,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [],
  },
  rotationPlans: { nodes: [PLAN] },
};

function renderPage(language: 'vi' | 'en' = 'vi') {
  const mock = mockGraphqlClient({ EligibleCadres: () => REPORT });
  renderWithProviders(<EligibilityPage />, { client: mock.client, language });
}

const links = (name: string) =>
  within(screen.getByRole('group', { name })).getAllByRole('link') as HTMLAnchorElement[];

describe('the eligibility list papers', () => {
  it('links to the server papers for today under the default criteria', () => {
    renderPage();
    const [xlsx, csv] = links('Xuất danh sách đối tượng luân chuyển');
    expect(xlsx?.textContent).toBe('Xuất Excel (XLSX)');
    expect(xlsx?.getAttribute('href')).toBe(`/export/eligibility.xlsx?asOf=${todayIso()}`);
    expect(xlsx?.hasAttribute('download')).toBe(true);
    expect(csv?.textContent).toBe('Xuất CSV');
    expect(csv?.getAttribute('href')).toBe(`/export/eligibility.csv?asOf=${todayIso()}`);
  });

  it('carries the plan chosen', async () => {
    renderPage();
    await userEvent.selectOptions(
      screen.getByLabelText('Theo tiêu chí'),
      await screen.findByRole('option', { name: '67-KH/TU · Luân chuyển 2017–2020' }),
    );
    const [xlsx] = links('Xuất danh sách đối tượng luân chuyển');
    expect(xlsx?.getAttribute('href')).toBe(
      `/export/eligibility.xlsx?asOf=${todayIso()}&planId=UGxhbjox`,
    );
  });

  it('names the links in English', () => {
    renderPage('en');
    expect(
      links('Export the list of cadres due for rotation').map((link) => link.textContent),
    ).toEqual(['Export Excel (XLSX)', 'Export CSV']);
  });
});
