import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../lib/gql/graphql';
import { cachingGraphqlClient } from '../../../testing/caching-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { sessionOf } from '../../../testing/sessions.fixture';
import { CadreProfilePage } from './cadre-profile-page';
import { dateField, enterDate } from '../../../testing/date-field';

const ID = 'Q2FkcmU6/+1=';
const PROFILE_PATH = `/cadres/${encodeURIComponent(ID)}`;

const post = (id: string, title: string, unit: string) => ({
  __typename: 'Position',
  id,
  title,
  isKey: true,
  unit: { __typename: 'Unit', id: `unit-${id}`, name: unit },
});
const PAST = {
  __typename: 'Assignment',
  id: 'as-past',
  kind: 'APPOINTED',
  startDate: '2015-03-01',
  endDate: '2021-01-15',
  version: 2,
  position: post('pos-cv', 'Chuyên viên', 'Văn phòng Tỉnh ủy'),
  rotation: null,
};
const HELD = {
  ...PAST,
  id: 'as-held',
  kind: 'ELECTED',
  startDate: '2021-01-15',
  endDate: null as string | null,
  version: 3,
  position: post('pos-pct', 'Phó Chủ tịch UBND', 'UBND phường Tam Thanh'),
};

/** The API's records, which a test changes as the server or another user would. */
function renderProfile(role: Role, assignmentEnd: (variables: Record<string, unknown>) => unknown) {
  const server = { held: HELD };
  const mock = cachingGraphqlClient({
    CadreProfile: () => ({
      node: {
        __typename: 'Cadre',
        id: ID,
        fullName: 'Hoàng Thị Thu Trang',
        sex: 'FEMALE',
        birthDate: '1988-03-18',
        birthYear: 1988,
        isSample: false,
        status: 'ACTIVE',
        notes: null,
        retirementDate: null,
        homeArea: null,
        body: null,
        bodies: [],
        successionPool: [],
        assignments: [PAST, server.held],
        rotations: { __typename: 'RotationConnection', nodes: [] },
        evaluations: [],
      },
    }),
    AssignmentEnd: (variables) => ({ assignmentEnd: assignmentEnd(variables) }),
  });
  renderWithProviders(
    <Routes>
      <Route path="/cadres/:id" element={<CadreProfilePage />} />
    </Routes>,
    { client: mock.client, session: sessionOf(role), route: PROFILE_PATH },
  );
  return { ...mock, server };
}

function rowOf(title: string): HTMLElement {
  const row = within(screen.getByRole('figure')).getByText(title, { exact: false }).closest('li');
  if (!row) throw new Error(`no timeline row for ${title}`);
  return row;
}
const endButton = () => screen.getByRole('button', { name: /^Kết thúc chức vụ Phó Chủ tịch UBND/ });
const confirm = () => userEvent.click(screen.getByRole('button', { name: 'Xác nhận' }));

