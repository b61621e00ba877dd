import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from './chromium';
import { startProduct, type RunningProduct } from './product';
import { signInAsAdmin } from './sign-in';

// The access page through the real API: an admin opens it from the sidebar, creates a user,
// changes their role, sets a new password, creates an API key whose secret is shown once, and
// revokes it; every page state and open dialog is checked for serious accessibility faults.

const USERNAME = `can-bo-${Date.now().toString(36)}`;
const KEY_NAME = `Cổng báo cáo ${Date.now().toString(36)}`;

describe.skipIf(chromiumMissing)('users and API keys, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  const confirm = () => page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' });
  const userRow = () => page.getByRole('row').filter({ hasText: USERNAME });

  beforeAll(async () => {
    product = await startProduct();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await signInAsAdmin(page, product.url);
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('opens the access page from the sidebar', async () => {
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Người dùng và khóa API' }).click();
    await page.getByRole('heading', { name: 'Người dùng và khóa API', level: 1 }).waitFor();
    await page.getByText('admin (bạn)').waitFor({ timeout: 20_000 });
    await saveScreenshot(page, 'access');
    await expectNoSeriousAxeViolations(page);
  });

  it('creates a user, changes their role and resets their password', async () => {
    const form = page.getByRole('form', { name: 'Thêm người dùng' });
    await form.getByLabel('Tên đăng nhập').fill(USERNAME);
    await form.getByLabel('Mật khẩu').fill('mật-khẩu-ban-đầu-2026');
    await form.getByRole('button', { name: 'Tạo người dùng' }).click();
    await userRow().getByText('Chỉ xem').waitFor({ timeout: 20_000 });

    await page.getByRole('button', { name: `Đổi vai trò của ${USERNAME}` }).click();
    await page.getByRole('dialog').getByLabel('Vai trò mới').selectOption('ORGANIZER');
    await expectNoSeriousAxeViolations(page);
    await confirm().click();
    await userRow().getByText('Cán bộ tổ chức').waitFor({ timeout: 20_000 });

    await page.getByRole('button', { name: `Đặt lại mật khẩu của ${USERNAME}` }).click();
    await page.getByRole('dialog').getByLabel('Mật khẩu mới').fill('mật-khẩu-mới-2026-đủ');
    await expectNoSeriousAxeViolations(page);
    await confirm().click();
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 20_000 });
  });

  it('creates an API key, shows its secret once, and revokes it', async () => {
    const form = page.getByRole('form', { name: 'Thêm khóa API' });
    await form.getByLabel('Tên khóa').fill(KEY_NAME);
    await form.getByRole('button', { name: 'Tạo khóa API' }).click();
    const secret = page.getByTestId('api-key-secret');
    await secret.waitFor({ timeout: 20_000 });
    expect(await secret.getByRole('textbox').inputValue()).toMatch(/^lck/);
    await secret
      .getByText('Mã này chỉ hiện một lần, sẽ không hiện lại.', { exact: false })
      .waitFor();
    await expectNoSeriousAxeViolations(page);
    await secret.getByRole('button', { name: 'Tôi đã lưu mã' }).click();
    await secret.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: `Thu hồi khóa ${KEY_NAME}` }).click();
    await expectNoSeriousAxeViolations(page);
    await confirm().click();
    const keyRow = page.getByRole('row').filter({ hasText: KEY_NAME });
    await keyRow.getByText('Đã thu hồi ngày', { exact: false }).waitFor({ timeout: 20_000 });
    expect(await keyRow.getByRole('button', { name: /Thu hồi/ }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
  });
});
