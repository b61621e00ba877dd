import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { ProfileStub } from '../../../testing/profile-stub';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { sessionOf } from '../../../testing/sessions.fixture';
import { CadreEditPage } from './cadre-edit-page';
import { dateField, dateShown, enterDate, findDateField } from '../../../testing/date-field';

const ID = 'Q2FkcmU6/+1=';
const EDIT_PATH = `/cadres/${encodeURIComponent(ID)}/edit`;

// The recorded home area was merged away in 2025, so today's list no longer holds it.
const VERSION_3 = {
  __typename: 'Cadre',
  id: ID,
  fullName: 'Vũ Sơn Hà',
  code: 'LS-0042',
  sex: 'MALE',
  birthDate: '1975-04-12',
  birthYear: 1975,
  homeArea: { id: 'area-chi-lang', name: 'Phường Chi Lăng' },
  notes: 'Nguồn: Báo Lạng Sơn',
  version: 3,
};
const VERSION_4 = { ...VERSION_3, fullName: 'Vũ Sơn Hải', version: 4 };

const AREAS = {
  areas: {
    totalCount: 1,
    nodes: [
      {
        id: 'area-lvt',
        name: 'Phường Lương Văn Tri',
        parent: { id: 'area-ls', name: 'Tỉnh Lạng Sơn' },
      },
    ],
  },
};

const STALE = {
  cadre: null,
  userErrors: [
    {
      code: 'STALE_VERSION',
      field: ['expectedVersion'],
      message: 'Bản ghi đã được người khác thay đổi; hãy tải lại và thử lại',
    },
  ],
};

function renderEditPage(cadreUpdate: unknown) {
  const server = { cadre: VERSION_3 };
  const mock = mockGraphqlClient({
    CadreEdit: () => ({ node: server.cadre }),
    CadreHomeAreaChoices: () => AREAS,
    CadreUpdate: () => ({ cadreUpdate }),
  });
  renderWithProviders(
    <Routes>
      <Route path="/cadres/:id/edit" element={<CadreEditPage />} />
      <Route path="/cadres/:id" element={<ProfileStub />} />
    </Routes>,
    { client: mock.client, route: EDIT_PATH },
  );
  return { ...mock, server };
}

const save = () => userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

describe("editing a cadre's facts", () => {
  it('starts from the facts the registry holds, read from the server', async () => {
    const { executeQuery } = renderEditPage(null);
    expect(await screen.findByLabelText('Họ và tên')).toHaveValue('Vũ Sơn Hà');
    expect(screen.getByLabelText('Mã cán bộ')).toHaveValue('LS-0042');
    expect(screen.getByLabelText('Giới tính')).toHaveValue('MALE');
    expect(dateShown(dateField('Ngày sinh'))).toBe('12/04/1975');
    expect(screen.getByLabelText('Năm sinh')).toBeDisabled();
    expect(screen.getByLabelText('Năm sinh')).toHaveValue(1975);
    const homeArea = screen.getByRole('combobox', { name: 'Quê quán' });
    expect(homeArea).toHaveValue('area-chi-lang');
    expect(within(homeArea).getByRole('option', { name: 'Phường Chi Lăng' })).toBeInTheDocument();
    expect(screen.getByLabelText('Ghi chú')).toHaveValue('Nguồn: Báo Lạng Sơn');
    expect(callsOf(executeQuery, 'CadreEdit')[0]?.context.requestPolicy).toBe('network-only');
  });

  it('sends the change with the version it was made from, then returns to the profile', async () => {
    const { executeMutation } = renderEditPage({
      cadre: { id: ID, fullName: 'Vũ Sơn Hà', version: 4 },
      userErrors: [],
    });
    await enterDate(await findDateField('Ngày sinh'), '');
    await userEvent.clear(screen.getByLabelText('Mã cán bộ'));
    await userEvent.type(screen.getByLabelText('Mã cán bộ'), 'LS-0043');
    fireEvent.change(screen.getByLabelText('Năm sinh'), { target: { value: '1976' } });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Quê quán' }),
      'Phường Lương Văn Tri (Tỉnh Lạng Sơn)',
    );
    await save();

    expect(callsOf(executeMutation, 'CadreUpdate')).toEqual([
      {
        variables: {
          id: ID,
          expectedVersion: 3,
          input: {
            fullName: 'Vũ Sơn Hà',
            code: 'LS-0043',
            sex: 'MALE',
            birthDate: null,
            birthYear: 1976,
            homeAreaId: 'area-lvt',
            notes: 'Nguồn: Báo Lạng Sơn',
          },
        },
        context: {},
      },
    ]);
    expect(await screen.findByTestId('profile')).toHaveTextContent(
      `/cadres/${encodeURIComponent(ID)} {"saved":"updated"}`,
    );
  });

  it('clears the notes when they are emptied on purpose', async () => {
    const { executeMutation } = renderEditPage({
      cadre: { id: ID, fullName: 'Vũ Sơn Hà', version: 4 },
      userErrors: [],
    });
    await userEvent.clear(await screen.findByLabelText('Ghi chú'));
    await save();
    const [call] = callsOf(executeMutation, 'CadreUpdate');
    expect(call?.variables).toMatchObject({ input: { notes: null } });
  });

  it('explains a stale version and reloads the facts someone else saved', async () => {
    const { executeQuery, server } = renderEditPage(STALE);
    await userEvent.selectOptions(await screen.findByLabelText('Giới tính'), 'FEMALE');
    await save();

    const notice = await screen.findByTestId('stale-version');
    expect(notice).toHaveAttribute('role', 'alert');
    expect(notice).toHaveTextContent(
      'thông tin của cán bộ này đã được người khác thay đổi, nên thay đổi của bạn chưa được lưu',
    );
    expect(screen.queryByTestId('profile')).not.toBeInTheDocument();

    server.cadre = VERSION_4;
    await userEvent.click(
      within(notice).getByRole('button', { name: 'Tải lại thông tin mới nhất' }),
    );
    expect(await screen.findByDisplayValue('Vũ Sơn Hải')).toBeInTheDocument();
    expect(screen.getByLabelText('Giới tính')).toHaveValue('MALE');
    expect(screen.queryByTestId('stale-version')).not.toBeInTheDocument();
    expect(callsOf(executeQuery, 'CadreEdit').at(-1)?.context.requestPolicy).toBe('network-only');
  });

  it('is not offered to a viewer, who reads nothing for it', () => {
    const { executeQuery } = mockGraphqlClient({});
    renderWithProviders(
      <Routes>
        <Route path="/cadres/:id/edit" element={<CadreEditPage />} />
      </Routes>,
      {
        route: EDIT_PATH,
        session: sessionOf('VIEWER'),
      },
    );
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu thay đổi' })).not.toBeInTheDocument();
    expect(executeQuery).not.toHaveBeenCalled();
  });
});