describe("ending a post from the cadre's career", () => {
  it('offers an editor to record a post, and to end only the posts still held', async () => {
    renderProfile('ORGANIZER', () => null);
    expect(await screen.findByRole('link', { name: 'Ghi nhận chức vụ' })).toHaveAttribute(
      'href',
      `${PROFILE_PATH}/assignments/new`,
    );
    expect(within(rowOf('Phó Chủ tịch UBND')).getByRole('button')).toHaveTextContent('Kết thúc');
    expect(within(rowOf('Chuyên viên')).queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers a viewer neither', async () => {
    renderProfile('VIEWER', () => null);
    await screen.findByRole('heading', { name: 'Hoàng Thị Thu Trang' });
    expect(rowOf('Phó Chủ tịch UBND')).toHaveTextContent('15/01/2021 – nay');
    // The stored end 2021-01-15 is the first day off the post: its last day reads 14/01/2021.
    expect(rowOf('Chuyên viên')).toHaveTextContent('01/03/2015 – 14/01/2021');
    expect(screen.queryByRole('link', { name: 'Ghi nhận chức vụ' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Kết thúc/ })).not.toBeInTheDocument();
  });

  it('refuses a last day before the start, then sends the day after it with the version read', async () => {
    const { server, requestsOf } = renderProfile('ADMIN', (variables) => {
      const input = variables['input'] as { endDate: string };
      server.held = { ...HELD, endDate: input.endDate, version: 4 };
      // Shaped as the AssignmentEnd document selects it.
      const assignment = {
        __typename: 'Assignment',
        id: 'as-held',
        version: 4,
        endDate: input.endDate,
        cadre: { __typename: 'Cadre', id: ID },
      };
      return { __typename: 'AssignmentPayload', assignment, userErrors: [] };
    });
    await userEvent.click(await screen.findByRole('button', { name: /^Kết thúc chức vụ/ }));
    const dialog = screen.getByRole('dialog', { name: 'Kết thúc' });
    expect(dialog).toHaveTextContent(
      'Ghi nhận Hoàng Thị Thu Trang thôi giữ chức vụ Phó Chủ tịch UBND, UBND phường Tam Thanh.',
    );
    const date = dateField('Ngày cuối giữ chức vụ', within(dialog));
    await enterDate(date, '14/01/2021');
    await confirm();
    expect(date).toHaveAccessibleDescription(
      expect.stringContaining('Ngày cuối giữ chức vụ không được trước ngày bắt đầu (15/01/2021).'),
    );
    expect(requestsOf('AssignmentEnd')).toHaveLength(0);

    // Held to 30/06/2025: the stored end is the first day off, 01/07/2025.
    await enterDate(date, '30/06/2025');
    await confirm();
    expect(requestsOf('AssignmentEnd').map((request) => request.variables)).toEqual([
      { id: 'as-held', expectedVersion: 3, input: { endDate: '2025-07-01' } },
    ]);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Đã ghi nhận ngày kết thúc chức vụ.',
    );
    // The answer names the cadre, so urql's cache reads the profile again from the server.
    await screen.findByText(/15\/01\/2021 – 30\/06\/2025/);
    expect(requestsOf('CadreProfile')).toHaveLength(2);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Kết thúc/ })).not.toBeInTheDocument();
  });

  it('explains a stale version and reloads the career someone else changed', async () => {
    const { server, requestsOf } = renderProfile('ORGANIZER', () => {
      // Someone ended the post on another day while this profile was open.
      server.held = { ...HELD, endDate: '2025-06-30', version: 4 };
      return {
        __typename: 'AssignmentPayload',
        assignment: null,
        userErrors: [
          {
            __typename: 'UserError',
            code: 'STALE_VERSION',
            field: ['expectedVersion'],
            message: 'Bản ghi đã được người khác thay đổi; hãy tải lại và thử lại',
          },
        ],
      };
    });
    await userEvent.click(await screen.findByRole('button', { name: /^Kết thúc chức vụ/ }));
    // A last day on the start is a one-day post: accepted, and stored as ending the day after.
    await enterDate(dateField('Ngày cuối giữ chức vụ'), '15/01/2021');
    await confirm();

    const notice = await screen.findByTestId('stale-version');
    expect(notice).toHaveAttribute('role', 'alert');
    expect(notice).toHaveTextContent('đã được người khác thay đổi, nên chức vụ chưa được kết thúc');
    expect(endButton()).toBeInTheDocument();
    expect(requestsOf('AssignmentEnd')[0]?.variables).toMatchObject({
      expectedVersion: 3,
      input: { endDate: '2021-01-16' },
    });

    await userEvent.click(
      within(notice).getByRole('button', { name: 'Tải lại quá trình công tác' }),
    );
    await screen.findByText(/15\/01\/2021 – 29\/06\/2025/);
    expect(requestsOf('CadreProfile')).toHaveLength(2);
    expect(screen.queryByTestId('stale-version')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Kết thúc/ })).not.toBeInTheDocument();
  });
});
