import { act, fireEvent, screen, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { sessionOf } from '../../../testing/sessions.fixture';
import { CadresPage } from './cadres-page';

const EMPTY_PAGE = {
  cadres: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] },
};

const cadre = (id: string, fullName: string, birthDate: string | null) => ({
  id,
  fullName,
  sex: 'MALE',
  birthDate,
  birthYear: birthDate ? Number(birthDate.slice(0, 4)) : null,
  isSample: false,
  status: 'ACTIVE',
  postsOn: [],
});

const TWO_PAGES = (variables: Record<string, unknown>) => ({
  cadres: {
    totalCount: 3,
    pageInfo: {
      hasNextPage: variables['after'] === null,
      endCursor: variables['after'] === null ? 'cursor-1' : 'cursor-2',
    },
    nodes:
      variables['after'] === null
        ? [cadre('c1', 'Vũ Sơn Hà', null), cadre('c2', 'Vũ Minh Hoàng', '1991-06-15')]
        : [cadre('c3', 'Khổng Văn Sơn', '1971-06-15')],
  },
});

/** Shows the router's address, so a test reads what the page wrote there. */
function Address() {
  const location = useLocation();
  return <div data-testid="address">{location.search}</div>;
}

function renderList(route = '/cadres', role: 'ORGANIZER' | 'VIEWER' = 'ORGANIZER') {
  const mock = mockGraphqlClient({ CadreList: TWO_PAGES });
  renderWithProviders(
    <>
      <CadresPage />
      <Address />
    </>,
    { client: mock.client, session: sessionOf(role), route },
  );
  const lastList = () => callsOf(mock.executeQuery, 'CadreList').at(-1)?.variables;
  const address = () => new URLSearchParams(screen.getByTestId('address').textContent ?? '');
  return { lastList, address };
}

describe('the list of cadres', () => {
  it('offers an organizer to add a cadre', async () => {
    renderList();
    expect(await screen.findByRole('link', { name: 'Thêm cán bộ' })).toHaveAttribute(
      'href',
      '/cadres/new',
    );
  });

  it('offers a viewer no way to add one', async () => {
    const { client } = mockGraphqlClient({ CadreList: () => EMPTY_PAGE });
    renderWithProviders(<CadresPage />, { client, session: sessionOf('VIEWER'), route: '/cadres' });
    expect(await screen.findByText('Không tìm thấy cán bộ nào.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Thêm cán bộ' })).not.toBeInTheDocument();
  });

  it('asks the API for the filters and the order the address names', async () => {
    const { lastList } = renderList(
      '/cadres?q=vu&status=RETIRED&age=UNDER_35&pool=in&sort=BIRTH_DATE&dir=DESC',
    );
    await screen.findByRole('link', { name: 'Vũ Sơn Hà' });
    expect(lastList()).toMatchObject({
      filter: {
        search: 'vu',
        unitId: null,
        status: 'RETIRED',
        ageBand: 'UNDER_35',
        inSuccessionPool: true,
      },
      orderBy: { field: 'BIRTH_DATE', direction: 'DESC' },
      after: null,
    });
    expect(screen.getByLabelText('Tình trạng')).toHaveValue('RETIRED');
    expect(screen.getByLabelText('Độ tuổi')).toHaveValue('UNDER_35');
    expect(screen.getByLabelText('Quy hoạch')).toHaveValue('in');
    expect(screen.getByLabelText('Tìm theo họ tên')).toHaveValue('vu');
    const born = screen.getByRole('columnheader', { name: /Năm sinh/ });
    expect(born).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Họ và tên/ })).toHaveAttribute(
      'aria-sort',
      'none',
    );
  });

  it('sorts by a column header: the other way on a second press, and writes it in the address', async () => {
    const { lastList, address } = renderList();
    const header = () => screen.getByRole('columnheader', { name: /Năm sinh/ });
    fireEvent.click(
      await within(await screen.findByRole('columnheader', { name: /Năm sinh/ })).findByRole(
        'button',
      ),
    );
    expect(header()).toHaveAttribute('aria-sort', 'ascending');
    expect(address().get('sort')).toBe('BIRTH_DATE');
    expect(address().get('dir')).toBe('ASC');
    fireEvent.click(within(header()).getByRole('button'));
    expect(header()).toHaveAttribute('aria-sort', 'descending');
    expect(lastList()).toMatchObject({ orderBy: { field: 'BIRTH_DATE', direction: 'DESC' } });
    // Back to the default order: the address is plain again.
    fireEvent.click(
      within(screen.getByRole('columnheader', { name: /Họ và tên/ })).getByRole('button'),
    );
    expect(address().toString()).toBe('');
  });

  it('tells a reader who sees birth dates that unknown dates come last', async () => {
    renderList('/cadres?sort=BIRTH_DATE&dir=ASC');
    expect(
      await screen.findByText('Cán bộ chưa rõ ngày sinh luôn ở cuối danh sách.'),
    ).toBeInTheDocument();
  });

  it('keeps the pages read in the address, and goes back to the first page when a filter changes', async () => {
    const { lastList, address } = renderList('/cadres?status=ACTIVE');
    fireEvent.click(await screen.findByRole('button', { name: 'Trang sau' }));
    await screen.findByRole('link', { name: 'Khổng Văn Sơn' });
    expect(address().getAll('after')).toEqual(['cursor-1']);
    expect(lastList()).toMatchObject({ after: 'cursor-1', filter: { status: 'ACTIVE' } });
    fireEvent.change(screen.getByLabelText('Độ tuổi'), { target: { value: 'FROM_55' } });
    expect(address().getAll('after')).toEqual([]);
    expect(address().get('age')).toBe('FROM_55');
    expect(lastList()).toMatchObject({
      after: null,
      filter: { ageBand: 'FROM_55', status: 'ACTIVE' },
    });
  });

  it('opens a page from the address, and previous returns to the one before', async () => {
    const { lastList, address } = renderList('/cadres?after=cursor-1');
    await screen.findByRole('link', { name: 'Khổng Văn Sơn' });
    expect(lastList()).toMatchObject({ after: 'cursor-1' });
    fireEvent.click(screen.getByRole('button', { name: 'Trang trước' }));
    await screen.findByRole('link', { name: 'Vũ Sơn Hà' });
    expect(address().getAll('after')).toEqual([]);
  });

  it('writes the search once typing pauses, on the first page', async () => {
    const { address } = renderList('/cadres?after=cursor-1');
    await screen.findByRole('link', { name: 'Khổng Văn Sơn' });
    fireEvent.change(screen.getByLabelText('Tìm theo họ tên'), { target: { value: 'vu son ' } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(address().get('q')).toBe('vu son');
    expect(address().getAll('after')).toEqual([]);
    // The space just typed stays in the box while the next word comes.
    expect(screen.getByLabelText('Tìm theo họ tên')).toHaveValue('vu son ');
  });

  it('names the values of the address it had to ignore', async () => {
    const { lastList } = renderList('/cadres?age=OLD&sort=AGE');
    expect(await screen.findByRole('status')).toHaveTextContent('age=OLD, sort=AGE');
    expect(lastList()).toMatchObject({
      filter: { ageBand: null },
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
  });
});
