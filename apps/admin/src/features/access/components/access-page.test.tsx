import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { AccessPage } from './access-page';

// The access page as an admin uses it: the lists, a new user checked before it is sent and the
// server's objections beside the fields, a refused role change kept open, a key's secret once.

const admin = {
  status: 'signedIn',
  viewer: { username: 'admin', role: 'ADMIN', bodyName: null },
  signOut: async () => undefined,
} as const;

const page = (nodes: unknown[]) => ({
  totalCount: nodes.length,
  pageInfo: { hasNextPage: false, endCursor: null },
  nodes,
});

const USERS = {
  users: page([
    {
      id: 'VXNlcjox',
      username: 'admin',
      role: 'ADMIN',
      createdAt: '2026-01-31T18:00:00.000Z',
      disabledAt: null,
      version: 1,
      body: null,
    },
    {
      id: 'VXNlcjoy',
      username: 'can-bo',
      role: 'VIEWER',
      createdAt: '2026-02-01T02:00:00.000Z',
      disabledAt: '2026-03-01T02:00:00.000Z',
      version: 3,
      body: { id: 'unit-hvt', name: 'Đảng ủy phường Hoàng Văn Thụ' },
    },
  ]),
};
const KEYS = {
  apiKeys: page([
    {
      id: 'QXBpS2V5OjE',
      name: 'Báo cáo',
      role: 'VIEWER',
      personalData: false,
      createdAt: '2026-02-01T02:00:00.000Z',
      revokedAt: '2026-02-02T02:00:00.000Z',
      body: null,
    },
    {
      id: 'QXBpS2V5OjM',
      name: 'Cổng hồ sơ',
      role: 'VIEWER',
      personalData: true,
      createdAt: '2026-02-03T02:00:00.000Z',
      revokedAt: null,
      body: { id: 'unit-mp', name: 'Đảng ủy xã Mai Pha' },
    },
  ]),
};
const refused = (code: string, field: string[], message: string) => ({
  user: null,
  userErrors: [{ code, field, message }],
});

// The bodies a scope can be given, as the unit search answers.
const BODIES = {
  units: {
    totalCount: 2,
    nodes: [
      { id: 'unit-tu', name: 'Thành ủy Lạng Sơn', validTo: null },
      { id: 'unit-mp', name: 'Đảng ủy xã Mai Pha', validTo: null },
    ],
  },
};

function renderPage(answers: Record<string, (variables: Record<string, unknown>) => unknown>) {
  const mock = mockGraphqlClient({
    AccessUsers: () => USERS,
    AccessApiKeys: () => KEYS,
    UnitChoices: () => BODIES,
    ...answers,
  });
  renderWithProviders(<AccessPage />, { client: mock.client, session: admin });
  return mock;
}

