import { screen, waitFor } from '@testing-library/react';
import { addMonths } from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { lastDayOfEnd, todayIso } from '../../../lib/format';
import { dateField, dateShown, firstSegment } from '../../../testing/date-field';
import { renderWithProviders } from '../../../testing/render-with-providers';
import {
  chooseCadreAndPost,
  rotationFormClient,
  setDate,
} from '../../../testing/rotation-form.fixture';
import { RotationCreatePage } from './rotation-create-page';

// The form asks for the last day, as a decision writes it ("từ 01/6/2025 đến 31/5/2028"), and
// checks the stored end, the day after.

const LAST_DAY = 'Ngày kết thúc dự kiến (ngày cuối)';

describe('the dates of the rotation form', { timeout: 20_000 }, () => {
  it('starts today in Hà Nội and proposes as last day the day before 36 months on', () => {
    renderWithProviders(<RotationCreatePage />);
    const today = todayIso();
    const dmy = (iso: string) => iso.split('-').reverse().join('/');
    expect(dateShown(dateField('Ngày bắt đầu'))).toBe(dmy(today));
    expect(dateShown(dateField(LAST_DAY))).toBe(dmy(lastDayOfEnd(addMonths(today, 36))));
  });

  it('counts 01/06/2025 to 31/05/2028 as the full 36 months', async () => {
    const { client } = rotationFormClient();
    renderWithProviders(<RotationCreatePage />, { client });
    await chooseCadreAndPost('2025-06-01');
    await setDate(LAST_DAY, '2028-05-31');

    await waitFor(() => expect(screen.getByTestId('allowed')).toHaveTextContent('Có'));
    const panel = screen.getByTestId('rule-panel');
    expect(panel.querySelector('[data-code="DURATION_TOO_SHORT"]')).toBeNull();
    // The ward merges a month in: a warning, which does not block.
    expect(panel.querySelector('[data-code="UNIT_CLOSES_DURING_ROTATION"]')).toHaveClass(
      'violation-warning',
    );
    expect(firstSegment(dateField(LAST_DAY))).not.toHaveAttribute('aria-invalid');
  });

  it('a last day one day earlier is a day short of 36 months', async () => {
    const { client } = rotationFormClient();
    renderWithProviders(<RotationCreatePage />, { client });
    await chooseCadreAndPost('2025-06-01');
    await setDate(LAST_DAY, '2028-05-30');

    await waitFor(() =>
      expect(firstSegment(dateField(LAST_DAY))).toHaveAccessibleDescription(
        expect.stringContaining('dưới 36 tháng'),
      ),
    );
  });

  it('says so when the last day is not a date, and checks nothing', async () => {
    const { client } = rotationFormClient();
    renderWithProviders(<RotationCreatePage />, { client });
    await chooseCadreAndPost('2025-06-01');
    await setDate(LAST_DAY, '');

    expect(firstSegment(dateField(LAST_DAY))).toHaveAccessibleDescription(
      expect.stringContaining('Ngày không hợp lệ'),
    );
    expect(screen.queryByTestId('allowed')).not.toBeInTheDocument();
  });
});
