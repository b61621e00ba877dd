import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../lib/gql/graphql';
import { callsOf, mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
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
    successionPool: [],
    assignments: [],
    rotations: { nodes: [] },
    evaluations: [],
  },
};

function renderProfile(role: Role, state?: unknown, profile: typeof PROFILE = PROFILE) {
  const mock = mockGraphqlClient({ CadreProfile: () => profile });
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
