import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { StatsReportLinks } from './stats-report-links';

describe('the statistics report links', () => {
  it('downloads the PDF and the workbook for the period the dashboard shows', () => {
    renderWithProviders(<StatsReportLinks from="2015-01-01" to="2019-05-25" />);
    expect(screen.getByText('Tải báo cáo:')).toBeInTheDocument();
    const pdf = screen.getByRole('link', { name: 'PDF' });
    expect(pdf).toHaveAttribute('href', '/export/rotation-stats.pdf?from=2015-01-01&to=2019-05-25');
    expect(pdf).toHaveAttribute('download');
    const excel = screen.getByRole('link', { name: 'Excel' });
    expect(excel).toHaveAttribute(
      'href',
      '/export/rotation-stats.xlsx?from=2015-01-01&to=2019-05-25',
    );
    expect(excel).toHaveAttribute('download');
  });

  it('offers no link while the period is incomplete or reversed, and says why', () => {
    const { unmount } = renderWithProviders(<StatsReportLinks from={null} to="2019-05-25" />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(
      screen.getByText('Chọn đủ ngày đầu và ngày cuối kỳ để tải báo cáo.'),
    ).toBeInTheDocument();
    unmount();
    renderWithProviders(<StatsReportLinks from="2019-05-26" to="2019-05-25" />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('takes a one-day period, and speaks English', () => {
    renderWithProviders(<StatsReportLinks from="2019-05-25" to="2019-05-25" />, {
      language: 'en',
    });
    expect(screen.getByText('Download the report:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'PDF' })).toHaveAttribute(
      'href',
      '/export/rotation-stats.pdf?from=2019-05-25&to=2019-05-25',
    );
  });
});
