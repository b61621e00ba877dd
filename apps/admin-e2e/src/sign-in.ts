import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD } from './product';

/** Signs the bootstrap admin in from the sign-in page the app opens on. */
export async function signInAsAdmin(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('viewer').getByText('admin (Quản trị)').waitFor();
}
