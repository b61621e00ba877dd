import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD } from './product';

/** Signs a user in from the sign-in page the app opens on, and waits for the top bar to name them. */
export async function signInAs(
  page: Page,
  url: string,
  user: { username: string; password: string; roleLabel: string },
): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Tên đăng nhập').fill(user.username);
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('viewer').getByText(`${user.username} (${user.roleLabel})`).waitFor();
}

/** Signs the bootstrap admin in from the sign-in page the app opens on. */
export async function signInAsAdmin(page: Page, url: string): Promise<void> {
  await signInAs(page, url, { username: 'admin', password: ADMIN_PASSWORD, roleLabel: 'Quản trị' });
}
