import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { sessionOf } from '../../../testing/sessions.fixture';
import { ProfilePaperLink } from './profile-paper-link';

// A global id may hold "/", "+" and "=": the link must keep it whole in the path.
const ID = 'Q2FkcmU6/+1=';

describe('the profile paper link', () => {
  it('downloads the cadre’s curriculum vitae, the id encoded in the path', () => {
    renderWithProviders(<ProfilePaperLink cadreId={ID} />, { session: sessionOf('VIEWER') });
    const link = screen.getByRole('link', { name: 'Lý lịch (PDF)' });
    expect(link).toHaveAttribute('href', '/export/cadres/Q2FkcmU6%2F%2B1%3D/profile.pdf');
    expect(link).toHaveAttribute('download');
  });

  it('speaks English', () => {
    renderWithProviders(<ProfilePaperLink cadreId={ID} />, { language: 'en' });
    expect(screen.getByRole('link', { name: 'Profile (PDF)' })).toBeInTheDocument();
  });
});
