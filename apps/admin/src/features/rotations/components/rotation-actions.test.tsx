import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { POSTS } from '../../../testing/post-choices.fixture';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { dateField, dateShown, enterDate, firstSegment } from '../../../testing/date-field';
import { RotationActions } from './rotation-actions';

// rotationComplete's endDate is the first day off the rotation; the dialog asks for the last
// day on it, as the decision ending it would write, and offers the planned one.

const ACTIVE = {
  id: 'rot-1',
  version: 3,
  availableActions: ['COMPLETE'],
  plannedEndDate: '2021-06-01',
  cadre: { fullName: 'Vũ Sơn Hà' },
} as const;
const LAST_DAY = 'Ngày cuối cùng của đợt luân chuyển';
const COMPLETE_OF = 'Kết thúc luân chuyển của Vũ Sơn Hà';

function renderActions(userErrors: unknown[] = []) {
  const mock = mockGraphqlClient({
    RotationComplete: () => ({
      rotationComplete: {
        rotation: userErrors.length > 0 ? null : { id: 'rot-1', version: 4 },
        userErrors,
      },
    }),
    PostChoices: () => POSTS,
  });
  renderWithProviders(<RotationActions rotation={ACTIVE} />, { client: mock.client });
  return mock;
}

async function openCompletion() {
  await userEvent.click(screen.getByRole('button', { name: COMPLETE_OF }));
  return screen.getByRole('dialog', { name: COMPLETE_OF });
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

  it('name whose rotation each acts on', () => {
    const mock = mockGraphqlClient({});
    renderWithProviders(
      <RotationActions rotation={{ ...ACTIVE, availableActions: ['APPROVE', 'CANCEL'] }} />,
      { client: mock.client },
    );
    expect(
      screen.getAllByRole('button').map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Phê duyệt luân chuyển của Vũ Sơn Hà', 'Hủy luân chuyển của Vũ Sơn Hà']);
  });
});

describe('completing a rotation', () => {
  it('opens on the last day, the planned one, and sends the day after as its end', async () => {
    const { executeMutation } = renderActions();
    const dialog = await openCompletion();
    const lastDay = dateField(LAST_DAY, within(dialog));
    expect(dateShown(lastDay)).toBe('31/05/2021');
    await waitFor(() => expect(firstSegment(lastDay)).toHaveFocus());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));

    expect(callsOf(executeMutation, 'RotationComplete')[0]?.variables).toEqual({
      id: 'rot-1',
      expectedVersion: 3,
      input: { endDate: '2021-06-01', outcome: 'RETURNED_TO_ORIGIN', nextPositionId: null },
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Đã cập nhật.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('sends nothing on Enter in a field: only the confirm button confirms', async () => {
    const { executeMutation } = renderActions();
    const dialog = await openCompletion();
    await userEvent.selectOptions(within(dialog).getByLabelText('Kết quả'), 'KEPT_AT_DESTINATION');
    await userEvent.keyboard('{Enter}');
    await userEvent.type(within(dialog).getByLabelText('Tìm chức vụ tiếp theo'), 'bi thu{Enter}');
    expect(executeMutation).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: COMPLETE_OF })).toBeInTheDocument();
  });

  it('asks for the next post of a promotion before sending, then sends it', async () => {
    const { executeMutation } = renderActions();
    const dialog = await openCompletion();
    await userEvent.selectOptions(within(dialog).getByLabelText('Kết quả'), 'PROMOTED');
    const next = within(dialog).getByRole('combobox', { name: 'Chức vụ tiếp theo (bắt buộc)' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(next).toHaveAccessibleDescription('Chọn chức vụ tiếp theo.');
    expect(executeMutation).not.toHaveBeenCalled();

    await waitFor(() => expect(within(next).getAllByRole('option').length).toBeGreaterThan(1));
    await userEvent.selectOptions(next, 'pos-hvt');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(callsOf(executeMutation, 'RotationComplete')[0]?.variables).toMatchObject({
      input: { endDate: '2021-06-01', outcome: 'PROMOTED', nextPositionId: 'pos-hvt' },
    });
  });

  it('offers no next post for a retirement', async () => {
    renderActions();
    const dialog = await openCompletion();
    await userEvent.selectOptions(within(dialog).getByLabelText('Kết quả'), 'RETIRED');
    expect(within(dialog).queryByLabelText(/Chức vụ tiếp theo/)).not.toBeInTheDocument();
  });

  it('offers the posts that exist on the first day after the rotation, for a return to a merged unit', async () => {
    const { executeMutation } = renderActions();
    const dialog = await openCompletion();
    await enterDate(dateField(LAST_DAY, within(dialog)), '31/07/2025');
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

  it("keeps the dialog open with the server's refusal beside its field", async () => {
    renderActions([
      {
        code: 'UNIT_CLOSED',
        field: ['input', 'nextPositionId'],
        message: 'Đơn vị đã sáp nhập vào Đảng ủy phường Kỳ Lừa',
      },
    ]);
    const dialog = await openCompletion();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() =>
      expect(
        within(dialog).getByRole('combobox', { name: 'Chức vụ tiếp theo' }),
      ).toHaveAccessibleDescription('Đơn vị đã sáp nhập vào Đảng ủy phường Kỳ Lừa'),
    );
    expect(screen.getByRole('dialog', { name: COMPLETE_OF })).toBeInTheDocument();
  });

  it('keeps the dialog open, beside its message, while the last day is not a date', async () => {
    const { executeMutation } = renderActions();
    const dialog = await openCompletion();
    await enterDate(dateField(LAST_DAY, within(dialog)), '');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(screen.getByRole('dialog', { name: COMPLETE_OF })).toBeInTheDocument();
    expect(firstSegment(dateField(LAST_DAY, within(dialog)))).toHaveAccessibleDescription(
      'Ngày không hợp lệ',
    );
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('closes on Escape without sending, and gives focus back to its button', async () => {
    const { executeMutation } = renderActions();
    await openCompletion();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: COMPLETE_OF })).toHaveFocus());
    expect(executeMutation).not.toHaveBeenCalled();
  });
});
