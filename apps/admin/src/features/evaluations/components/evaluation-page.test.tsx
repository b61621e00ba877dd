import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { ProfileStub } from '../../../testing/profile-stub';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { sessionOf } from '../../../testing/sessions.fixture';
import { EvaluationPage } from './evaluation-page';

const ID = 'Q2FkcmU6/+1=';
const BASE = `/cadres/${encodeURIComponent(ID)}/evaluations`;

// 2024 was rated by the authority (no score bands before Regulation 366-QĐ/TW); 2025 has bands.
const EVALUATION_2024 = {
  id: 'ev-2024',
  year: 2024,
  score: null,
  rating: 'GOOD',
  disciplined: false,
  evaluator: 'Ban Thường vụ Tỉnh ủy',
  notes: null,
  version: 2,
};
const CADRE = {
  __typename: 'Cadre',
  id: ID,
  fullName: 'Vũ Sơn Hà',
  evaluations: [EVALUATION_2024],
};

const DISCIPLINE_REFUSAL = {
  evaluation: null,
  userErrors: [
    {
      code: 'RATING_ABOVE_DISCIPLINE',
      field: ['input', 'rating'],
      message: 'Máy chủ: cán bộ bị kỷ luật trong năm 2025 nên xếp loại “Không hoàn thành nhiệm vụ”',
    },
  ],
};
const SAVED = {
  evaluation: { id: 'ev-2025', year: 2025, rating: 'EXCELLENT', version: 1, cadre: { id: ID } },
  userErrors: [],
};
const STALE = {
  evaluation: null,
  userErrors: [{ code: 'STALE_VERSION', field: ['input', 'expectedVersion'], message: 'stale' }],
};

function renderPage(path: string, evaluationRecord: unknown) {
  const mock = mockGraphqlClient({
    CadreEvaluations: () => ({ node: CADRE }),
    EvaluationRecord: () => ({ evaluationRecord }),
  });
  renderWithProviders(
    <Routes>
      <Route path="/cadres/:id/evaluations/:year?" element={<EvaluationPage />} />
      <Route path="/cadres/:id" element={<ProfileStub />} />
    </Routes>,
    { client: mock.client, route: path, session: sessionOf('ORGANIZER') },
  );
  return mock;
}

const preview = () => within(screen.getByTestId('rating-preview'));
const type = async (label: string, text: string) => {
  const input = await screen.findByLabelText(label);
  await userEvent.clear(input);
  await userEvent.type(input, text);
};

