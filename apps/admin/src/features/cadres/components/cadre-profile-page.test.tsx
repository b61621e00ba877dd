import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../lib/gql/graphql';
import { callsOf, mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { dateField, enterDate } from '../../../testing/date-field';
import { sessionOf } from '../../../testing/sessions.fixture';
import { CadreProfilePage } from './cadre-profile-page';

const ID = 'Q2FkcmU6/+1=';
const PROFILE_PATH = `/cadres/${encodeURIComponent(ID)}`;

const PROFILE = {
  node: {
    __typename: 'Cadre',
    id: ID,
    fullName: 'Vũ Sơn Hà',
    code: null as string | null,
    sex: 'MALE',
    birthDate: null,
    birthYear: 1975,
    isSample: false,
    status: 'ACTIVE',
    retirementDate: null,
    homeArea: null,
    body: null as { id: string; name: string } | null,
    bodies: [] as {
      body: { id: string; name: string };
      validFrom: string;
      validTo: string | null;
    }[],
    successionPool: [],
    assignments: [],
    rotations: { nodes: [] },
    evaluations: [],
  },
};

type Answers = Record<string, (variables: Record<string, unknown>) => unknown>;

function renderProfile(
  role: Role,
  state?: unknown,
  profile: typeof PROFILE = PROFILE,
  answers: Answers = {},
) {
  const mock = mockGraphqlClient({ CadreProfile: () => profile, ...answers });
  renderWithProviders(
    <Routes>
      <Route path="/cadres/:id" element={<CadreProfilePage />} />
    </Routes>,
    { client: mock.client, session: sessionOf(role), route: { pathname: PROFILE_PATH, state } },
  );
  return mock;
}

describe('the profile of a cadre', () => {
  it("offers an organizer to edit the cadre's facts", async () => {
    renderProfile('ORGANIZER');
    expect(await screen.findByRole('link', { name: 'Sửa thông tin' })).toHaveAttribute(
      'href',
      `${PROFILE_PATH}/edit`,
    );
  });

  it('offers a viewer no way to edit them', async () => {
    renderProfile('VIEWER');
    expect(await screen.findByRole('heading', { name: 'Vũ Sơn Hà' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sửa thông tin' })).not.toBeInTheDocument();
  });

  it('announces a save and reads the cadre afresh after one', async () => {
    const { executeQuery } = renderProfile('ORGANIZER', { saved: 'updated' });
    expect(await screen.findByRole('status')).toHaveTextContent('Đã lưu thông tin cán bộ.');
    expect(callsOf(executeQuery, 'CadreProfile')[0]?.context.requestPolicy).toBe('network-only');
  });

  it('announces a post just recorded', async () => {
    renderProfile('ORGANIZER', { saved: 'assignmentCreated' });
    expect(await screen.findByRole('status')).toHaveTextContent('Đã ghi nhận chức vụ.');
  });

  it('reads from the cache on an ordinary visit', async () => {
    const { executeQuery } = renderProfile('ORGANIZER');
    await screen.findByRole('heading', { name: 'Vũ Sơn Hà' });
    expect(screen.queryByText('Đã lưu thông tin cán bộ.')).not.toBeInTheDocument();
    expect(callsOf(executeQuery, 'CadreProfile')[0]?.context.requestPolicy).not.toBe(
      'network-only',
    );
  });

  it('shows the cadre code (mã cán bộ) among the facts when the cadre has one', async () => {
    renderProfile('VIEWER', undefined, { node: { ...PROFILE.node, code: 'LS-0042' } });
    const code = await screen.findByTestId('cadre-code');
    expect(code).toHaveTextContent('LS-0042');
    expect(code.previousElementSibling).toHaveTextContent('Mã cán bộ');
  });

  it('shows no code line for a cadre without one', async () => {
    renderProfile('VIEWER');
    await screen.findByRole('heading', { name: 'Vũ Sơn Hà' });
    expect(screen.queryByText('Mã cán bộ')).not.toBeInTheDocument();
  });
});

const TO_CHUC = { id: 'unit-btc', name: 'Ban Tổ chức Thành ủy' };
const HOANG_VAN_THU = { id: 'unit-hvt', name: 'Đảng ủy phường Hoàng Văn Thụ' };
const MAI_PHA = { id: 'unit-mp', name: 'Đảng ủy xã Mai Pha' };
const MANAGED = {
  node: {
    ...PROFILE.node,
    body: HOANG_VAN_THU,
    bodies: [
      { body: TO_CHUC, validFrom: '2015-03-01', validTo: '2021-01-15' },
      { body: HOANG_VAN_THU, validFrom: '2021-01-15', validTo: null },
    ],
  },
};
const UNIT_CHOICES = () => ({
  units: { totalCount: 1, nodes: [{ ...MAI_PHA, validTo: null }] },
});
const changeButton = () => screen.getByRole('button', { name: 'Đổi cơ quan quản lý' });
const changeForm = () => screen.getByRole('form', { name: 'Đổi cơ quan quản lý của Vũ Sơn Hà' });

describe('who manages a cadre, on the profile', () => {
  it('shows the managing body today and each one before it, to its last day', async () => {
    renderProfile('VIEWER', undefined, MANAGED);
    expect(await screen.findByTestId('managing-body')).toHaveTextContent(HOANG_VAN_THU.name);
    const rows = within(screen.getByTestId('managing-bodies')).getAllByRole('row').slice(1);
    // A period ends the day before the next begins: 15/01/2021 is the new body's first day.
    expect(rows.map((row) => row.textContent)).toEqual([
      `${TO_CHUC.name}01/03/201514/01/2021`,
      `${HOANG_VAN_THU.name}15/01/2021nay`,
    ]);
  });

  it('says a cadre with no body recorded is managed at the top', async () => {
    renderProfile('VIEWER');
    expect(await screen.findByTestId('managing-body')).toHaveTextContent('Cấp trên cùng');
    expect(screen.getByText(/Chưa ghi nhận cơ quan quản lý nào/)).toBeInTheDocument();
  });

  it('offers a viewer no way to change it', async () => {
    renderProfile('VIEWER', undefined, MANAGED);
    await screen.findByTestId('managing-bodies');
    expect(screen.queryByRole('button', { name: 'Đổi cơ quan quản lý' })).not.toBeInTheDocument();
  });

  it('asks an organizer for the new body, then sends it from the day typed', async () => {
    const { executeMutation, executeQuery } = renderProfile('ORGANIZER', undefined, MANAGED, {
      UnitChoices: UNIT_CHOICES,
      CadreBodyChange: () => ({
        cadreBodyChange: { cadre: { ...MANAGED.node, body: MAI_PHA }, userErrors: [] },
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Đổi cơ quan quản lý' }));
    expect(changeButton()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(
      within(changeForm()).getByRole('button', { name: 'Lưu cơ quan quản lý' }),
    );
    expect(within(changeForm()).getByLabelText('Cơ quan quản lý mới')).toHaveAccessibleDescription(
      'Chọn cơ quan quản lý mới.',
    );
    expect(callsOf(executeMutation, 'CadreBodyChange')).toEqual([]);

    await enterDate(dateField('Quản lý từ ngày', within(changeForm())), '01/07/2025');
    await userEvent.selectOptions(
      within(changeForm()).getByLabelText('Cơ quan quản lý mới'),
      MAI_PHA.name,
    );
    await userEvent.click(
      within(changeForm()).getByRole('button', { name: 'Lưu cơ quan quản lý' }),
    );
    expect(callsOf(executeMutation, 'CadreBodyChange')[0]?.variables).toEqual({
      input: { cadreId: ID, bodyId: MAI_PHA.id, validFrom: '2025-07-01' },
    });
    // The bodies offered are those that exist on the day they start managing.
    await waitFor(() =>
      expect(callsOf(executeQuery, 'UnitChoices').at(-1)?.variables).toMatchObject({
        activeAt: '2025-07-01',
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Đã đổi cơ quan quản lý.');
    expect(screen.queryByRole('form', { name: /Đổi cơ quan quản lý/ })).not.toBeInTheDocument();
  });

  it("keeps the form open with the server's refusal beside the body", async () => {
    const outOfScope = 'Cơ quan này nằm ngoài phạm vi quản lý của bạn';
    renderProfile('ORGANIZER', undefined, MANAGED, {
      UnitChoices: UNIT_CHOICES,
      CadreBodyChange: () => ({
        cadreBodyChange: {
          cadre: null,
          userErrors: [{ code: 'OUT_OF_SCOPE', field: ['input', 'bodyId'], message: outOfScope }],
        },
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Đổi cơ quan quản lý' }));
    await within(changeForm()).findByRole('option', { name: MAI_PHA.name });
    await userEvent.selectOptions(
      within(changeForm()).getByLabelText('Cơ quan quản lý mới'),
      MAI_PHA.id,
    );
    await userEvent.click(
      within(changeForm()).getByRole('button', { name: 'Lưu cơ quan quản lý' }),
    );
    await waitFor(() =>
      expect(
        within(changeForm()).getByLabelText('Cơ quan quản lý mới'),
      ).toHaveAccessibleDescription(outOfScope),
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
