import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsOf } from '../../../testing/mock-graphql-client';
import { dateField, enterDate, firstSegment } from '../../../testing/date-field';
import { renderWithProviders } from '../../../testing/render-with-providers';
import {
  chooseCadreAndPost,
  rotationFormClient,
  setDate,
} from '../../../testing/rotation-form.fixture';
import { RotationCreatePage } from './rotation-create-page';

const LAST_DAY = 'Ngày kết thúc dự kiến (ngày cuối)';
const serverError = {
  code: 'DURATION_TOO_SHORT',
  field: ['input', 'plannedEndDate'],
  message: 'Máy chủ: thời gian luân chuyển dưới 36 tháng',
};
const refused = { rotation: null, warnings: [], userErrors: [serverError] };

describe('the rotation form', { timeout: 20_000 }, () => {
  it('shows the violation live while typing, then the server error beside the field after submit', async () => {
    const { client, executeMutation } = rotationFormClient(refused);
    renderWithProviders(<RotationCreatePage />, { client });
    await chooseCadreAndPost('2018-06-01');
    await setDate(LAST_DAY, '2020-05-31');

    const lastDay = firstSegment(dateField(LAST_DAY));
    await waitFor(() =>
      expect(lastDay).toHaveAccessibleDescription(
        expect.stringContaining('Thời gian luân chuyển dưới 36 tháng (24 tháng)'),
      ),
    );
    expect(screen.getByTestId('live-category')).toHaveTextContent('Luân chuyển về cơ sở');
    expect(screen.getByTestId('allowed')).toHaveTextContent('Không');

    await userEvent.click(screen.getByRole('button', { name: 'Gửi đề xuất' }));
    expect(executeMutation).toHaveBeenCalledOnce();
    // The last day typed is sent as the stored, exclusive end: the day after.
    expect(executeMutation.mock.calls[0]?.[0].variables).toMatchObject({
      input: {
        cadreId: 'cadre-vsh',
        toPositionId: 'pos-secretary',
        fromPositionId: null,
        startDate: '2018-06-01',
        plannedEndDate: '2020-06-01',
      },
    });
    await waitFor(() =>
      expect(lastDay).toHaveAccessibleDescription(expect.stringContaining(serverError.message)),
    );
    expect(screen.getByTestId('server-errors')).toHaveTextContent(serverError.message);
  });

  it("drops the server's errors once the draft changes, not when a decision's paper does", async () => {
    const { client } = rotationFormClient(refused);
    renderWithProviders(<RotationCreatePage />, { client });
    await chooseCadreAndPost('2018-06-01');
    await setDate(LAST_DAY, '2020-05-31');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi đề xuất' }));
    await screen.findByTestId('server-errors');

    const [decisionNumber] = screen.getAllByLabelText('Số quyết định');
    if (decisionNumber) fireEvent.change(decisionNumber, { target: { value: '15-QĐ/TU' } });
    expect(screen.getByTestId('server-errors')).toHaveTextContent(serverError.message);
    await setDate(LAST_DAY, '2021-05-31');
    expect(screen.queryByTestId('server-errors')).not.toBeInTheDocument();
  });

  it("reads the server's facts once for the cadre and post: dates re-check without a request", async () => {
    const { client, executeQuery } = rotationFormClient();
    renderWithProviders(<RotationCreatePage />, { client });
    await chooseCadreAndPost('2018-06-01');
    for (const lastDay of ['2019-05-31', '2020-05-31', '2021-05-31'])
      await setDate(LAST_DAY, lastDay);
    await setDate('Ngày bắt đầu', '2018-07-01');

    await waitFor(() => expect(screen.getByTestId('allowed')).toHaveTextContent('Không'));
    const reads = callsOf(executeQuery, 'RotationCheckFacts');
    expect(reads).toHaveLength(1);
    expect(reads[0]?.variables).toEqual({
      input: {
        cadreId: 'cadre-vsh',
        toPositionId: 'pos-secretary',
        fromPositionId: null,
        planId: null,
      },
    });
  });

  it('puts UNIT_CLOSED beside the post when the start falls after the ward merged', async () => {
    const { client } = rotationFormClient();
    renderWithProviders(<RotationCreatePage />, { client });
    await chooseCadreAndPost('2018-06-01');
    await setDate('Ngày bắt đầu', '2025-08-01');
    await setDate(LAST_DAY, '2028-07-31');

    const post = screen.getByLabelText('Chức vụ đến');
    await waitFor(() =>
      expect(post).toHaveAccessibleDescription(expect.stringContaining('Đảng ủy phường Kỳ Lừa')),
    );
    // The chosen post stays in the list, marked as a post of a unit that no longer exists.
    expect(within(post).getByRole('option', { selected: true })).toHaveTextContent(
      'Bí thư Đảng ủy, Đảng ủy phường Hoàng Văn Thụ (đơn vị đã thôi hoạt động từ 01/07/2025)',
    );
    const panel = screen.getByTestId('rule-panel');
    expect(panel.querySelector('[data-code="UNIT_CLOSED"]')).toHaveTextContent('Kỳ Lừa');
  });

  it('puts the refusal beside the post left when the cadre holds none on the start date', async () => {
    const { client } = rotationFormClient();
    renderWithProviders(<RotationCreatePage />, { client });
    await chooseCadreAndPost('2010-06-01');
    await setDate(LAST_DAY, '2013-05-31');

    await waitFor(() =>
      expect(screen.getByLabelText('Chức vụ hiện tại (nơi đi)')).toHaveAccessibleDescription(
        'Cán bộ không giữ chức vụ nào vào ngày bắt đầu; hãy chỉ rõ chức vụ hiện tại',
      ),
    );
    const panel = screen.getByTestId('rule-panel');
    expect(panel.querySelector('[data-code="NO_FROM_POSITION"]')).toBeInTheDocument();
  });

  it('shows a warning beside the post as a warning, not as an error', async () => {
    const { client } = rotationFormClient();
    renderWithProviders(<RotationCreatePage />, { client });
    await chooseCadreAndPost('2025-06-01');
    await setDate(LAST_DAY, '2028-05-31');

    const warning = await screen.findByTestId('field-warning');
    expect(warning).toHaveClass('violation-warning');
    expect(warning).toHaveTextContent(/^Cảnh báo: .*Kỳ Lừa/);
    expect(screen.getByLabelText('Chức vụ đến')).not.toHaveAttribute('aria-invalid');
  });

  it('puts a refusal of a paper part beside it (input.overrideDecision.title)', async () => {
    const titleError = {
      code: 'INVALID_INPUT',
      field: ['input', 'overrideDecision', 'title'],
      message: 'Văn bản có ký tự không được phép',
    };
    const { client } = rotationFormClient({
      rotation: null,
      warnings: [],
      userErrors: [titleError],
    });
    renderWithProviders(<RotationCreatePage />, { client });
    await chooseCadreAndPost('2018-06-01');
    const override = screen.getByRole('group', {
      name: 'Quyết định của cấp có thẩm quyền cho phép ngoại lệ',
    });
    fireEvent.change(within(override).getByLabelText('Số quyết định'), {
      target: { value: '9-QĐ/TU' },
    });
    await enterDate(dateField('Ngày ban hành', within(override)), '20/05/2018');
    fireEvent.change(within(override).getByLabelText('Cơ quan ban hành'), {
      target: { value: 'Ban Thường vụ' },
    });
    fireEvent.change(within(override).getByLabelText('Trích yếu'), {
      target: { value: 'Về việc' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Gửi đề xuất' }));

    await waitFor(() =>
      expect(within(override).getByLabelText('Trích yếu')).toHaveAccessibleDescription(
        titleError.message,
      ),
    );
  });

  it('sends the plan chosen, then clears the form and links to the new rotation', async () => {
    const { client, executeMutation } = rotationFormClient({
      rotation: {
        id: 'rot-new',
        status: 'PROPOSED',
        category: 'DOWN_TO_GRASSROOTS',
        cadre: { id: 'cadre-vsh', fullName: 'Vũ Sơn Hà' },
      },
      warnings: [],
      userErrors: [],
    });
    renderWithProviders(<RotationCreatePage />, { client });
    await chooseCadreAndPost('2018-06-01');
    await userEvent.selectOptions(screen.getByLabelText('Thuộc kế hoạch'), 'plan-67');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi đề xuất' }));

    expect(executeMutation.mock.calls[0]?.[0].variables).toMatchObject({
      input: { planId: 'plan-67', reason: null },
    });
    const link = await screen.findByRole('link', { name: 'Mở đề xuất luân chuyển của Vũ Sơn Hà' });
    expect(link).toHaveAttribute('href', '/rotations/rot-new');
    await waitFor(() => expect(link).toHaveFocus());
    expect(screen.getByLabelText('Cán bộ được luân chuyển')).toHaveValue('');
    expect(screen.getByLabelText('Thuộc kế hoạch')).toHaveValue('');
  });

  it('sends the override’s issuing unit beside its issuer, then says what the server warned', async () => {
    const notCompetent = 'Đơn vị ban hành quyết định ngoại lệ không phải cơ quan quản lý cán bộ';
    const { client, executeMutation, executeQuery } = rotationFormClient({
      rotation: {
        id: 'rot-new',
        status: 'PROPOSED',
        category: 'DOWN_TO_GRASSROOTS',
        cadre: { id: 'cadre-vsh', fullName: 'Vũ Sơn Hà' },
      },
      warnings: [
        {
          code: 'ISSUER_NOT_COMPETENT',
          field: ['input', 'overrideDecision', 'issuerUnitId'],
          message: notCompetent,
        },
      ],
      userErrors: [],
    });
    renderWithProviders(<RotationCreatePage />, { client });
    await chooseCadreAndPost('2018-06-01');
    const override = within(
      screen.getByRole('group', { name: 'Quyết định của cấp có thẩm quyền cho phép ngoại lệ' }),
    );
    fireEvent.change(override.getByLabelText('Số quyết định'), { target: { value: '9-QĐ/TU' } });
    await enterDate(dateField('Ngày ban hành', override), '20/05/2018');
    fireEvent.change(override.getByLabelText('Cơ quan ban hành'), {
      target: { value: 'Ban Thường vụ Thành ủy Lạng Sơn' },
    });
    fireEvent.change(override.getByLabelText('Trích yếu'), { target: { value: 'Về việc' } });
    await override.findByRole('option', { name: 'Thành ủy Lạng Sơn' });
    // No unit named yet: nothing to weigh the issuer against.
    const liveWarning =
      'Thành ủy Lạng Sơn không phải cơ quan quản lý cán bộ (Đảng ủy xã Mai Pha) hay cấp trên của cơ quan đó';
    expect(screen.queryAllByText(liveWarning, { exact: false })).toHaveLength(0);
    await userEvent.selectOptions(
      override.getByRole('combobox', { name: 'Đơn vị ban hành (trong danh mục)' }),
      'unit-tu',
    );
    // The live check reads the issuer as the server does, and warns before sending.
    expect(callsOf(executeQuery, 'RotationCheckFacts').at(-1)?.variables['input']).toMatchObject({
      overrideIssuer: { unitId: 'unit-tu', issuedOn: '2018-05-20' },
    });
    expect(await screen.findAllByText(liveWarning, { exact: false })).not.toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Gửi đề xuất' }));

    expect(callsOf(executeMutation, 'RotationCreate')[0]?.variables['input']).toMatchObject({
      decision: null,
      overrideDecision: {
        number: '9-QĐ/TU',
        issuedOn: '2018-05-20',
        issuer: 'Ban Thường vụ Thành ủy Lạng Sơn',
        title: 'Về việc',
        issuerUnitId: 'unit-tu',
      },
    });
    // The units offered are those that existed on the day the decision was issued.
    expect(
      callsOf(executeQuery, 'UnitChoices').some(
        (call) => call.variables['activeAt'] === '2018-05-20',
      ),
    ).toBe(true);
    expect(await screen.findByTestId('created-warnings')).toHaveTextContent(notCompetent);
  });

  it('is not offered to a viewer', () => {
    renderWithProviders(<RotationCreatePage />, {
      session: {
        status: 'signedIn',
        viewer: { username: 'reader', role: 'VIEWER', bodyName: null },
        signOut: async () => undefined,
      },
    });
    expect(screen.queryByRole('button', { name: 'Gửi đề xuất' })).not.toBeInTheDocument();
  });
});
