import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cachingGraphqlClient } from '../../../testing/caching-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { SubjectBulkAdd } from './subject-bulk-add';

// "Add all LONG_TENURE subjects on this date": the report is narrowed to the criterion chosen,
// the cadres listed already are marked and not sent again, and a refusal of the batch is shown
// beside the cadre it is about.

const PLAN = 'Um90YXRpb25QbGFuOjE';
const cadre = (id: string, fullName: string, codes: string[]) => ({
  node: { __typename: 'Cadre', id, fullName, birthYear: 1975 },
  eligibility: {
    __typename: 'Eligibility',
    reasons: codes.map((code) => ({
      __typename: 'EligibilityReason',
      code,
      message: `${code} của ${fullName}`,
    })),
  },
});
const pageInfo = (hasNextPage: boolean, endCursor: string | null) => ({
  __typename: 'PageInfo',
  hasNextPage,
  endCursor,
});

// Two pages of the report, so every page is read; Lò Văn Hải is young, not long in post.
const REPORT: Record<string, unknown> = {
  first: {
    eligibleCadres: {
      __typename: 'EligibleCadreConnection',
      pageInfo: pageInfo(true, 'c2'),
      edges: [
        cadre('Q2FkcmU6MQ', 'Mã Thế Anh', ['LONG_TENURE']),
        cadre('Q2FkcmU6Mg', 'Lò Văn Hải', ['YOUNG_IN_SUCCESSION_POOL']),
      ],
    },
  },
  c2: {
    eligibleCadres: {
      __typename: 'EligibleCadreConnection',
      pageInfo: pageInfo(false, null),
      edges: [
        cadre('Q2FkcmU6Mw', 'Vi Đình Khánh', ['LONG_TENURE', 'LOCAL_KEY_CADRE']),
        cadre('Q2FkcmU6NA', 'Hà Thị Hương', ['LONG_TENURE']),
      ],
    },
  },
};

function renderBulk(addAnswer: (variables: Record<string, unknown>) => unknown) {
  const mock = cachingGraphqlClient({
    PlanEligibleCadres: (variables) => REPORT[String(variables['after'] ?? 'first')],
    PlanSubjectIds: () => ({
      node: {
        __typename: 'RotationPlan',
        id: PLAN,
        subjects: {
          __typename: 'RotationPlanSubjectConnection',
          pageInfo: pageInfo(false, null),
          nodes: [{ __typename: 'Cadre', id: 'Q2FkcmU6MQ' }],
        },
      },
    }),
    RotationPlanAddSubjects: addAnswer,
  });
  renderWithProviders(
    <SubjectBulkAdd
      planId={PLAN}
      reasons={['LONG_TENURE', 'LOCAL_KEY_CADRE', 'YOUNG_IN_SUCCESSION_POOL']}
      periodStart="2018-03-01"
    />,
    { client: mock.client },
  );
  return mock;
}

const showReport = async () => {
  await userEvent.click(screen.getByRole('button', { name: 'Xem danh sách đủ điều kiện' }));
  return screen.findByTestId('bulk-candidates');
};
const rowOf = (table: HTMLElement, name: string) =>
  within(table)
    .getByRole('rowheader', { name: new RegExp(name) })
    .closest('tr') as HTMLElement;

describe('adding the subjects of one criterion in bulk', () => {
  it('lists those who meet the criterion on every page, marks the listed and sends the others', async () => {
    const mock = renderBulk(() => ({
      rotationPlanAddSubjects: {
        __typename: 'RotationPlanPayload',
        rotationPlan: { __typename: 'RotationPlan', id: PLAN, progress: { subjects: 3 } },
        userErrors: [],
      },
    }));
    const table = await showReport();
    expect(within(table).queryByText(/Lò Văn Hải/)).toBeNull();
    expect(within(rowOf(table, 'Mã Thế Anh')).getByText('Đã có trong danh sách')).toBeTruthy();
    expect(
      within(rowOf(table, 'Vi Đình Khánh')).getByText('LONG_TENURE của Vi Đình Khánh'),
    ).toBeTruthy();
    expect(within(rowOf(table, 'Hà Thị Hương')).getByText('Sẽ được thêm')).toBeTruthy();
    expect(mock.requestsOf('PlanEligibleCadres')[0]?.variables).toMatchObject({
      asOf: '2018-03-01',
      planId: PLAN,
    });

    await userEvent.click(screen.getByRole('button', { name: 'Thêm 2 cán bộ vào kế hoạch' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await screen.findByText('Đã thêm 2 cán bộ vào danh sách đối tượng.');
    expect(mock.requestsOf('RotationPlanAddSubjects')[0]?.variables).toEqual({
      input: {
        planId: PLAN,
        cadreIds: ['Q2FkcmU6Mw', 'Q2FkcmU6NA'],
        criterion: 'LONG_TENURE',
        asOf: '2018-03-01',
      },
    });
    expect(within(table).getAllByText('Đã có trong danh sách')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /Thêm \d+ cán bộ vào kế hoạch/ })).toBeNull();
  });

  it('shows a refusal of the batch beside the cadre it is about', async () => {
    renderBulk(() => ({
      rotationPlanAddSubjects: {
        __typename: 'RotationPlanPayload',
        rotationPlan: null,
        userErrors: [
          {
            __typename: 'UserError',
            code: 'ALREADY_A_SUBJECT',
            field: ['input', 'cadreIds', '1'],
            message: 'Cán bộ đã có trong danh sách đối tượng của kế hoạch',
          },
        ],
      },
    }));
    const table = await showReport();
    await userEvent.click(screen.getByRole('button', { name: 'Thêm 2 cán bộ vào kế hoạch' }));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Xác nhận' }),
    );
    await waitFor(() =>
      expect(
        within(rowOf(table, 'Hà Thị Hương')).getByText(
          'Cán bộ đã có trong danh sách đối tượng của kế hoạch',
        ),
      ).toBeTruthy(),
    );
    expect(within(rowOf(table, 'Vi Đình Khánh')).getByText('Sẽ được thêm')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Chưa thêm ai');
  });
});
