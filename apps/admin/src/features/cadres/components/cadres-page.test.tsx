import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { sessionOf } from '../../../testing/sessions.fixture';
import { CadresPage } from './cadres-page';

const EMPTY_PAGE = {
  cadres: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] },
};

function renderList(role: 'ORGANIZER' | 'VIEWER') {
  const { client } = mockGraphqlClient({ CadreSearch: () => EMPTY_PAGE });
  renderWithProviders(<CadresPage />, { client, session: sessionOf(role), route: '/cadres' });
}

describe('the list of cadres', () => {
  it('offers an organizer to add a cadre', async () => {
    renderList('ORGANIZER');
    expect(await screen.findByRole('link', { name: 'Thêm cán bộ' })).toHaveAttribute(
      'href',
      '/cadres/new',
    );
  });

  it('offers a viewer no way to add one', async () => {
    renderList('VIEWER');
    expect(await screen.findByText('Không tìm thấy cán bộ nào.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Thêm cán bộ' })).not.toBeInTheDocument();
  });
});
