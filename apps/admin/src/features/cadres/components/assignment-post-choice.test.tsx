import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { AssignmentCreatePage } from './assignment-create-page';
import { enterDate, findDateField } from '../../../testing/date-field';

// The assignment form offers the posts that exist on the start date typed: a post of a ward
// merged on 1/7/2025 is hidden for a later start unless asked for, then marked.

const ID = 'Q2FkcmU6MQ==';
const post = (id: string, unitName: string, validFrom: string, validTo: string | null) => ({
  id,
  title: 'Phó Chủ tịch UBND',
  rank: 4,
  unit: { id: `unit-${id}`, name: unitName, validFrom, validTo },
});
const POSTS = {
  positions: {
    nodes: [
      post('tam-thanh', 'UBND phường Tam Thanh', '2025-07-01', null),
      post('chi-lang', 'UBND phường Chi Lăng', '2002-10-17', '2025-07-01'),
    ],
  },
  units: { nodes: [] },
};

describe('the posts offered when recording a post', () => {
  it('hides a merged ward’s post for a start after the merger, and shows it marked on request', async () => {
    const { client } = mockGraphqlClient({
      CadreName: () => ({ node: { __typename: 'Cadre', id: ID, fullName: 'Hoàng Thị Thu Trang' } }),
      PostChoices: () => POSTS,
    });
    renderWithProviders(
      <Routes>
        <Route path="/cadres/:id/assignments/new" element={<AssignmentCreatePage />} />
      </Routes>,
      { client, route: `/cadres/${encodeURIComponent(ID)}/assignments/new` },
    );
    await enterDate(await findDateField('Ngày bắt đầu'), '01/08/2025');
    const select = screen.getByRole('combobox', { name: 'Chức vụ' });
    const offered = () =>
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent);
    await waitFor(() =>
      expect(offered()).toEqual(['— Chọn —', 'Phó Chủ tịch UBND, UBND phường Tam Thanh']),
    );

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Hiện cả chức vụ của đơn vị đã giải thể/sáp nhập' }),
    );
    expect(offered()).toContain(
      'Phó Chủ tịch UBND, UBND phường Chi Lăng (đơn vị đã thôi hoạt động từ 01/07/2025)',
    );
  });
});
