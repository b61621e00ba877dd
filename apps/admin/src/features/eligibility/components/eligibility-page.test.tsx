import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { EligibilityPage } from './eligibility-page';

// The report shows each reason's facts beside its message (API.md `EligibilityReason { since
// unit years }`); report-rows.test.ts covers the export's columns.

const edge = (id: string, fullName: string, reasons: unknown[]) => ({
  node: { id, fullName, birthYear: 1975 },
  eligibility: { reasons, blockers: [] },
});

export const REPORT = {
  eligibleCadres: {
    totalCount: 2,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [
      edge('Q2FkcmU6MQ', 'Nguyễn Văn Đức', [
        {
          code: 'LONG_TENURE',
          message: 'Giữ chức vụ tại một cơ quan, đơn vị liên tục 10 năm (từ 01/06/2015)',
          since: '2015-06-01',
          years: 10,
          unit: { id: 'VW5pdDox', name: 'Đảng ủy phường Vĩnh Trại' },
        },
      ]),
      edge('Q2FkcmU6Mg', 'Trần Thị Mai', [
        {
          code: 'YOUNG_IN_SUCCESSION_POOL',
          message: 'Cán bộ trẻ (dưới 35 tuổi) trong quy hoạch',
          since: '2021-01-01',
          years: null,
          unit: null,
        },
      ]),
    ],
  },
  rotationPlans: { nodes: [] },
};

function renderPage(language: 'vi' | 'en' = 'vi') {
  const mock = mockGraphqlClient({ EligibleCadres: () => REPORT });
  renderWithProviders(<EligibilityPage />, { client: mock.client, language });
  return mock;
}

describe('the eligibility report', () => {
  it('shows the facts of each reason beside its message', () => {
    renderPage();
    const duc = screen.getByRole('link', { name: 'Nguyễn Văn Đức' }).closest('li');
    expect(duc?.textContent).toContain('(từ 01/06/2015 · 10 năm · Đảng ủy phường Vĩnh Trại)');
    // Only the facts the reason has: no years, no unit for this pool entry.
    const mai = screen.getByRole('link', { name: 'Trần Thị Mai' }).closest('li');
    expect(within(mai as HTMLElement).getByText('(từ 01/01/2021)')).toBeTruthy();
  });

  it('says them in English too', () => {
    renderPage('en');
    const duc = screen.getByRole('link', { name: 'Nguyễn Văn Đức' }).closest('li');
    expect(duc?.textContent).toContain('(since 01/06/2015 · 10 years · Đảng ủy phường Vĩnh Trại)');
  });
});
