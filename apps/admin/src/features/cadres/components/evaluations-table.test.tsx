import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../lib/gql/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { sessionOf } from '../../../testing/sessions.fixture';
import { EvaluationsTable } from './evaluations-table';

const ID = 'Q2FkcmU6/+1=';
const BASE = `/cadres/${encodeURIComponent(ID)}/evaluations`;

const evaluation = (year: number, rating: string, evaluator: string | null) => ({
  id: `ev-${year}`,
  year,
  score: null,
  rating,
  disciplined: false,
  evaluator,
  notes: null,
});

// The API lists the oldest year first.
const EVALUATIONS = [
  evaluation(2023, 'COMPLETED', null),
  evaluation(2024, 'GOOD', 'Ban Thường vụ Tỉnh ủy'),
];

function renderTable(role: Role) {
  renderWithProviders(<EvaluationsTable cadreId={ID} evaluations={EVALUATIONS} />, {
    session: sessionOf(role),
  });
}

describe("the profile's evaluations", () => {
  it('lists the newest year first, with who evaluated', () => {
    renderTable('VIEWER');
    const rows = within(screen.getByTestId('evaluations')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      '2024',
      '2023',
    ]);
    expect(rows[0]).toHaveTextContent('Ban Thường vụ Tỉnh ủy');
  });

  it('offers an organizer to record a year and to correct each one recorded', () => {
    renderTable('ORGANIZER');
    expect(screen.getByRole('link', { name: 'Ghi nhận đánh giá' })).toHaveAttribute('href', BASE);
    expect(screen.getByRole('link', { name: 'Sửa đánh giá năm 2024' })).toHaveAttribute(
      'href',
      `${BASE}/2024`,
    );
  });

  it('offers a viewer neither', () => {
    renderTable('VIEWER');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
