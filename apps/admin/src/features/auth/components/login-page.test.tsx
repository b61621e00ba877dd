import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { LoginPage } from './login-page';

describe('the sign-in form', () => {
  it('labels its inputs in Vietnamese and asks for both before calling the server', async () => {
    const signIn = vi.fn();
    renderWithProviders(<LoginPage signIn={signIn} />);
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Vui lòng nhập đủ tên đăng nhập và mật khẩu.',
    );
    expect(signIn).not.toHaveBeenCalled();
  });

  it('sends the trimmed username and says when the credentials are wrong, without saying which', async () => {
    const signIn = vi.fn().mockResolvedValue('invalid');
    renderWithProviders(<LoginPage signIn={signIn} />);
    await userEvent.type(screen.getByLabelText('Tên đăng nhập'), '  admin ');
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'secret');
    await userEvent.keyboard('{Enter}');
    expect(signIn).toHaveBeenCalledWith('admin', 'secret');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tên đăng nhập hoặc mật khẩu không đúng.',
    );
  });

  it('says how long to wait after too many failed sign-ins, in either language', async () => {
    const signIn = vi.fn().mockResolvedValue({ retryInMinutes: 15 });
    renderWithProviders(<LoginPage signIn={signIn} />);
    await userEvent.type(screen.getByLabelText('Tên đăng nhập'), 'admin');
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'secret');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
    );
  });

  it('says "1 minute" in English', async () => {
    const signIn = vi.fn().mockResolvedValue({ retryInMinutes: 1 });
    renderWithProviders(<LoginPage signIn={signIn} />, { language: 'en' });
    await userEvent.type(screen.getByLabelText('Username'), 'admin');
    await userEvent.type(screen.getByLabelText('Password'), 'secret');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many failed sign-ins. Please try again in 1 minute.',
    );
  });

  it('speaks English when English is chosen', () => {
    renderWithProviders(<LoginPage signIn={vi.fn()} />, { language: 'en' });
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
  });
});
