import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphqlClient } from '../../testing/mock-graphql-client';
import { renderWithProviders } from '../../testing/render-with-providers';
import { POSTS } from '../../testing/post-choices.fixture';
import { PostChoiceField, type PostChoice } from './post-choice-field';

function Picker({ asOf }: { asOf: string | null }) {
  const [search, setSearch] = useState('');
  const [value, setValue] = useState<PostChoice | null>(null);
  return (
    <PostChoiceField
      searchLabel="Tìm chức vụ"
      label="Chức vụ"
      search={search}
      onSearch={setSearch}
      value={value}
      onChange={setValue}
      asOf={asOf}
    />
  );
}

function renderPicker(asOf: string | null) {
  const mock = mockGraphqlClient({ PostChoices: () => POSTS });
  renderWithProviders(<Picker asOf={asOf} />, { client: mock.client });
  const options = () =>
    within(screen.getByRole('combobox', { name: 'Chức vụ' }))
      .getAllByRole('option')
      .slice(1)
      .map((option) => option.textContent);
  return { ...mock, options };
}

const TOGGLE = 'Hiện cả chức vụ của đơn vị đã giải thể/sáp nhập';

describe('the post picker', () => {
  it('hides posts of units that do not exist on the start date, until asked to show them', async () => {
    const { options, executeQuery } = renderPicker('2025-08-01');
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(options()).toEqual([
      'Bí thư Đảng ủy, Đảng ủy phường Tam Thanh',
      'Bí thư Đảng ủy, Đảng ủy phường Kỳ Lừa',
    ]);
    expect(callsOf(executeQuery, 'PostChoices').at(-1)?.variables).toMatchObject({
      asOf: '2025-08-01',
    });

    await userEvent.click(screen.getByRole('checkbox', { name: TOGGLE }));
    await waitFor(() => expect(options()).toHaveLength(3));
    expect(options()).toContain(
      'Bí thư Đảng ủy, Đảng ủy phường Hoàng Văn Thụ (đơn vị đã thôi hoạt động từ 01/07/2025)',
    );
    // Units of any day are asked for now, so a closed unit found by its name shows too.
    expect(callsOf(executeQuery, 'PostChoices').at(-1)?.variables).toMatchObject({ asOf: null });
  });

  it('hides a unit not yet formed on the start date, and marks it when shown', async () => {
    const { options } = renderPicker('2018-06-01');
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(options()).toEqual([
      'Bí thư Đảng ủy, Đảng ủy phường Tam Thanh',
      'Bí thư Đảng ủy, Đảng ủy phường Hoàng Văn Thụ',
    ]);

    await userEvent.click(screen.getByRole('checkbox', { name: TOGGLE }));
    expect(options()).toContain(
      'Bí thư Đảng ủy, Đảng ủy phường Kỳ Lừa (đơn vị chỉ hoạt động từ 01/07/2025)',
    );
  });

  it('with no start date yet, shows every post and marks those of closed units', async () => {
    const { options } = renderPicker(null);
    await waitFor(() => expect(options()).toHaveLength(3));
    expect(options()).toEqual([
      'Bí thư Đảng ủy, Đảng ủy phường Tam Thanh',
      'Bí thư Đảng ủy, Đảng ủy phường Hoàng Văn Thụ (đơn vị đã thôi hoạt động từ 01/07/2025)',
      'Bí thư Đảng ủy, Đảng ủy phường Kỳ Lừa',
    ]);
    expect(screen.queryByRole('checkbox', { name: TOGGLE })).not.toBeInTheDocument();
  });
});
