import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DashboardQuery } from '../../../lib/gql/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { StatusPanels } from './status-panels';

// Today is 15/03/2026 in Hà Nội. Stored planned ends are the first day off the rotation.
const TODAY = '2026-03-15';

const rotation = (id: string, fullName: string, plannedEndDate: string, overdue: boolean) => ({
  id,
  startDate: '2023-01-01',
  plannedEndDate,
  overdue,
  cadre: { id: `cadre-${id}`, fullName },
  toPosition: {
    id: `pos-${id}`,
    title: 'Bí thư Đảng ủy',
    unit: { id: 'u', name: 'Đảng ủy phường Kỳ Lừa' },
  },
});

const overdueLong = rotation('r1', 'Nguyễn Văn An', '2025-06-01', true);
const overdueToday = rotation('r2', 'Trần Thị Bình', '2026-03-15', true);
const lastDayToday = rotation('r3', 'Lê Văn Cường', '2026-03-16', false);
const lastDayIn6Months = rotation('r4', 'Phạm Thị Dung', '2026-09-16', false);
const later = rotation('r5', 'Hoàng Văn Em', '2026-09-17', false);

const data: DashboardQuery = {
  rotationStats: { total: 0, byCategory: [], byYear: [], byDirection: [] },
  active: {
    totalCount: 5,
    nodes: [overdueLong, overdueToday, lastDayToday, lastDayIn6Months, later],
  },
  // The server sends them in start order; the panel puts the longest overdue first.
  overdue: { totalCount: 3, nodes: [overdueToday, overdueLong] },
  due: { totalCount: 0, nodes: [] },
  rotationPlans: { nodes: [] },
};

const items = (testId: string) =>
  within(screen.getByTestId(testId))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);

describe('the dashboard state panels', () => {
  it('lists the overdue rotations, longest overdue first, each to its last day and linking to the cadre', () => {
    renderWithProviders(<StatusPanels data={data} today={TODAY} />);
    const panel = screen.getByTestId('overdue');
    expect(within(panel).getByRole('heading', { name: 'Quá hạn' })).toBeInTheDocument();
    expect(within(panel).getByText('3')).toHaveClass('big-number');
    expect(items('overdue')).toEqual([
      'Nguyễn Văn An · Bí thư Đảng ủy, Đảng ủy phường Kỳ Lừa · đến 31/05/2025',
      'Trần Thị Bình · Bí thư Đảng ủy, Đảng ủy phường Kỳ Lừa · đến 14/03/2026',
    ]);
    expect(within(panel).getByRole('link', { name: 'Nguyễn Văn An' })).toHaveAttribute(
      'href',
      '/cadres/cadre-r1',
    );
    expect(within(panel).getByText('Và 1 lượt khác.')).toBeInTheDocument();
  });

  it('lists as ending soon only rotations not yet overdue whose last day is within 6 months', () => {
    renderWithProviders(<StatusPanels data={data} today={TODAY} />);
    expect(items('ending-soon')).toEqual([
      'Lê Văn Cường · Bí thư Đảng ủy, Đảng ủy phường Kỳ Lừa · đến 15/03/2026',
      'Phạm Thị Dung · Bí thư Đảng ủy, Đảng ủy phường Kỳ Lừa · đến 15/09/2026',
    ]);
  });

  it('says so when nothing is overdue', () => {
    const none = { ...data, overdue: { totalCount: 0, nodes: [] } };
    renderWithProviders(<StatusPanels data={none} today={TODAY} />, { language: 'en' });
    expect(
      within(screen.getByTestId('overdue')).getByText('No rotation is overdue.'),
    ).toBeVisible();
  });
});
