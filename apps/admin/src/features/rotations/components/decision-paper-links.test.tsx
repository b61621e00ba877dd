import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { DecisionPaperLinks } from './decision-paper-links';

// A global id may hold "/", "+" and "=": the links must keep it whole in the path.
const ID = 'Um90YXRpb246/+1=';

describe('the draft decision links', () => {
  it('downloads the draft as Word and as PDF, the id encoded in the path', () => {
    renderWithProviders(<DecisionPaperLinks rotationId={ID} />);
    expect(screen.getByText('Dự thảo quyết định:')).toBeInTheDocument();
    const word = screen.getByRole('link', { name: 'Word' });
    expect(word).toHaveAttribute('href', '/export/rotations/Um90YXRpb246%2F%2B1%3D/decision.docx');
    expect(word).toHaveAttribute('download');
    const pdf = screen.getByRole('link', { name: 'PDF' });
    expect(pdf).toHaveAttribute('href', '/export/rotations/Um90YXRpb246%2F%2B1%3D/decision.pdf');
    expect(pdf).toHaveAttribute('download');
  });

  it('speaks English', () => {
    renderWithProviders(<DecisionPaperLinks rotationId={ID} />, { language: 'en' });
    expect(screen.getByText('Draft decision:')).toBeInTheDocument();
  });
});
