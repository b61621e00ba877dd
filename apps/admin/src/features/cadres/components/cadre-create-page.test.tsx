import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../../lib/format';
import { callsOf, mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { ProfileStub } from '../../../testing/profile-stub';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { sessionOf } from '../../../testing/sessions.fixture';
import { CadreCreatePage } from './cadre-create-page';
import { dateField, enterDate } from '../../../testing/date-field';

// Global ids are base64 and may hold "/", "+" and "=": the profile URL must encode them.
const NEW_ID = 'Q2FkcmU6/+1=';

const AREAS = {
  areas: {
    totalCount: 2,
    nodes: [
      { id: 'area-kl', name: 'Phường Kỳ Lừa', parent: { id: 'area-ls', name: 'Tỉnh Lạng Sơn' } },
      { id: 'area-tt', name: 'Phường Tam Thanh', parent: { id: 'area-ls', name: 'Tỉnh Lạng Sơn' } },
    ],
  },
};

const BODIES = {
  units: {
    totalCount: 1,
    nodes: [{ id: 'unit-hvt', name: 'Đảng ủy phường Hoàng Văn Thụ', validTo: null }],
  },
};

function renderCreatePage(cadreCreate: unknown) {
  const mock = mockGraphqlClient({
    CadreHomeAreaChoices: () => AREAS,
    UnitChoices: () => BODIES,
    CadreCreate: () => ({ cadreCreate }),
  });
  renderWithProviders(
    <Routes>
      <Route path="/cadres/new" element={<CadreCreatePage />} />
      <Route path="/cadres/:id" element={<ProfileStub />} />
    </Routes>,
    { client: mock.client, route: '/cadres/new' },
  );
  return mock;
}

const created = { cadre: { id: NEW_ID, fullName: 'Vũ Sơn Hà', version: 1 }, userErrors: [] };
const submit = () => userEvent.click(screen.getByRole('button', { name: 'Thêm cán bộ' }));

describe('adding a cadre', () => {
  it('asks for the name beside the field and sends nothing while it is empty', async () => {
    const { executeMutation } = renderCreatePage(created);
    fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: '   ' } });
    await submit();

    const name = screen.getByLabelText('Họ và tên');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Nhập họ và tên cán bộ.'));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Chưa lưu được');
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('refuses a name over 100 characters and a birth year before 1900', async () => {
    const { executeMutation } = renderCreatePage(created);
    fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: 'Ă'.repeat(101) } });
    fireEvent.change(screen.getByLabelText('Năm sinh'), { target: { value: '1899' } });
    await submit();

    expect(screen.getByLabelText('Họ và tên')).toHaveAccessibleDescription(
      expect.stringContaining('Họ và tên không quá 100 ký tự (đang có 101).'),
    );
    expect(screen.getByLabelText('Năm sinh')).toHaveAccessibleDescription(
      expect.stringContaining(`Năm sinh phải là số nguyên từ 1900 đến ${todayIso().slice(0, 4)}.`),
    );
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('sends the trimmed NFC name and the chosen facts, then opens the new profile', async () => {
    const { executeMutation, executeQuery } = renderCreatePage(created);
    // Typed on a keyboard that produces decomposed letters (NFD), with stray spaces.
    const decomposed = '  Vũ Sơn Hà  '.normalize('NFD');
    fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: decomposed } });
    await userEvent.selectOptions(screen.getByLabelText('Giới tính'), 'FEMALE');
    await userEvent.type(screen.getByLabelText('Năm sinh'), '1975');
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Quê quán' }),
      'Phường Tam Thanh (Tỉnh Lạng Sơn)',
    );
    fireEvent.change(screen.getByLabelText('Ghi chú'), {
      target: { value: 'Theo bài báo về Lạng Sơn'.normalize('NFD') },
    });
    await submit();

    expect(executeMutation).toHaveBeenCalledOnce();
    const [operation] = callsOf(executeMutation, 'CadreCreate');
    expect(operation?.variables).toEqual({
      input: {
        fullName: 'Vũ Sơn Hà'.normalize('NFC'),
        code: null,
        sex: 'FEMALE',
        birthDate: null,
        birthYear: 1975,
        homeAreaId: 'area-tt',
        notes: 'Theo bài báo về Lạng Sơn'.normalize('NFC'),
      },
    });
    // No managing body chosen: none is sent, and the API gives the creator's own.
    expect(operation?.variables['input']).not.toHaveProperty('bodyId');
    expect(operation?.context.additionalTypenames).toContain('CadreConnection');
    // Only areas that exist today are offered as home areas.
    expect(callsOf(executeQuery, 'CadreHomeAreaChoices')[0]?.variables).toMatchObject({
      activeAt: todayIso(),
      first: 100,
    });
    expect(await screen.findByTestId('profile')).toHaveTextContent(
      `/cadres/${encodeURIComponent(NEW_ID)} {"saved":"created"}`,
    );
  });

  it('takes the birth year from a birth date and does not send a year of its own', async () => {
    const { executeMutation } = renderCreatePage(created);
    fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: 'Phạm Đức Huân' } });
    await userEvent.type(screen.getByLabelText('Năm sinh'), '1960');
    await enterDate(dateField('Ngày sinh'), '02/03/1968');

    const year = screen.getByLabelText('Năm sinh');
    expect(year).toBeDisabled();
    expect(year).toHaveValue(1968);
    await submit();
    expect(callsOf(executeMutation, 'CadreCreate')[0]?.variables['input']).toMatchObject({
      birthDate: '1968-03-02',
      birthYear: null,
      sex: null,
      homeAreaId: null,
      notes: null,
    });
  });

  it("shows the server's userErrors beside their fields and the others in an alert", async () => {
    renderCreatePage({
      cadre: null,
      userErrors: [
        {
          code: 'INVALID_INPUT',
          field: ['input', 'fullName'],
          message: 'Máy chủ: tên không hợp lệ',
        },
        { code: 'NOT_FOUND', field: ['input', 'homeAreaId'], message: 'Không tìm thấy địa bàn' },
        { code: 'FORBIDDEN', field: null, message: 'Bạn không có quyền thêm cán bộ' },
      ],
    });
    fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: 'Vũ Sơn Hà' } });
    await submit();

    const name = screen.getByLabelText('Họ và tên');
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(
        expect.stringContaining('Máy chủ: tên không hợp lệ'),
      ),
    );
    expect(screen.getByRole('combobox', { name: 'Quê quán' })).toHaveAccessibleDescription(
      'Không tìm thấy địa bàn',
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Bạn không có quyền thêm cán bộ');
    expect(alert).not.toHaveTextContent('Không tìm thấy địa bàn');
    expect(screen.queryByTestId('profile')).not.toBeInTheDocument();

    // Editing the name retires the server's message about the old one.
    await userEvent.type(name, ' Hà');
    expect(name).not.toHaveAccessibleDescription(
      expect.stringContaining('Máy chủ: tên không hợp lệ'),
    );
  });

  it('sends the managing body chosen among the bodies that exist today', async () => {
    const { executeMutation, executeQuery } = renderCreatePage(created);
    fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: 'Vũ Sơn Hà' } });
    const body = screen.getByRole('combobox', { name: 'Cơ quan quản lý' });
    expect(body).toHaveValue('');
    expect(body).toHaveAccessibleDescription(expect.stringContaining('Không bắt buộc'));
    await screen.findByRole('option', { name: 'Đảng ủy phường Hoàng Văn Thụ' });
    await userEvent.selectOptions(body, 'unit-hvt');
    await submit();

    expect(callsOf(executeMutation, 'CadreCreate')[0]?.variables['input']).toMatchObject({
      fullName: 'Vũ Sơn Hà',
      bodyId: 'unit-hvt',
    });
    expect(callsOf(executeQuery, 'UnitChoices')[0]?.variables).toMatchObject({
      activeAt: todayIso(),
    });
  });

  it('is not offered to a viewer', () => {
    renderWithProviders(<CadreCreatePage />, {
      session: sessionOf('VIEWER'),
    });
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm cán bộ' })).not.toBeInTheDocument();
  });
});
