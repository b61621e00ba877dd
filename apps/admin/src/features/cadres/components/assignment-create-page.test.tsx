import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { ProfileStub } from '../../../testing/profile-stub';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { sessionOf } from '../../../testing/sessions.fixture';
import { AssignmentCreatePage } from './assignment-create-page';
import { dateField, enterDate, firstSegment } from '../../../testing/date-field';

// Global ids are base64 and may hold "/", "+" and "=": the URLs must encode them.
const ID = 'Q2FkcmU6/+1=';
const FORM_PATH = `/cadres/${encodeURIComponent(ID)}/assignments/new`;

// The same title in the ward formed on 1/7/2025 and in a ward merged into it that day.
const POSTS = {
  positions: {
    nodes: [
      {
        id: 'pos-tam-thanh',
        title: 'Phó Chủ tịch UBND',
        rank: 4,
        unit: {
          id: 'unit-tt',
          name: 'UBND phường Tam Thanh',
          validFrom: '2025-07-01',
          validTo: null,
        },
      },
      {
        id: 'pos-chi-lang',
        title: 'Phó Chủ tịch UBND',
        rank: 4,
        unit: {
          id: 'unit-cl',
          name: 'UBND phường Chi Lăng',
          validFrom: '2002-10-17',
          validTo: '2025-07-01',
        },
      },
    ],
  },
  units: { nodes: [] },
};

function renderForm(assignmentCreate: unknown) {
  const mock = mockGraphqlClient({
    CadreName: () => ({ node: { __typename: 'Cadre', id: ID, fullName: 'Hoàng Thị Thu Trang' } }),
    PostChoices: () => POSTS,
    AssignmentCreate: () => ({ assignmentCreate }),
  });
  renderWithProviders(
    <Routes>
      <Route path="/cadres/:id/assignments/new" element={<AssignmentCreatePage />} />
      <Route path="/cadres/:id" element={<ProfileStub />} />
    </Routes>,
    { client: mock.client, route: FORM_PATH },
  );
  return mock;
}

const recorded = {
  assignment: { id: 'as-new', version: 1, cadre: { id: ID } },
  userErrors: [],
};
const submit = () => userEvent.click(screen.getByRole('button', { name: 'Ghi nhận chức vụ' }));
const choosePost = (label: string) =>
  userEvent.selectOptions(screen.getByRole('combobox', { name: 'Chức vụ' }), label);
const setDate = (label: string, day: string) => enterDate(dateField(label), day);

