import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { EligibilityPanel } from './eligibility-panel';

// The profile's eligibility panel shows each reason's facts (API.md `EligibilityReason { since
// unit years }`) after its message, only those the reason has.

const ANSWER = {
  node: {
    __typename: 'Cadre',
    id: 'Q2FkcmU6MQ',
    eligibility: {
      subject: true,
      decision: 'YES',
      asOf: '2025-06-01',
      message: 'Thuộc đối tượng luân chuyển',
      criteria: { code: 'DEFAULT', legalBasis: { document: 'Kế hoạch 67-KH/TU', clause: 'Mục 2' } },
      reasons: [
        {
          code: 'LONG_TENURE',
          message: 'Giữ chức vụ tại một cơ quan, đơn vị liên tục 1 năm',
          since: '2024-06-01',
          years: 1,
          unit: { id: 'VW5pdDox', name: 'Phòng Nội vụ thành phố' },
          legalBasis: null,
        },
        {
          code: 'YOUNG_IN_SUCCESSION_POOL',
          message: 'Cán bộ trẻ (dưới 35 tuổi) trong quy hoạch',
          since: null,
          years: null,
          unit: null,
          legalBasis: null,
        },
      ],
      blockers: [],
    },
  },
  rotationPlans: { nodes: [] },
};

function renderPanel(language: 'vi' | 'en') {
  const mock = mockGraphqlClient({ CadreEligibility: () => ANSWER });
  renderWithProviders(<EligibilityPanel cadreId="Q2FkcmU6MQ" today="2025-06-01" />, {
    client: mock.client,
    language,
  });
}

describe('the eligibility panel', () => {
  it('shows the facts of a reason after its message', () => {
    renderPanel('vi');
    expect(screen.getByText('(từ 01/06/2024 · 1 năm · Phòng Nội vụ thành phố)')).toBeTruthy();
  });

  it('says them in English with the right number', () => {
    renderPanel('en');
    expect(screen.getByText('(since 01/06/2024 · 1 year · Phòng Nội vụ thành phố)')).toBeTruthy();
  });

  it('shows no brackets for a reason without facts', () => {
    renderPanel('vi');
    const young = screen.getByText(/Cán bộ trẻ \(dưới 35 tuổi\) trong quy hoạch/).closest('li');
    expect(young?.textContent).not.toContain('(từ');
    expect(young?.querySelector('.muted')).toBeNull();
  });
});
