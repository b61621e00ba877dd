import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRequest, type AnyVariables, type DocumentInput } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { toPromise } from 'wonka';
import { dateField, enterDate } from '../../../testing/date-field';
import { callsOf, mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { UnitMergeForm } from './unit-merge-form';

// The merger form as a staffer uses it: checked before anything is sent, previewed through
// unitMergePreview (its refusals beside the fields), the preview dropped when the form changes,
// and the confirmation sending unitMerge exactly the input previewed.

const UNITS = [
  { id: 'VW5pdDox', name: 'Đảng ủy phường Vĩnh Trại', validFrom: '2015-01-01', validTo: null },
  { id: 'VW5pdDoy', name: 'Đảng ủy xã Mai Pha', validFrom: '2015-01-01', validTo: null },
  { id: 'VW5pdDoz', name: 'Đảng ủy phường Đông Kinh', validFrom: '2025-07-01', validTo: null },
  { id: 'VW5pdDo0', name: 'Đảng ủy phường Cũ', validFrom: '2015-01-01', validTo: '2020-01-01' },
];
const AREAS = [
  {
    id: 'QXJlYTox',
    name: 'Phường Đông Kinh',
    kind: 'WARD' as const,
    validFrom: '2025-07-01',
    validTo: null,
    version: 1,
    parent: null,
  },
];

const PREVIEW = {
  unitMergePreview: {
    closing: [
      {
        unit: { id: 'VW5pdDox', name: 'Đảng ủy phường Vĩnh Trại' },
        positions: [{ id: 'UG9zOjE', title: 'Bí thư Đảng ủy phường Vĩnh Trại' }],
        endingAssignments: [
          {
            id: 'QXNzOjE',
            cadre: { id: 'Q2FkOjE', fullName: 'Đinh Bằng Sơn' },
            position: { id: 'UG9zOjE', title: 'Bí thư Đảng ủy phường Vĩnh Trại' },
          },
        ],
      },
    ],
    successor: {
      unit: { id: 'VW5pdDoz' },
      opening: 'EXTENDED',
      name: 'Đảng ủy phường Đông Kinh',
      area: { id: 'QXJlYTox', name: 'Phường Đông Kinh' },
    },
    successorPosts: [
      {
        title: 'Bí thư Đảng ủy phường Đông Kinh',
        source: 'MATCHED',
        seats: 1,
        isKey: true,
        continues: [{ id: 'UG9zOjE', title: 'Bí thư Đảng ủy phường Vĩnh Trại' }],
      },
    ],
    userErrors: [],
  },
};

function renderForm(answers: Record<string, (variables: Record<string, unknown>) => unknown>) {
  const mock = mockGraphqlClient(answers);
  // The preview asks once, through client.query, as urql's Client offers it.
  Object.assign(mock.client, {
    query: (query: DocumentInput, variables: AnyVariables, context: object) => ({
      toPromise: () =>
        toPromise(mock.client.executeQuery(createRequest(query, variables), context)),
    }),
  });
  const onMerged = vi.fn();
  renderWithProviders(
    <UnitMergeForm areas={AREAS} units={UNITS} onMerged={onMerged} onCancel={() => undefined} />,
    { client: mock.client },
  );
  return { ...mock, onMerged, form: screen.getByRole('form', { name: 'Sáp nhập đơn vị' }) };
}

async function fillExistingMerge(form: HTMLElement) {
  await userEvent.click(within(form).getByLabelText('Đảng ủy phường Vĩnh Trại'));
  await enterDate(dateField('Ngày sáp nhập', within(form)), '01/07/2025');
  await userEvent.click(within(form).getByLabelText('Đơn vị đã có'));
  const successor = within(form).getByLabelText('Đơn vị kế thừa', { selector: 'select' });
  await userEvent.selectOptions(successor, 'VW5pdDoz');
}

describe('the merger form', () => {
  it('lists only open units, and previews nothing until a unit, a date and a successor are given', async () => {
    const mock = renderForm({});
    expect(within(mock.form).queryByLabelText('Đảng ủy phường Cũ')).toBeNull();
    await userEvent.click(within(mock.form).getByRole('button', { name: 'Xem trước sáp nhập' }));
    expect(within(mock.form).getByText('Chọn ít nhất một đơn vị')).toBeTruthy();
    expect(within(mock.form).getByText('Tên dài từ 1 đến 100 ký tự')).toBeTruthy();
    expect(callsOf(mock.executeQuery, 'UnitMergePreview')).toEqual([]);
  });

  it('shows the server’s refusal beside the units', async () => {
    const message = 'Đơn vị “Đảng ủy phường Vĩnh Trại” không còn tồn tại từ ngày 01/07/2025';
    const mock = renderForm({
      UnitMergePreview: () => ({
        unitMergePreview: {
          closing: [],
          successor: null,
          successorPosts: [],
          userErrors: [
            { code: 'UNIT_NOT_VALID_ON_DATE', field: ['input', 'unitIds', '0'], message },
          ],
        },
      }),
    });
    await fillExistingMerge(mock.form);
    await userEvent.click(within(mock.form).getByRole('button', { name: 'Xem trước sáp nhập' }));
    expect(await within(mock.form).findByText(message)).toBeTruthy();
    const box = within(mock.form).getByLabelText('Đảng ủy phường Vĩnh Trại');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('region', { name: /Xem trước:/ })).toBeNull();
  });

  it('previews, drops the preview on a change, and confirms exactly what was previewed', async () => {
    const mock = renderForm({
      UnitMergePreview: () => PREVIEW,
      UnitMerge: () => ({
        unitMerge: {
          unit: { id: 'VW5pdDoz', name: 'Đảng ủy phường Đông Kinh' },
          mergedUnits: [{ id: 'VW5pdDox', validTo: '2025-07-01' }],
          userErrors: [],
        },
      }),
    });
    await fillExistingMerge(mock.form);
    await userEvent.click(within(mock.form).getByRole('button', { name: 'Xem trước sáp nhập' }));
    const input = { unitIds: ['VW5pdDox'], date: '2025-07-01', successorId: 'VW5pdDoz' };
    expect(callsOf(mock.executeQuery, 'UnitMergePreview')[0]?.variables).toEqual({ input });
    const preview = await screen.findByRole('region', {
      name: 'Xem trước: sáp nhập vào Đảng ủy phường Đông Kinh từ 01/07/2025',
    });
    expect(within(preview).getByText(/Đinh Bằng Sơn/)).toBeTruthy();
    expect(within(preview).getByText(/đã có, trùng tên/)).toBeTruthy();

    await userEvent.click(within(mock.form).getByLabelText('Đảng ủy xã Mai Pha'));
    expect(screen.queryByRole('region', { name: /Xem trước:/ })).toBeNull();
    await userEvent.click(within(mock.form).getByLabelText('Đảng ủy xã Mai Pha'));
    await userEvent.click(within(mock.form).getByRole('button', { name: 'Xem trước sáp nhập' }));
    await screen.findByRole('region', { name: /Xem trước:/ });

    await userEvent.click(screen.getByRole('button', { name: 'Xác nhận sáp nhập' }));
    const dialog = screen.getByRole('dialog', { name: 'Xác nhận sáp nhập' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(callsOf(mock.executeMutation, 'UnitMerge').map((call) => call.variables)).toEqual([
      { input },
    ]);
    expect(mock.onMerged).toHaveBeenCalledWith('Đảng ủy phường Đông Kinh');
  });
});
