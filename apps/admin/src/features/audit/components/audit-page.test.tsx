import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { AuditPage } from './audit-page';

// The audit log as a person reads it: actions and records in words, the record linked to its
// page, the changed fields labelled with values formatted (dates, enums, ids as names), and a
// record picked by name instead of an id typed; anyone but an admin is refused without a query.

const ROTATION = {
  __typename: 'Rotation',
  id: 'Um90YXRpb246MQ',
  startDate: '2018-06-01',
  cadre: { id: 'Q2FkcmU6MQ', fullName: 'Vũ Sơn Hà' },
};
const DECISION = { __typename: 'Document', id: 'RG9jdW1lbnQ6MQ', number: '123-QĐ/TU' };
const change = (field: string, before: unknown, after: unknown, records = {}) => ({
  field,
  before,
  after,
  beforeRecord: null,
  afterRecord: null,
  ...records,
});

const EVENTS = {
  auditEvents: {
    totalCount: 1,
    pageInfo: { hasNextPage: false, endCursor: 'c1' },
    nodes: [
      {
        id: 'QXVkaXRFdmVudDox',
        occurredAt: '2026-11-25T01:30:00.000Z',
        action: 'rotation.approve',
        recordType: 'Rotation',
        recordId: ROTATION.id,
        record: ROTATION,
        actorUser: { id: 'VXNlcjox', username: 'organizer' },
        actorApiKey: null,
      },
    ],
  },
};

const CHANGES = {
  node: {
    __typename: 'AuditEvent',
    id: 'QXVkaXRFdmVudDox',
    changes: [
      change('status', 'PROPOSED', 'APPROVED'),
      change('decisionId', null, 'uuid-of-decision', { afterRecord: DECISION }),
      change('plannedEndDate', '2021-06-01', '2021-07-01'),
      change('someNewField', null, true),
    ],
  },
};

const CADRES = {
  cadres: { nodes: [{ id: 'Q2FkcmU6Mg', fullName: 'Đinh Bằng Sơn', birthYear: 1975 }] },
};

const admin = {
  status: 'signedIn',
  viewer: { username: 'admin', role: 'ADMIN', bodyName: null },
  signOut: async () => undefined,
} as const;

function renderLog() {
  const mock = mockGraphqlClient({
    AuditEvents: () => EVENTS,
    AuditEventChanges: () => CHANGES,
    AuditActorChoices: () => ({
      users: { nodes: [{ id: 'VXNlcjox', username: 'organizer' }] },
      apiKeys: { nodes: [] },
    }),
    AuditRecordChoices: () => CADRES,
  });
  renderWithProviders(<AuditPage />, { client: mock.client, session: admin });
  return mock;
}

describe('the audit log page', () => {
  it('names the action and links the record by what a person knows it by', () => {
    renderLog();
    const row = screen.getByText('Phê duyệt luân chuyển').closest('tr');
    expect(row && within(row).getByText('organizer')).toBeTruthy();
    const link =
      row && within(row).getByRole('link', { name: 'Luân chuyển của Vũ Sơn Hà từ 01/06/2018' });
    expect(link?.getAttribute('href')).toBe(`/rotations/${ROTATION.id}`);
  });

  it('shows, expanded, only the changed fields, labelled, with values in words and dates', async () => {
    renderLog();
    await userEvent.click(
      screen.getByRole('button', { name: /^Xem thay đổi: Phê duyệt luân chuyển/ }),
    );
    const diff = screen.getByRole('table', { name: 'Các trường đã thay đổi' });
    const rows = within(diff)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Trạng thái', 'Đề xuất', 'Đã phê duyệt'],
      ['Quyết định', '—', 'Văn bản số 123-QĐ/TU'],
      // A stored end is exclusive: the log shows the last day, as decisions write it.
      ['Ngày cuối dự kiến', '31/05/2021', '30/06/2021'],
      ['someNewField', '—', 'Có'],
    ]);
  });

  it('narrows the log to a cadre picked by name, sending the id the person never sees', async () => {
    const { executeQuery } = renderLog();
    await userEvent.selectOptions(screen.getByLabelText('Loại bản ghi'), 'Cán bộ');
    await userEvent.type(screen.getByLabelText('Tìm theo tên'), 'dinh bang son');
    const record = screen.getByLabelText('Chọn bản ghi');
    const option = await within(record).findByRole('option', { name: 'Đinh Bằng Sơn (1975)' });
    await userEvent.selectOptions(record, option);
    await waitFor(() =>
      expect(callsOf(executeQuery, 'AuditEvents').at(-1)?.variables['filter']).toMatchObject({
        recordId: 'Q2FkcmU6Mg',
      }),
    );
    const searched = callsOf(executeQuery, 'AuditRecordChoices').at(-1)?.variables;
    expect(searched).toMatchObject({ search: 'dinh bang son', cadres: true, units: false });
  });

  it('refuses anyone but an admin without asking the API', () => {
    const { client, executeQuery } = mockGraphqlClient({ AuditEvents: () => EVENTS });
    renderWithProviders(<AuditPage />, { client });
    expect(screen.getByRole('alert').textContent).toMatch(/quản trị viên/);
    expect(executeQuery).not.toHaveBeenCalled();
  });
});
