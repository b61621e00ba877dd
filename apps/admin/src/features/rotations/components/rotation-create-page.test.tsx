import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Client } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { fromValue } from 'wonka';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { rotationFactsFixture } from '../../../testing/rotation-facts.fixture';
import { RotationCreatePage } from './rotation-create-page';

type Operation = { query: { definitions: { name?: { value: string } }[] }; variables: unknown };

const ANSWERS: Record<string, unknown> = {
  RotationCadreChoices: {
    cadres: { nodes: [{ id: 'cadre-vsh', fullName: 'Vũ Sơn Hà', birthYear: 1975 }] },
  },
  PostChoices: {
    positions: {
      nodes: [
        {
          id: 'pos-secretary',
          title: 'Bí thư Đảng ủy',
          rank: 5,
          unit: {
            id: 'unit-hvt',
            name: 'Đảng ủy phường Hoàng Văn Thụ',
            validFrom: '2002-10-17',
            validTo: null,
          },
        },
      ],
    },
    units: { nodes: [] },
  },
  RotationFacts: rotationFactsFixture,
};

const serverError = {
  code: 'DURATION_TOO_SHORT',
  field: ['input', 'plannedEndDate'],
  message: 'Máy chủ: thời gian luân chuyển dưới 36 tháng',
};

function mockClient() {
  const answer = (operation: Operation, data: unknown) =>
    fromValue({ operation, data, stale: false, hasNext: false });
  const name = (operation: Operation) => operation.query.definitions[0]?.name?.value ?? '';
  const executeMutation = vi.fn((operation: Operation) =>
    answer(operation, {
      rotationCreate: { rotation: null, warnings: [], userErrors: [serverError] },
    }),
  );
  const client = {
    executeQuery: (operation: Operation) => answer(operation, ANSWERS[name(operation)]),
    executeMutation,
    executeSubscription: vi.fn(),
  } as unknown as Client;
  return { client, executeMutation };
}

describe('the rotation form', () => {
  it('shows the violation live while typing, then the server error beside the field after submit', async () => {
    const { client, executeMutation } = mockClient();
    renderWithProviders(<RotationCreatePage />, { client });
    await userEvent.selectOptions(
      await screen.findByLabelText('Cán bộ được luân chuyển'),
      'cadre-vsh',
    );
    await userEvent.selectOptions(screen.getByLabelText('Chức vụ đến'), 'pos-secretary');
    fireEvent.change(screen.getByLabelText('Ngày bắt đầu'), { target: { value: '2018-06-01' } });
    fireEvent.change(screen.getByLabelText('Dự kiến kết thúc'), {
      target: { value: '2020-06-01' },
    });

    const plannedEnd = screen.getByLabelText('Dự kiến kết thúc');
    await waitFor(() =>
      expect(plannedEnd).toHaveAccessibleDescription(
        'Thời gian luân chuyển dưới 36 tháng (24 tháng)',
      ),
    );
    expect(screen.getByTestId('live-category')).toHaveTextContent('Luân chuyển về cơ sở');

    await userEvent.click(screen.getByRole('button', { name: 'Gửi đề xuất' }));
    expect(executeMutation).toHaveBeenCalledOnce();
    expect(executeMutation.mock.calls[0]?.[0].variables).toMatchObject({
      input: {
        cadreId: 'cadre-vsh',
        toPositionId: 'pos-secretary',
        startDate: '2018-06-01',
        plannedEndDate: '2020-06-01',
      },
    });
    await waitFor(() => expect(plannedEnd).toHaveAccessibleDescription(serverError.message));
    expect(screen.getByTestId('server-errors')).toHaveTextContent(serverError.message);
  });

  it('is not offered to a viewer', () => {
    renderWithProviders(<RotationCreatePage />, {
      session: {
        status: 'signedIn',
        viewer: { username: 'reader', role: 'VIEWER' },
        signOut: async () => undefined,
      },
    });
    expect(screen.queryByRole('button', { name: 'Gửi đề xuất' })).not.toBeInTheDocument();
  });
});
