import { screen } from '@testing-library/react';
import { endAfter } from '@luanchuyen/domain';
import { rotationFactsFrom, rotationVerdict } from '@luanchuyen/rules';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { rotationFactsFixture } from '../../../testing/rotation-facts.fixture';
import { RulePanel } from './rule-panel';

// The panel over the server's facts (RotationFactsData) and the server's verdict function,
// as the form runs them: the dates are the only input that changes here.
function verdict(startDate: string, lastDay: string) {
  const facts = rotationFactsFrom(rotationFactsFixture, startDate);
  const input = { cadreId: 'cadre-vsh', toPositionId: 'pos-secretary', startDate };
  return rotationVerdict({ ...input, plannedEndDate: endAfter(lastDay) }, facts);
}

const code = (value: string) => document.querySelector(`[data-code="${value}"]`);

describe('the rule panel', () => {
  it('classifies a city board → ward move as down to the grassroots, lateral, and allows it', () => {
    renderWithProviders(
      <RulePanel verdict={verdict('2018-06-01', '2021-05-31')} checking={false} />,
    );
    expect(screen.getByTestId('live-category')).toHaveTextContent('Luân chuyển về cơ sở');
    expect(screen.getByText('luân chuyển ngang (chức vụ tương đương)')).toBeInTheDocument();
    expect(screen.getByTestId('allowed')).toHaveTextContent('Có');
    expect(screen.getByTestId('verdict')).toHaveTextContent('Đủ điều kiện tạo đợt luân chuyển');
    expect(code('DURATION_TOO_SHORT')).toBeNull();
  });

  it('shows a rotation shorter than 36 months as an error, with the months counted', () => {
    renderWithProviders(
      <RulePanel verdict={verdict('2018-06-01', '2020-05-31')} checking={false} />,
    );
    expect(code('DURATION_TOO_SHORT')).toHaveTextContent(
      'Lỗi: Thời gian luân chuyển dưới 36 tháng (24 tháng)',
    );
    expect(screen.getByTestId('allowed')).toHaveTextContent('Không');
    expect(screen.getByTestId('verdict')).toHaveTextContent('Không thể tạo: 1 lỗi');
  });

  it('follows the merger: a post of the ward closed on 1/7/2025 is refused, naming its successor', () => {
    renderWithProviders(
      <RulePanel verdict={verdict('2025-08-01', '2028-07-31')} checking={false} />,
    );
    expect(code('UNIT_CLOSED')).toHaveTextContent('Đảng ủy phường Kỳ Lừa');
    expect(code('UNIT_CLOSED')).toHaveClass('violation-error');
    expect(screen.getByTestId('allowed')).toHaveTextContent('Không');
  });

  it('shows the refusal when the cadre holds no post on the start date', () => {
    renderWithProviders(
      <RulePanel verdict={verdict('2010-06-01', '2013-05-31')} checking={false} />,
    );
    expect(code('NO_FROM_POSITION')).toHaveTextContent(
      'Cán bộ không giữ chức vụ nào vào ngày bắt đầu; hãy chỉ rõ chức vụ hiện tại',
    );
    expect(screen.getByTestId('live-category')).toHaveTextContent('Chưa xác định được');
    expect(screen.getByTestId('allowed')).toHaveTextContent('Không');
  });

  it('speaks English too', () => {
    renderWithProviders(
      <RulePanel verdict={verdict('2018-06-01', '2020-05-31')} checking={false} />,
      {
        language: 'en',
      },
    );
    expect(screen.getByTestId('allowed')).toHaveTextContent('No');
    expect(screen.getByTestId('verdict')).toHaveTextContent('Cannot be created: 1 error(s)');
    expect(code('DURATION_TOO_SHORT')).toHaveTextContent('Error:');
  });

  it('asks for the missing choices before there is anything to check', () => {
    renderWithProviders(<RulePanel verdict={null} checking={false} />, { language: 'en' });
    expect(
      screen.getByText('Choose a cadre, a target post and dates to check.'),
    ).toBeInTheDocument();
  });

  it('says why the facts could not be read', () => {
    const factsErrors = [{ code: 'NOT_FOUND', message: 'Không tìm thấy cán bộ' }];
    renderWithProviders(<RulePanel verdict={null} checking={false} factsErrors={factsErrors} />);
    expect(code('NOT_FOUND')).toHaveTextContent('Không tìm thấy cán bộ');
  });
});
