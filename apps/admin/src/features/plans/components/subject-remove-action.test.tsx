import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { SubjectRemoveAction } from './subject-remove-action';

// Taking a subject off a plan: asked first, never without a reason, and a refusal (a rotation
// under the plan) stays in the dialog beside the reason.

const PLAN = 'Um90YXRpb25QbGFuOjE';
const CADRE = { id: 'Q2FkcmU6MQ', fullName: 'Vũ Sơn Hà' };

function renderAction(answer: () => unknown) {
  const mock = mockGraphqlClient({ RotationPlanRemoveSubject: answer });
  renderWithProviders(<SubjectRemoveAction planId={PLAN} cadre={CADRE} />, {
    client: mock.client,
  });
  return mock;
}

const open = async () => {
  await userEvent.click(
    screen.getByRole('button', { name: 'Loại khỏi danh sách đối tượng: Vũ Sơn Hà' }),
  );
  return screen.getByRole('dialog', { name: 'Loại khỏi danh sách' });
};

describe('taking a subject off a plan', () => {
  it('asks for a reason before sending anything, then sends it', async () => {
    const mock = renderAction(() => ({
      rotationPlanRemoveSubject: { rotationPlan: { id: PLAN }, userErrors: [] },
    }));
    const dialog = await open();
    expect(
      within(dialog).getByText('Loại Vũ Sơn Hà khỏi danh sách đối tượng của kế hoạch?'),
    ).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(within(dialog).getByText('Cần ghi lý do')).toBeTruthy();
    expect(callsOf(mock.executeMutation, 'RotationPlanRemoveSubject')).toEqual([]);

    await userEvent.type(within(dialog).getByLabelText('Lý do'), 'Nghỉ hưu');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf(mock.executeMutation, 'RotationPlanRemoveSubject')[0]?.variables).toEqual({
      input: { planId: PLAN, cadreId: CADRE.id, reason: 'Nghỉ hưu' },
    });
  });

  it('keeps the dialog open with the server’s refusal beside the reason', async () => {
    const message = 'Cán bộ đã có đợt luân chuyển theo kế hoạch này (chưa bị hủy)';
    renderAction(() => ({
      rotationPlanRemoveSubject: {
        rotationPlan: null,
        userErrors: [{ code: 'SUBJECT_HAS_ROTATION', field: ['input', 'cadreId'], message }],
      },
    }));
    const dialog = await open();
    await userEvent.type(within(dialog).getByLabelText('Lý do'), 'Chuyển công tác');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    const reason = await within(dialog).findByLabelText('Lý do');
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText(message)).toBeTruthy();
  });
});
