import { screen } from '@testing-library/react';
import { checkRotation } from '@luanchuyen/rules';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { rotationFactsFixture } from '../../../testing/rotation-facts.fixture';
import { toRotationFacts } from '../utils/to-rotation-facts';
import { RulePanel } from './rule-panel';

function check(plannedEndDate: string) {
  const facts = toRotationFacts(rotationFactsFixture, '2018-06-01', null);
  if (!facts) throw new Error('the fixture lacks a cadre or a post');
  return checkRotation(
    {
      cadreId: 'cadre-vsh',
      toPositionId: 'pos-secretary',
      startDate: '2018-06-01',
      plannedEndDate,
    },
    facts,
  );
}

describe('the rule panel', () => {
  it('classifies a city board → ward move as down to the grassroots, lateral', () => {
    renderWithProviders(<RulePanel check={check('2021-06-01')} checking={false} />);
    expect(screen.getByTestId('live-category')).toHaveTextContent('Luân chuyển về cơ sở');
    expect(screen.getByText('luân chuyển ngang (chức vụ tương đương)')).toBeInTheDocument();
  });

  it('shows a rotation shorter than 36 months as an error, with the months counted', () => {
    renderWithProviders(<RulePanel check={check('2020-06-01')} checking={false} />);
    const violation = document.querySelector('[data-code="DURATION_TOO_SHORT"]');
    expect(violation).toHaveTextContent('Lỗi: Thời gian luân chuyển dưới 36 tháng (24 tháng)');
  });

  it('asks for the missing choices before there is anything to check', () => {
    renderWithProviders(<RulePanel check={null} checking={false} />, { language: 'en' });
    expect(
      screen.getByText('Choose a cadre, a target post and dates to check.'),
    ).toBeInTheDocument();
  });
});
