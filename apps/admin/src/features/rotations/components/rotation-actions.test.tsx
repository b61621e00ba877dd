import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { lastDayOfEnd, todayIso } from '../../../lib/format';
import { callsOf, mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { POSTS } from '../../../testing/post-choices.fixture';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { RotationActions } from './rotation-actions';

// rotationComplete's endDate is the first day off the rotation; the dialog asks for the last
// day on it, as the decision ending it would write.

const ACTIVE = {
  id: 'rot-1',
  version: 3,
  availableActions: ['COMPLETE'],
  cadre: { fullName: 'Vũ Sơn Hà' },
} as const;
const LAST_DAY = 'Ngày cuối cùng của đợt luân chuyển';

function renderActions() {
  const mock = mockGraphqlClient({
    RotationComplete: () => ({
      rotationComplete: { rotation: null, userErrors: [] },
    }),
    PostChoices: () => POSTS,
  });
  renderWithProviders(<RotationActions rotation={ACTIVE} />, { client: mock.client });
  return mock;
}

async function openCompletion() {
  await userEvent.click(screen.getByRole('button', { name: 'Kết thúc' }));
  return screen.getByRole('dialog', { name: 'Kết thúc' });
}

describe('the actions offered', () => {
  it.each([
    ['a proposal', ['APPROVE', 'CANCEL'], ['Phê duyệt', 'Hủy']],
    ['an approved rotation', ['START', 'CANCEL'], ['Bắt đầu', 'Hủy']],
    ['a running rotation', ['COMPLETE'], ['Kết thúc']],
    ['a caller who may not write', [], []],
  ] as const)('are those the API allows for %s', (_case, availableActions, buttons) => {
    const mock = mockGraphqlClient({});
    renderWithProviders(<RotationActions rotation={{ ...ACTIVE, availableActions }} />, {
      client: mock.client,
    });
    expect(screen.queryAllByRole('button').map((button) => button.textContent)).toEqual(buttons);
  });
});

describe('completing a rotation', () => {
  it('asks for the last day on the rotation and sends the day after as its end', async () => {
    const { executeMutation } = renderActions();
    const dialog = await openCompletion();
    // By default the rotation ends as of today: its last day was yesterday.
    expect(within(dialog).getByLabelText(LAST_DAY)).toHaveValue(lastDayOfEnd(todayIso()));
    fireEvent.change(within(dialog).getByLabelText(LAST_DAY), { target: { value: '2021-05-31' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));

    expect(callsOf(executeMutation, 'RotationComplete')[0]?.variables).toEqual({
      id: 'rot-1',
      expectedVersion: 3,
      input: { endDate: '2021-06-01', outcome: 'RETURNED_TO_ORIGIN', nextPositionId: null },
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Đã cập nhật.');
  });

  it('offers the posts that exist on the first day after the rotation, for a return to a merged unit', async () => {
    const { executeMutation } = renderActions();
    const dialog = await openCompletion();
    fireEvent.change(within(dialog).getByLabelText(LAST_DAY), { target: { value: '2025-07-31' } });
    const next = within(dialog).getByRole('combobox', { name: 'Chức vụ tiếp theo' });
    await waitFor(() => expect(within(next).getAllByRole('option')).toHaveLength(3));
    // Hoàng Văn Thụ ward merged into Kỳ Lừa on 1/7/2025: its post is not offered.
    expect(within(next).queryByText(/Hoàng Văn Thụ/)).not.toBeInTheDocument();
    await userEvent.selectOptions(next, 'pos-kl');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(callsOf(executeMutation, 'RotationComplete')[0]?.variables).toMatchObject({
      input: { endDate: '2025-08-01', outcome: 'RETURNED_TO_ORIGIN', nextPositionId: 'pos-kl' },
    });
  });

  it('crosses the year end and leap days the same way', async () => {
    const { executeMutation } = renderActions();
    const dialog = await openCompletion();
    fireEvent.change(within(dialog).getByLabelText(LAST_DAY), { target: { value: '2024-02-29' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(callsOf(executeMutation, 'RotationComplete')[0]?.variables).toMatchObject({
      input: { endDate: '2024-03-01' },
    });
  });

  it('keeps the dialog open, beside its message, while the last day is not a date', async () => {
    const { executeMutation } = renderActions();
    const dialog = await openCompletion();
    fireEvent.change(within(dialog).getByLabelText(LAST_DAY), { target: { value: '' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));

    expect(screen.getByRole('dialog', { name: 'Kết thúc' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText(LAST_DAY)).toHaveAccessibleDescription(
      'Ngày không hợp lệ',
    );
    expect(executeMutation).not.toHaveBeenCalled();
  });
});
