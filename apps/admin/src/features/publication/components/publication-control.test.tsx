import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { sessionOf } from '../../../testing/sessions.fixture';
import { PublicationControl } from './publication-control';

// The public disclosure's state on a rotation's or plan's page, for everyone signed in, and
// its button for an ADMIN only; a refusal from the server is said, not swallowed.

const PUBLISHED_AT = '2026-12-03T01:30:00Z';

function renderControl(
  role: 'ADMIN' | 'ORGANIZER',
  publishedAt: string | null,
  change: (published: boolean) => Promise<readonly string[]>,
  language: 'vi' | 'en' = 'vi',
) {
  renderWithProviders(
    <PublicationControl
      publishedAt={publishedAt}
      viaPlan={{ code: '67-KH/TU' }}
      hint="Gợi ý"
      change={change}
    />,
    { session: sessionOf(role), language },
  );
}

describe('the publication control', () => {
  it('shows since when it is public, in Hà Nội time, and the plan it is public through', () => {
    renderControl('ORGANIZER', PUBLISHED_AT, async () => []);
    expect(screen.getByTestId('publication-state').textContent).toBe(
      'Đã công khai ngày 03/12/2026 08:30 · Công khai theo kế hoạch 67-KH/TU',
    );
    // Not an ADMIN: the state only, no button.
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('link', { name: 'Xem trang công khai' }).getAttribute('href')).toBe(
      '/cong-khai',
    );
  });

  it('lets an ADMIN withdraw a published one, and publish one that is not', async () => {
    const asked: boolean[] = [];
    renderControl('ADMIN', PUBLISHED_AT, async (published) => {
      asked.push(published);
      return [];
    });
    await userEvent.click(screen.getByRole('button', { name: 'Thôi công khai' }));
    expect(asked).toEqual([false]);
  });

  it('says the refusal the server gave', async () => {
    const refusal = 'Chỉ công khai được quyết định luân chuyển đã phê duyệt';
    renderControl('ADMIN', null, async () => [refusal], 'en');
    expect(screen.getByTestId('publication-state').textContent).toBe(
      'Not published · Published with plan 67-KH/TU',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(refusal));
  });
});