describe('recording an evaluation', () => {
  it('shows the rating the score earns while the score is typed', async () => {
    renderPage(BASE, null);
    await type('Năm đánh giá', '2025');
    await type('Điểm', '92,5');
    expect(preview().getByTestId('live-rating')).toHaveTextContent(
      'Hoàn thành xuất sắc nhiệm vụ (92.5 điểm)',
    );
    await type('Điểm', '75');
    expect(preview().getByTestId('live-rating')).toHaveTextContent('Hoàn thành tốt nhiệm vụ');
  });

  it('explains before submit that a disciplined cadre cannot be rated excellent', async () => {
    const { executeMutation } = renderPage(BASE, DISCIPLINE_REFUSAL);
    await type('Năm đánh giá', '2025');
    await type('Điểm', '95');
    await userEvent.selectOptions(screen.getByLabelText('Mức xếp loại'), 'EXCELLENT');
    await userEvent.click(screen.getByLabelText('Bị kỷ luật trong năm'));
    const refusal = preview().getByTestId('live-refusal');
    expect(refusal).toHaveAttribute('data-code', 'RATING_ABOVE_DISCIPLINE');
    expect(refusal).toHaveTextContent(
      'Cán bộ bị kỷ luật trong năm 2025 nên xếp loại “Không hoàn thành nhiệm vụ”, không thể “Hoàn thành xuất sắc nhiệm vụ”',
    );
    expect(callsOf(executeMutation, 'EvaluationRecord')).toHaveLength(0);
  });

  it('rates a disciplined cadre not completed whatever the score', async () => {
    renderPage(BASE, null);
    await type('Năm đánh giá', '2025');
    await type('Điểm', '95');
    await userEvent.click(screen.getByLabelText('Bị kỷ luật trong năm'));
    expect(preview().getByTestId('live-rating')).toHaveAttribute('data-rating', 'NOT_COMPLETED');
  });

  it('refuses a rating above the band of the score', async () => {
    renderPage(BASE, null);
    await type('Năm đánh giá', '2025');
    await type('Điểm', '72');
    await userEvent.selectOptions(screen.getByLabelText('Mức xếp loại'), 'EXCELLENT');
    expect(preview().getByTestId('live-refusal')).toHaveAttribute(
      'data-code',
      'RATING_ABOVE_SCORE_BAND',
    );
  });

  it('asks for a rating in a year without score bands', async () => {
    renderPage(BASE, null);
    await type('Năm đánh giá', '2023');
    await type('Điểm', '80');
    expect(preview().getByTestId('live-refusal')).toHaveAttribute('data-code', 'NO_SCORE_BANDS');
  });

  it("shows the server's refusal beside the rating after submit", async () => {
    const { executeMutation } = renderPage(BASE, DISCIPLINE_REFUSAL);
    await type('Năm đánh giá', '2025');
    await userEvent.selectOptions(screen.getByLabelText('Mức xếp loại'), 'EXCELLENT');
    await userEvent.click(screen.getByLabelText('Bị kỷ luật trong năm'));
    await userEvent.click(screen.getByRole('button', { name: 'Ghi nhận đánh giá' }));
    expect(callsOf(executeMutation, 'EvaluationRecord')[0]?.variables['input']).toEqual({
      cadreId: ID,
      year: 2025,
      score: null,
      rating: 'EXCELLENT',
      disciplined: true,
      evaluator: null,
      notes: null,
      expectedVersion: null,
    });
    const rating = screen.getByLabelText('Mức xếp loại');
    expect(rating).toHaveAttribute('aria-invalid', 'true');
    expect(rating).toHaveAccessibleDescription(
      expect.stringContaining('Máy chủ: cán bộ bị kỷ luật'),
    );
  });

  it('asks for the year before sending anything', async () => {
    const { executeMutation } = renderPage(BASE, SAVED);
    await userEvent.click(await screen.findByRole('button', { name: 'Ghi nhận đánh giá' }));
    expect(screen.getByLabelText('Năm đánh giá')).toHaveAccessibleDescription(
      expect.stringContaining('Nhập năm đánh giá.'),
    );
    expect(callsOf(executeMutation, 'EvaluationRecord')).toHaveLength(0);
  });

  it('returns to the profile once recorded', async () => {
    const { executeMutation } = renderPage(BASE, SAVED);
    await type('Năm đánh giá', '2025');
    await type('Điểm', '95');
    await type('Người đánh giá', '  Ban Thường vụ  ');
    await userEvent.click(screen.getByRole('button', { name: 'Ghi nhận đánh giá' }));
    expect(await screen.findByTestId('profile')).toHaveTextContent(
      `/cadres/${encodeURIComponent(ID)}`,
    );
    expect(callsOf(executeMutation, 'EvaluationRecord')[0]?.variables['input']).toMatchObject({
      score: 95,
      evaluator: 'Ban Thường vụ',
    });
  });
});

describe('correcting an evaluation', () => {
  it("starts from the year's evaluation and sends the version it corrects", async () => {
    const { executeMutation } = renderPage(`${BASE}/2024`, SAVED);
    expect(await screen.findByLabelText('Năm đánh giá')).toBeDisabled();
    expect(screen.getByLabelText('Năm đánh giá')).toHaveValue(2024);
    // Without bands in 2024 the authority's rating is what the year holds: it stays chosen.
    expect(screen.getByLabelText('Mức xếp loại')).toHaveValue('GOOD');
    expect(screen.getByLabelText('Người đánh giá')).toHaveValue('Ban Thường vụ Tỉnh ủy');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu đánh giá' }));
    expect(callsOf(executeMutation, 'EvaluationRecord')[0]?.variables['input']).toMatchObject({
      year: 2024,
      rating: 'GOOD',
      expectedVersion: 2,
    });
  });

  it('explains a stale version and offers to reload', async () => {
    const { executeQuery } = renderPage(`${BASE}/2024`, STALE);
    await userEvent.click(await screen.findByRole('button', { name: 'Lưu đánh giá' }));
    expect(screen.getByTestId('stale-version')).toHaveTextContent(
      'người khác đã thay đổi đánh giá năm này',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Tải lại đánh giá mới nhất' }));
    expect(callsOf(executeQuery, 'CadreEvaluations').at(-1)?.context.requestPolicy).toBe(
      'network-only',
    );
  });

  it('says so when the year has no evaluation to correct', async () => {
    renderPage(`${BASE}/2019`, null);
    expect(await screen.findByRole('alert')).toHaveTextContent('Cán bộ chưa có đánh giá năm 2019.');
  });
});
