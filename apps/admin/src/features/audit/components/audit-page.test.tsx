import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Client, Operation } from 'urql';
import { fromValue } from 'wonka';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { AuditPage } from './audit-page';

// The audit log as an admin sees it: a row per change, expanding to before and after with the
// changed keys highlighted; anyone else gets a refusal and no query.

const EVENTS = {
  auditEvents: {
    totalCount: 1,
    pageInfo: { hasNextPage: false, endCursor: 'c1' },
    nodes: [
      {
        id: 'QXVkaXRFdmVudDox',
        occurredAt: '2026-11-25T01:30:00.000Z',
        action: 'cadre.update',
        recordType: 'Cadre',
        recordId: 'Q2FkcmU6MQ',
        record: { id: 'Q2FkcmU6MQ' },
        actorUser: { id: 'VXNlcjox', username: 'organizer' },
        actorApiKey: null,
        before: { fullName: 'Nguyễn Văn Đức', notes: null, version: 1 },
        after: { fullName: 'Nguyễn Văn Đức', notes: 'Đã luân chuyển', version: 2 },
      },
    ],
  },
};

function clientAnswering(seen: Operation[]): Client {
  return {
    executeQuery: (operation: Operation) => {
      seen.push(operation);
      return fromValue({ operation, data: EVENTS, stale: false, hasNext: false });
    },
  } as unknown as Client;
}

const admin = {
  status: 'signedIn',
  viewer: { username: 'admin', role: 'ADMIN' },
  signOut: async () => undefined,
} as const;

describe('the audit log page', () => {
  it('shows who changed what and, expanded, before and after with the changes marked', async () => {
    renderWithProviders(<AuditPage />, { client: clientAnswering([]), session: admin });
    const row = (await screen.findByText('cadre.update')).closest('tr');
    expect(row && within(row).getByText('organizer')).toBeTruthy();
    expect(screen.getByLabelText('Mã bản ghi')).toBeTruthy();
    expect(screen.getByLabelText('Từ ngày')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Xem trước và sau' }));
    expect(screen.getByRole('heading', { name: 'Trước' })).toBeTruthy();
    const marked = [...document.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marked).toEqual(['notes: null', 'version: 1', 'notes: "Đã luân chuyển"', 'version: 2']);
  });

  it('refuses anyone but an admin without asking the API', () => {
    const seen: Operation[] = [];
    renderWithProviders(<AuditPage />, { client: clientAnswering(seen) });
    expect(screen.getByRole('alert').textContent).toMatch(/quản trị viên/);
    expect(seen).toEqual([]);
  });
});