describe('the access page', () => {
  it('lists users with their role, state and day created, and keys revoked as revoked', () => {
    renderPage({});
    const own = screen.getByText('admin (bạn)').closest('tr');
    // 18:00 UTC on 31 January is already 1 February in Vietnam.
    expect(own && within(own).getByText('01/02/2026')).toBeTruthy();
    const disabled = screen.getByText('can-bo').closest('tr');
    expect(disabled && within(disabled).getByText('Đã khóa')).toBeTruthy();
    expect(disabled && within(disabled).getByText('Chỉ xem')).toBeTruthy();
    const key = screen.getByText('Báo cáo').closest('tr');
    expect(key && within(key).getByText('Đã thu hồi ngày 02/02/2026')).toBeTruthy();
    expect(key && within(key).queryByRole('button', { name: /Thu hồi/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Mở khóa tài khoản can-bo' })).toBeTruthy();
  });

  it('checks a new user before sending it, then shows the server’s objection beside the field', async () => {
    const mock = renderPage({
      UserCreate: () => ({
        userCreate: refused('USERNAME_TAKEN', ['input', 'username'], 'Tên đăng nhập đã được dùng'),
      }),
    });
    const form = screen.getByRole('form', { name: 'Thêm người dùng' });
    await userEvent.type(within(form).getByLabelText('Tên đăng nhập'), 'can-bo');
    await userEvent.type(within(form).getByLabelText('Mật khẩu'), 'ngắn');
    await userEvent.click(within(form).getByRole('button', { name: 'Tạo người dùng' }));
    expect(within(form).getByText('Mật khẩu phải dài từ 12 đến 256 ký tự.')).toBeTruthy();
    expect(callsOf(mock.executeMutation, 'UserCreate')).toEqual([]);

    await userEvent.type(within(form).getByLabelText('Mật khẩu'), '-đủ-dài-rồi');
    await userEvent.click(within(form).getByRole('button', { name: 'Tạo người dùng' }));
    expect(callsOf(mock.executeMutation, 'UserCreate')[0]?.variables).toEqual({
      input: { username: 'can-bo', password: 'ngắn-đủ-dài-rồi', role: 'VIEWER' },
    });
    const username = within(form).getByLabelText('Tên đăng nhập');
    expect(username.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Tên đăng nhập đã được dùng')).toBeTruthy();
  });

  it('keeps a refused role change open with the reason beside the role', async () => {
    const mock = renderPage({
      UserUpdate: () => ({
        userUpdate: refused(
          'OWN_ADMIN_ACCOUNT',
          ['input', 'role'],
          'Không thể tự hạ quyền hoặc tự khóa tài khoản quản trị của chính mình',
        ),
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Đổi vai trò của admin' }));
    const dialog = screen.getByRole('dialog', { name: 'Đổi vai trò' });
    await userEvent.selectOptions(within(dialog).getByLabelText('Vai trò mới'), 'VIEWER');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(callsOf(mock.executeMutation, 'UserUpdate')[0]?.variables).toEqual({
      id: 'VXNlcjox',
      expectedVersion: 1,
      input: { role: 'VIEWER' },
    });
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(within(dialog).getByText(/tài khoản quản trị của chính mình/)).toBeTruthy();
  });

  it('refuses a short new password in the dialog without sending it', async () => {
    const mock = renderPage({});
    await userEvent.click(screen.getByRole('button', { name: 'Đặt lại mật khẩu của can-bo' }));
    const dialog = screen.getByRole('dialog', { name: 'Đặt lại mật khẩu' });
    await userEvent.type(within(dialog).getByLabelText('Mật khẩu mới'), 'ngắn');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(within(dialog).getByText('Mật khẩu phải dài từ 12 đến 256 ký tự.')).toBeTruthy();
    expect(callsOf(mock.executeMutation, 'UserResetPassword')).toEqual([]);
  });

  it('shows a new key’s secret once, with the warning, until the admin says it is stored', async () => {
    renderPage({
      ApiKeyCreate: () => ({
        apiKeyCreate: {
          apiKey: {
            id: 'QXBpS2V5OjI',
            name: 'Cổng thông tin',
            role: 'VIEWER',
            createdAt: '2026-02-01T02:00:00.000Z',
            revokedAt: null,
          },
          secret: 'lck_bi-mat',
          userErrors: [],
        },
      }),
    });
    const form = screen.getByRole('form', { name: 'Thêm khóa API' });
    await userEvent.type(within(form).getByLabelText('Tên khóa'), 'Cổng thông tin');
    await userEvent.click(within(form).getByRole('button', { name: 'Tạo khóa API' }));
    const secret = screen.getByTestId('api-key-secret');
    expect(within(secret).getByDisplayValue('lck_bi-mat')).toBeTruthy();
    expect(within(secret).getByText(/chỉ hiện một lần/)).toBeTruthy();
    // The form starts again, empty.
    const again = screen.getByRole('form', { name: 'Thêm khóa API' });
    expect((within(again).getByLabelText('Tên khóa') as HTMLInputElement).value).toBe('');
    await userEvent.click(within(secret).getByRole('button', { name: 'Tôi đã lưu mã' }));
    expect(screen.queryByDisplayValue('lck_bi-mat')).toBeNull();
  });

  it('shows which keys may read personal data, and grants it only when the box is ticked', async () => {
    const mock = renderPage({
      ApiKeyCreate: () => ({
        apiKeyCreate: {
          apiKey: {
            id: 'QXBpS2V5OjQ',
            name: 'Cổng nhân sự',
            role: 'VIEWER',
            personalData: true,
            createdAt: '2026-02-04T02:00:00.000Z',
            revokedAt: null,
          },
          secret: 'lck_ho-so',
          userErrors: [],
        },
      }),
    });
    const plain = screen.getByText('Báo cáo').closest('tr');
    expect(plain && within(plain).getByText('Không')).toBeTruthy();
    const granted = screen.getByText('Cổng hồ sơ').closest('tr');
    expect(granted && within(granted).getByText('Được xem')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Thêm khóa API' });
    const box = within(form).getByRole('checkbox', { name: 'Được xem dữ liệu cá nhân' });
    expect((box as HTMLInputElement).checked).toBe(false);
    await userEvent.type(within(form).getByLabelText('Tên khóa'), 'Cổng nhân sự');
    await userEvent.click(box);
    await userEvent.click(within(form).getByRole('button', { name: 'Tạo khóa API' }));
    expect(callsOf(mock.executeMutation, 'ApiKeyCreate').map((call) => call.variables)).toEqual([
      { input: { name: 'Cổng nhân sự', role: 'VIEWER', personalData: true } },
    ]);
  });

  it('shows each user’s and key’s management scope, the top for none', () => {
    renderPage({});
    const users = within(screen.getByRole('region', { name: 'Người dùng' }));
    expect(users.getByRole('columnheader', { name: 'Phạm vi quản lý' })).toBeTruthy();
    const own = users.getByText('admin (bạn)').closest('tr');
    expect(own && within(own).getByText('Toàn bộ (cấp trên cùng)')).toBeTruthy();
    const scoped = users.getByText('can-bo').closest('tr');
    expect(scoped && within(scoped).getByText('Đảng ủy phường Hoàng Văn Thụ')).toBeTruthy();
    const revoked = screen.getByText('Báo cáo').closest('tr');
    expect(revoked && within(revoked).getByText('Toàn bộ (cấp trên cùng)')).toBeTruthy();
    const key = screen.getByText('Cổng hồ sơ').closest('tr');
    expect(key && within(key).getByText('Đảng ủy xã Mai Pha')).toBeTruthy();
  });

  it('gives a new user the body chosen as their scope', async () => {
    const mock = renderPage({
      UserCreate: () => ({ userCreate: { user: null, userErrors: [] } }),
    });
    const form = screen.getByRole('form', { name: 'Thêm người dùng' });
    const scope = within(form).getByRole('combobox', { name: 'Phạm vi quản lý' });
    expect(within(scope).getByRole('option', { selected: true }).textContent).toBe(
      'Toàn bộ (cấp trên cùng)',
    );
    await userEvent.type(within(form).getByLabelText('Tên đăng nhập'), 'mai-pha');
    await userEvent.type(within(form).getByLabelText('Mật khẩu'), 'mật-khẩu-đủ-dài');
    await userEvent.selectOptions(scope, 'Đảng ủy xã Mai Pha');
    await userEvent.click(within(form).getByRole('button', { name: 'Tạo người dùng' }));
    expect(callsOf(mock.executeMutation, 'UserCreate')[0]?.variables).toEqual({
      input: {
        username: 'mai-pha',
        password: 'mật-khẩu-đủ-dài',
        role: 'VIEWER',
        bodyId: 'unit-mp',
      },
    });
  });

  it('changes a user’s scope, and widens it to the top with null', async () => {
    const mock = renderPage({
      UserUpdate: () => ({
        userUpdate: { user: { id: 'VXNlcjoy', version: 4 }, userErrors: [] },
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Đổi phạm vi quản lý của can-bo' }));
    let dialog = screen.getByRole('dialog', { name: 'Đổi phạm vi quản lý' });
    const scope = within(dialog).getByRole('combobox', { name: 'Phạm vi quản lý mới' });
    // The body the user has now is chosen, and stays offered whatever the search finds.
    expect(scope).toHaveValue('unit-hvt');
    await userEvent.selectOptions(scope, 'Thành ủy Lạng Sơn');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));

    await userEvent.click(screen.getByRole('button', { name: 'Đổi phạm vi quản lý của can-bo' }));
    dialog = screen.getByRole('dialog', { name: 'Đổi phạm vi quản lý' });
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Phạm vi quản lý mới' }),
      'Toàn bộ (cấp trên cùng)',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(callsOf(mock.executeMutation, 'UserUpdate').map((call) => call.variables)).toEqual([
      { id: 'VXNlcjoy', expectedVersion: 3, input: { bodyId: 'unit-tu' } },
      { id: 'VXNlcjoy', expectedVersion: 3, input: { bodyId: null } },
    ]);
  });

  it('keeps a refused scope change open with the server’s reason beside the scope', async () => {
    renderPage({
      UserUpdate: () => ({
        userUpdate: refused(
          'OUT_OF_SCOPE',
          ['input', 'bodyId'],
          'Đơn vị này nằm ngoài phạm vi quản lý',
        ),
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Đổi phạm vi quản lý của admin' }));
    const dialog = screen.getByRole('dialog', { name: 'Đổi phạm vi quản lý' });
    const scope = within(dialog).getByRole('combobox', { name: 'Phạm vi quản lý mới' });
    await userEvent.selectOptions(scope, 'Đảng ủy xã Mai Pha');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(scope).toHaveAccessibleDescription(
      expect.stringContaining('Đơn vị này nằm ngoài phạm vi quản lý'),
    );
  });

  it('reads a new key within the body chosen at its creation', async () => {
    const mock = renderPage({
      ApiKeyCreate: () => ({ apiKeyCreate: { apiKey: null, secret: null, userErrors: [] } }),
    });
    const form = screen.getByRole('form', { name: 'Thêm khóa API' });
    await userEvent.type(within(form).getByLabelText('Tên khóa'), 'Cổng xã Mai Pha');
    await userEvent.selectOptions(
      within(form).getByRole('combobox', { name: 'Phạm vi quản lý' }),
      'Đảng ủy xã Mai Pha',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Tạo khóa API' }));
    expect(callsOf(mock.executeMutation, 'ApiKeyCreate')[0]?.variables).toEqual({
      input: { name: 'Cổng xã Mai Pha', role: 'VIEWER', personalData: false, bodyId: 'unit-mp' },
    });
  });

  it('refuses anyone but an admin without asking the API', () => {
    const mock = mockGraphqlClient({});
    renderWithProviders(<AccessPage />, { client: mock.client });
    expect(screen.getByRole('alert').textContent).toMatch(/quản trị viên/);
    expect(mock.executeQuery).not.toHaveBeenCalled();
  });
});
