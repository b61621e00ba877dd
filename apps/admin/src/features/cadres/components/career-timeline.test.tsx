import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { layoutTimeline } from '../utils/timeline-layout';
import { CareerTimeline } from './career-timeline';

const board = { id: 'p1', title: 'Phó Trưởng ban', unitName: 'Ban Tổ chức Thành ủy' };
const ward = { id: 'p2', title: 'Bí thư Đảng ủy', unitName: 'Đảng ủy phường Hoàng Văn Thụ' };

describe('the career timeline', () => {
  it('lists posts and rotations oldest first, each with its period in dd/MM/yyyy to its last day', () => {
    renderWithProviders(
      <CareerTimeline
        today="2020-01-01"
        assignments={[
          { id: 'a2', kind: 'ROTATED', startDate: '2018-06-01', endDate: null, position: ward },
          {
            id: 'a1',
            kind: 'APPOINTED',
            startDate: '2012-03-15',
            endDate: '2018-06-01',
            position: board,
          },
        ]}
        rotations={[
          {
            id: 'r1',
            startDate: '2018-06-01',
            plannedEndDate: '2021-06-01',
            endDate: null,
            status: 'ACTIVE',
            category: 'DOWN_TO_GRASSROOTS',
            from: board,
            to: ward,
          },
        ]}
      />,
    );
    const rows = within(
      screen.getByRole('figure', { name: 'Biểu đồ quá trình công tác theo thời gian' }),
    ).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Phó Trưởng ban, Ban Tổ chức Thành ủy');
    // Stored ends are the first day off: a post ending 01/06/2018 was last held 31/05/2018.
    expect(rows[0]).toHaveTextContent('15/03/2012 – 31/05/2018 · Bổ nhiệm');
    const rotation = rows.find((row) => row.classList.contains('is-rotation'));
    expect(rotation).toHaveTextContent(
      'Luân chuyển: Phó Trưởng ban, Ban Tổ chức Thành ủy → Bí thư Đảng ủy, Đảng ủy phường Hoàng Văn Thụ',
    );
    expect(rotation).toHaveTextContent(
      '01/06/2018 – 31/05/2021 · Luân chuyển về cơ sở · Đang luân chuyển',
    );
    // A rotation opens its own page; a post held is not a link.
    expect(within(rotation as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      '/rotations/r1',
    );
    expect(within(rows[0] as HTMLElement).queryByRole('link')).toBeNull();
  });

  it('says so when there is nothing to draw', () => {
    renderWithProviders(<CareerTimeline today="2020-01-01" assignments={[]} rotations={[]} />);
    expect(screen.getByText('Chưa có quá trình công tác.')).toBeInTheDocument();
  });
});

describe('the timeline layout', () => {
  it('spans whole years from the first start to today and keeps open periods running to today', () => {
    const layout = layoutTimeline(
      [
        { id: 'a', start: '2010-01-01', end: '2015-01-01' },
        { id: 'b', start: '2015-01-01', end: null },
      ],
      '2019-12-31',
    );
    expect(layout?.ticks[0]).toEqual({ year: 2010, left: 0 });
    const [first, second] = layout?.bars ?? [];
    expect(first?.left).toBe(0);
    expect(first?.width).toBeCloseTo(50, 0);
    expect(second?.open).toBe(true);
    expect((second?.left ?? 0) + (second?.width ?? 0)).toBeCloseTo(100, 0);
  });

  it('gives even a one-day period a visible width', () => {
    const layout = layoutTimeline(
      [{ id: 'a', start: '2000-01-01', end: '2000-01-02' }],
      '2030-01-01',
    );
    expect(layout?.bars[0]?.width).toBeGreaterThanOrEqual(0.5);
  });
});
