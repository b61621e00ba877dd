import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../lib/gql/graphql';
import { mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { sessionOf } from '../../../testing/sessions.fixture';
import { RotationDetailPage } from './rotation-detail-page';

// Vũ Sơn Hà's rotation to Hoàng Văn Thụ ward as the demo holds it, proposed with a warning
// and an override. The stored planned end is exclusive: 01/06/2021 is shown as 31/05/2021.

const ID = 'Um90YXRpb246/+1=';
const post = (id: string, title: string, unit: string) => ({
  id,
  title,
  unit: { id: `${id}-unit`, name: unit },
});
const paper = (number: string, issuedOn: string) => ({
  id: number,
  number,
  issuedOn,
  issuer: 'Ban Thường vụ Thành ủy Lạng Sơn',
  issuerUnit: null as { id: string; name: string } | null,
  title: 'Quyết định luân chuyển cán bộ',
});

const ROTATION = {
  __typename: 'Rotation',
  id: ID,
  version: 4,
  status: 'COMPLETED',
  availableActions: [] as string[],
  overdue: false,
  startDate: '2018-06-01',
  plannedEndDate: '2021-06-01',
  endDate: '2021-06-01',
  category: 'DOWN_TO_GRASSROOTS',
  direction: 'DOWN',
  rankChange: 'LATERAL',
  outcome: 'KEPT_AT_DESTINATION',
  cancelReason: null,
  reason: null,
  createdAt: '2026-11-25T01:30:00.000Z',
  cadre: {
    id: 'cadre-1',
    fullName: 'Vũ Sơn Hà',
    evaluations: [
      { id: 'e1', year: 2017, score: null, rating: 'GOOD', disciplined: false, rotation: null },
      {
        id: 'e2',
        year: 2019,
        score: 92,
        rating: 'EXCELLENT',
        disciplined: false,
        rotation: { id: ID },
      },
    ],
  },
  plan: { id: 'plan-67', code: '67-KH/TU', title: 'Kế hoạch luân chuyển cán bộ' },
  fromPosition: post('p1', 'Phó Trưởng Ban Tổ chức Thành ủy', 'Ban Tổ chức Thành ủy'),
  toPosition: post('p2', 'Bí thư Đảng ủy phường', 'Đảng ủy phường Hoàng Văn Thụ'),
  decision: paper('113-QĐ/TU', '2018-05-17'),
  overrideDecision: {
    ...paper('9-QĐ/TU', '2018-05-10'),
    issuerUnit: { id: 'unit-tu', name: 'Thành ủy Lạng Sơn' },
  },
  violations: [
    { code: 'TERM_TOO_SHORT', severity: 'WARNING', message: 'Thời gian dưới 3 năm.' },
    { code: 'SEAT_TAKEN', severity: 'ERROR', message: 'Chức vụ đến đã có người giữ.' },
  ],
  history: [
    {
      kind: 'PROPOSED',
      occurredAt: '2026-11-25T01:30:00.000Z',
      actorKind: 'USER',
      actorName: 'to-chuc',
      outcome: null,
      cancelReason: null,
    },
    {
      kind: 'COMPLETED',
      occurredAt: '2026-11-25T01:31:00.000Z',
      actorKind: 'SYSTEM',
      actorName: null,
      outcome: 'KEPT_AT_DESTINATION',
      cancelReason: null,
    },
  ],
};

function renderDetail(role: Role, rotation: object = ROTATION) {
  const mock = mockGraphqlClient({ RotationDetail: () => ({ node: rotation }) });
  renderWithProviders(
    <Routes>
      <Route path="/rotations/:id" element={<RotationDetailPage />} />
    </Routes>,
    {
      client: mock.client,
      session: sessionOf(role),
      route: { pathname: `/rotations/${encodeURIComponent(ID)}` },
    },
  );
  return mock;
}

describe('the page of one rotation', () => {
  it('shows who, from which post to which, the period by its last day, and the plan', async () => {
    renderDetail('VIEWER');
    expect(
      await screen.findByRole('heading', { name: 'Luân chuyển cán bộ Vũ Sơn Hà' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vũ Sơn Hà' })).toHaveAttribute(
      'href',
      '/cadres/cadre-1',
    );
    expect(
      screen.getByText('Bí thư Đảng ủy phường, Đảng ủy phường Hoàng Văn Thụ'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('rotation-period')).toHaveTextContent('Từ 01/06/2018 đến 31/05/2021');
    expect(screen.getByRole('link', { name: /67-KH\/TU/ })).toHaveAttribute(
      'href',
      '/plans/plan-67',
    );
    expect(screen.getByText('Luân chuyển về cơ sở', { exact: false })).toBeInTheDocument();
  });

  it('cites the decision and the override decision with their numbers, days and issuers', async () => {
    renderDetail('VIEWER');
    const papers = within(await screen.findByRole('region', { name: 'Văn bản' }));
    expect(
      papers.getByText('Số 113-QĐ/TU ngày 17/05/2018 của Ban Thường vụ Thành ủy Lạng Sơn'),
    ).toBeInTheDocument();
    expect(
      papers.getByText('Số 9-QĐ/TU ngày 10/05/2018 của Ban Thường vụ Thành ủy Lạng Sơn'),
    ).toBeInTheDocument();
    // Only the override names its issuing unit in the registry.
    expect(papers.getAllByText(/^Đơn vị ban hành:/).map((line) => line.textContent)).toEqual([
      'Đơn vị ban hành: Thành ủy Lạng Sơn',
    ]);
  });

  it('lists every warning and override recorded on it', async () => {
    renderDetail('VIEWER');
    const list = await screen.findByTestId('rotation-violations');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Cảnh báo: Thời gian dưới 3 năm.',
      'Lỗi được cho phép ngoại lệ: Chức vụ đến đã có người giữ.',
    ]);
  });

  it('tells its history in order, with who acted, and the evaluations within it', async () => {
    renderDetail('VIEWER');
    const steps = within(await screen.findByTestId('rotation-history')).getAllByRole('listitem');
    expect(steps).toHaveLength(2);
    expect(steps[0]).toHaveTextContent('Đề xuất');
    expect(steps[0]).toHaveTextContent('do to-chuc thực hiện');
    expect(steps[1]).toHaveTextContent('Kết thúc');
    expect(steps[1]).toHaveTextContent('do hệ thống thực hiện');
    expect(steps[1]).toHaveTextContent('Ở lại nơi luân chuyển đến');
    const evaluations = within(
      screen.getByRole('region', { name: 'Đánh giá trong thời gian luân chuyển' }),
    );
    expect(evaluations.getByText('2019')).toBeInTheDocument();
    expect(evaluations.queryByText('2017')).not.toBeInTheDocument();
  });

  it('offers the actions the server allows now', async () => {
    renderDetail('ORGANIZER', {
      ...ROTATION,
      status: 'PROPOSED',
      availableActions: ['APPROVE', 'CANCEL'],
    });
    expect(
      await screen.findByRole('button', { name: 'Phê duyệt luân chuyển của Vũ Sơn Hà' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Hủy luân chuyển của Vũ Sơn Hà' }),
    ).toBeInTheDocument();
  });

  it('shows the reason a more senior post was given, when one was', async () => {
    renderDetail('VIEWER', { ...ROTATION, reason: 'Hoàn thành xuất sắc nhiệm vụ' });
    const facts = await screen.findByRole('region', { name: 'Thông tin luân chuyển' });
    expect(
      within(facts).getByText('Lý do bố trí chức vụ cao hơn').nextElementSibling,
    ).toHaveTextContent('Hoàn thành xuất sắc nhiệm vụ');
  });

  it('says so when the id names no rotation', async () => {
    renderDetail('VIEWER', null as unknown as object);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Không tìm thấy lượt luân chuyển này.',
    );
  });
});