describe("recording a post in a cadre's career", () => {
  it('names the cadre and asks for the post, the kind and the start beside each field', async () => {
    const { executeMutation } = renderForm(recorded);
    expect(await screen.findByText('Quá trình công tác của Hoàng Thị Thu Trang.')).toBeVisible();
    await submit();

    const post = screen.getByRole('combobox', { name: 'Chức vụ' });
    expect(post).toHaveAccessibleDescription('Chọn chức vụ.');
    expect(post).toHaveFocus();
    expect(screen.getByLabelText('Hình thức')).toHaveAccessibleDescription(
      'Chọn hình thức giữ chức vụ.',
    );
    expect(dateField('Ngày bắt đầu')).toHaveAccessibleDescription(
      expect.stringContaining('Nhập ngày bắt đầu.'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Chưa lưu được');
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('refuses a unit gone by the start, a last day before the start and half a decision', async () => {
    const { executeMutation } = renderForm(recorded);
    // With no start date yet every post is offered, a closed unit's marked.
    await choosePost(
      'Phó Chủ tịch UBND, UBND phường Chi Lăng (đơn vị đã thôi hoạt động từ 01/07/2025)',
    );
    await userEvent.selectOptions(screen.getByLabelText('Hình thức'), 'Bổ nhiệm');
    await setDate('Ngày bắt đầu', '01/08/2025');
    await setDate('Ngày cuối giữ chức vụ', '31/07/2025');
    fireEvent.change(screen.getByLabelText('Số quyết định'), { target: { value: '15-QĐ/TU' } });
    await submit();

    expect(screen.getByRole('combobox', { name: 'Chức vụ' })).toHaveAccessibleDescription(
      'UBND phường Chi Lăng không còn tồn tại từ 01/07/2025; hãy chọn chức vụ của đơn vị có vào ngày bắt đầu.',
    );
    expect(dateField('Ngày cuối giữ chức vụ')).toHaveAccessibleDescription(
      expect.stringContaining('Ngày cuối giữ chức vụ không được trước ngày bắt đầu (01/08/2025).'),
    );
    for (const field of [
      dateField('Ngày ban hành'),
      screen.getByLabelText('Cơ quan ban hành'),
      screen.getByLabelText('Trích yếu'),
    ]) {
      expect(field).toHaveAccessibleDescription('Điền ô này, hoặc để trống cả nhóm quyết định.');
    }
    expect(screen.getByLabelText('Số quyết định')).not.toHaveAttribute('aria-invalid');
    expect(executeMutation).not.toHaveBeenCalled();

    // A start before the merger makes the same post valid; the end check follows the new start.
    await setDate('Ngày bắt đầu', '01/06/2020');
    expect(screen.getByRole('combobox', { name: 'Chức vụ' })).not.toHaveAttribute('aria-invalid');
    expect(firstSegment(dateField('Ngày cuối giữ chức vụ'))).not.toHaveAttribute('aria-invalid');
    // A last day on the start is a one-day post, not a mistake.
    await setDate('Ngày cuối giữ chức vụ', '01/06/2020');
    expect(firstSegment(dateField('Ngày cuối giữ chức vụ'))).not.toHaveAttribute('aria-invalid');
  });

  it('sends the day after the last day held as the stored end', async () => {
    const { executeMutation } = renderForm(recorded);
    // Held in the merged ward up to the day before the merger of 1/7/2025.
    await choosePost(
      'Phó Chủ tịch UBND, UBND phường Chi Lăng (đơn vị đã thôi hoạt động từ 01/07/2025)',
    );
    await userEvent.selectOptions(screen.getByLabelText('Hình thức'), 'Bổ nhiệm');
    await setDate('Ngày bắt đầu', '01/06/2020');
    await setDate('Ngày cuối giữ chức vụ', '30/06/2025');
    await submit();

    expect(callsOf(executeMutation, 'AssignmentCreate')).toEqual([
      {
        variables: {
          input: {
            cadreId: ID,
            positionId: 'pos-chi-lang',
            kind: 'APPOINTED',
            startDate: '2020-06-01',
            endDate: '2025-07-01',
            decision: null,
          },
        },
        context: {},
      },
    ]);
  });

  it('sends the post, the kind, the dates and the NFC decision, then returns to the profile', async () => {
    const { executeMutation } = renderForm(recorded);
    await choosePost('Phó Chủ tịch UBND, UBND phường Tam Thanh');
    await userEvent.selectOptions(screen.getByLabelText('Hình thức'), 'Bầu cử');
    await setDate('Ngày bắt đầu', '01/07/2025');
    fireEvent.change(screen.getByLabelText('Số quyết định'), { target: { value: ' 15-QĐ/TU ' } });
    await setDate('Ngày ban hành', '28/06/2025');
    fireEvent.change(screen.getByLabelText('Cơ quan ban hành'), {
      target: { value: 'Ban Thường vụ Tỉnh ủy Lạng Sơn'.normalize('NFD') },
    });
    fireEvent.change(screen.getByLabelText('Trích yếu'), {
      target: { value: 'Về việc chỉ định nhân sự' },
    });
    await submit();

    expect(callsOf(executeMutation, 'AssignmentCreate')).toEqual([
      {
        variables: {
          input: {
            cadreId: ID,
            positionId: 'pos-tam-thanh',
            kind: 'ELECTED',
            startDate: '2025-07-01',
            endDate: null,
            decision: {
              number: '15-QĐ/TU',
              issuedOn: '2025-06-28',
              issuer: 'Ban Thường vụ Tỉnh ủy Lạng Sơn'.normalize('NFC'),
              title: 'Về việc chỉ định nhân sự',
            },
          },
        },
        context: {},
      },
    ]);
    expect(await screen.findByTestId('profile')).toHaveTextContent(
      `/cadres/${encodeURIComponent(ID)} {"saved":"assignmentCreated"}`,
    );
  });

  it("shows the server's userErrors beside their fields and the others in an alert", async () => {
    renderForm({
      assignment: null,
      userErrors: [
        {
          code: 'INVALID_INPUT',
          field: ['input', 'endDate'],
          message: 'Máy chủ: ngày kết thúc phải sau ngày bắt đầu',
        },
        {
          code: 'DOCUMENT_CONFLICT',
          field: ['input', 'decision'],
          message: 'Số văn bản này đã được dùng cho một văn bản có nội dung khác',
        },
        { code: 'NOT_FOUND', field: ['input', 'cadreId'], message: 'Không tìm thấy cán bộ' },
      ],
    });
    await choosePost('Phó Chủ tịch UBND, UBND phường Tam Thanh');
    await userEvent.selectOptions(screen.getByLabelText('Hình thức'), 'Bổ nhiệm');
    await setDate('Ngày bắt đầu', '01/07/2025');
    await setDate('Ngày cuối giữ chức vụ', '31/08/2025');
    fireEvent.change(screen.getByLabelText('Số quyết định'), { target: { value: '15-QĐ/TU' } });
    await setDate('Ngày ban hành', '28/06/2025');
    fireEvent.change(screen.getByLabelText('Cơ quan ban hành'), { target: { value: 'Tỉnh ủy' } });
    fireEvent.change(screen.getByLabelText('Trích yếu'), { target: { value: 'Chỉ định' } });
    await submit();

    const end = dateField('Ngày cuối giữ chức vụ');
    await waitFor(() =>
      expect(end).toHaveAccessibleDescription(
        expect.stringContaining('Máy chủ: ngày kết thúc phải sau ngày bắt đầu'),
      ),
    );
    const number = screen.getByLabelText('Số quyết định');
    expect(number).toHaveAccessibleDescription(
      'Số văn bản này đã được dùng cho một văn bản có nội dung khác',
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Không tìm thấy cán bộ');
    expect(alert).not.toHaveTextContent('Số văn bản này');
    expect(screen.queryByTestId('profile')).not.toBeInTheDocument();

    // Another number retires the server's message about the old one, and only that one.
    await userEvent.type(number, '-1');
    expect(number).not.toHaveAttribute('aria-invalid');
    expect(firstSegment(end)).toHaveAttribute('aria-invalid', 'true');
  });

  it('is not offered to a viewer, who reads nothing for it', () => {
    const { client, executeQuery } = mockGraphqlClient({});
    renderWithProviders(
      <Routes>
        <Route path="/cadres/:id/assignments/new" element={<AssignmentCreatePage />} />
      </Routes>,
      { client, route: FORM_PATH, session: sessionOf('VIEWER') },
    );
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ghi nhận chức vụ' })).not.toBeInTheDocument();
    expect(executeQuery).not.toHaveBeenCalled();
  });
});
