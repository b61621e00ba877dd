import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { fillDate } from './dates';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from './chromium';
import { ADMIN_PASSWORD, startProduct, type RunningProduct } from './product';
import { saveScreenshot } from './screenshots';

// The product in a real browser, in the order a user meets it. Run as
// `nx run admin-e2e:screenshots`, it also saves the main pages in docs/screenshots for the README.

describe.skipIf(chromiumMissing)('the admin app in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  const shoot = (name: string) => saveScreenshot(page, name);

  beforeAll(async () => {
    product = await startProduct();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('asks to sign in, in Vietnamese, and signs the admin in', async () => {
    await page.goto(product.url);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await shoot('login');
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill('wrong password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('viewer').getByText('admin (Quản trị)').waitFor();
  });

  it('shows the article table on the dashboard: 8 / 3 / 5 / 8 since 2015', async () => {
    await page.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor();
    const count = (category: string) =>
      page.getByTestId('by-category').locator(`tr[data-key="${category}"] td`).textContent();
    await expect.poll(() => count('DOWN_TO_GRASSROOTS'), { timeout: 20_000 }).toBe('8');
    expect(await count('BETWEEN_GRASSROOTS')).toBe('3');
    expect(await count('PARTY_GOVERNMENT')).toBe('5');
    expect(await count('BETWEEN_GOVERNMENT_AGENCIES')).toBe('8');
    await shoot('dashboard');
  });

  it('finds Vũ Sơn Hà by "vu son ha" and shows his 2018 rotation to Hoàng Văn Thụ ward', async () => {
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Cán bộ' })
      .click();
    await page.getByLabel('Tìm theo họ tên').fill('vu son ha');
    // Click in the list the search gave, not in the one shown before it (the search settles
    // into the address first).
    await page.waitForURL(/[?&]q=vu\+son\+ha/);
    await page.getByRole('link', { name: 'Vũ Sơn Hà' }).click();
    await page.getByRole('heading', { name: 'Vũ Sơn Hà', level: 1 }).waitFor();
    const rotation = page.locator('.timeline-row.is-rotation', { hasText: 'Hoàng Văn Thụ' });
    await rotation.first().waitFor();
    expect(await rotation.first().textContent()).toMatch(/\/2018/);
    await shoot('cadre-profile');
  });

  it('shows a rotation shorter than 36 months as a violation before and after submit', async () => {
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Luân chuyển', exact: true }).click();
    await page.getByRole('link', { name: 'Đề xuất luân chuyển' }).click();
    await page.getByLabel('Tìm cán bộ', { exact: true }).fill('vu son ha');
    const cadre = page.getByLabel('Cán bộ được luân chuyển');
    const option = cadre.locator('option', { hasText: 'Vũ Sơn Hà' });
    await option.waitFor({ state: 'attached' });
    await cadre.selectOption((await option.getAttribute('value')) ?? '');
    // The start first: the post list offers the posts of units existing on it.
    await fillDate(page.getByLabel('Ngày bắt đầu'), '01/01/2019');
    await page.getByLabel('Tìm chức vụ hoặc đơn vị đến').fill('Vĩnh Trại');
    const post = page.getByLabel('Chức vụ đến');
    await expect.poll(() => post.locator('option').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    await post.selectOption({ index: 1 });
    await fillDate(page.getByLabel('Ngày kết thúc dự kiến (ngày cuối)'), '31/12/2019');
    const live = page.getByTestId('rule-panel').locator('[data-code="DURATION_TOO_SHORT"]');
    await live.waitFor();
    expect(await live.textContent()).toContain('36');
    await shoot('rotation-create');
    await page.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await page.getByTestId('server-errors').locator('[data-code="DURATION_TOO_SHORT"]').waitFor();
  });

  it('opens the other main pages, none with a serious accessibility violation', async () => {
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    const pages = [
      ['Luân chuyển', 'Lịch sử luân chuyển', 'rotations'],
      ['Kế hoạch', 'Kế hoạch luân chuyển', 'plans'],
      ['Đối tượng luân chuyển', 'Báo cáo đối tượng luân chuyển', 'eligibility'],
      ['Đơn vị và địa bàn', 'Đơn vị và địa bàn', 'units'],
    ] as const;
    for (const [link, heading, name] of pages) {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.locator('[role="status"].state-loading').waitFor({ state: 'detached' });
      await shoot(name);
      await expectNoSeriousAxeViolations(page);
    }
  });

  it('adds a cadre, then corrects the facts, through the real API', async () => {
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Cán bộ', exact: true }).click();
    await page.getByRole('link', { name: 'Thêm cán bộ' }).click();
    await page.getByRole('heading', { name: 'Thêm cán bộ', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    await page.getByText('Nhập họ và tên cán bộ.').waitFor();
    await page.getByLabel('Họ và tên').fill('  Hoàng Thị Thu Trang ');
    await page.getByLabel('Giới tính').selectOption('FEMALE');
    await fillDate(page.getByLabel('Ngày sinh'), '08/03/1988');
    await page.getByLabel('Ghi chú').fill('Nguồn: hồ sơ cán bộ');
    await shoot('cadre-create');
    await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    await page.getByRole('heading', { name: 'Hoàng Thị Thu Trang', level: 1 }).waitFor();
    await page.getByText('Đã thêm cán bộ.').waitFor();
    await page.getByText('Nguồn: hồ sơ cán bộ').waitFor();

    await page.getByRole('link', { name: 'Sửa thông tin' }).click();
    await expect.poll(() => page.getByLabel('Ghi chú').inputValue()).toBe('Nguồn: hồ sơ cán bộ');
    await fillDate(page.getByLabel('Ngày sinh'), '18/03/1988');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu thông tin cán bộ.').waitFor();
    await page.getByText('18/03/1988').waitFor();
  });

  it("records a post in the new cadre's career, then ends it, through the real API", async () => {
    // The profile of Hoàng Thị Thu Trang is open from the step before.
    await page.getByRole('link', { name: 'Ghi nhận chức vụ' }).click();
    await page.getByRole('heading', { name: 'Ghi nhận chức vụ', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Ghi nhận chức vụ' }).click();
    await page.getByText('Chọn chức vụ.').waitFor();

    await fillDate(page.getByLabel('Ngày bắt đầu'), '01/03/2019');
    await page.getByLabel('Tìm chức vụ hoặc đơn vị').fill('Vĩnh Trại');
    const post = page.getByLabel('Chức vụ', { exact: true });
    const title = 'Phó Chủ tịch Ủy ban nhân dân phường Vĩnh Trại';
    const option = post.locator('option', { hasText: title }).first();
    await option.waitFor({ state: 'attached', timeout: 20_000 });
    await post.selectOption((await option.getAttribute('value')) ?? '');
    await page.getByLabel('Hình thức').selectOption('APPOINTED');
    await page.getByLabel('Số quyết định').fill('E2E-15-QĐ/TU');
    await fillDate(page.getByLabel('Ngày ban hành'), '25/02/2019');
    await page.getByLabel('Cơ quan ban hành').fill('Ban Thường vụ Thành ủy Lạng Sơn');
    await page.getByLabel('Trích yếu').fill('Về việc điều động, bổ nhiệm cán bộ');
    await shoot('assignment-create');
    await page.getByRole('button', { name: 'Ghi nhận chức vụ' }).click();

    await page.getByRole('heading', { name: 'Hoàng Thị Thu Trang', level: 1 }).waitFor();
    await page.getByText('Đã ghi nhận chức vụ.').waitFor();
    const row = page.locator('.timeline-row', { hasText: title });
    await row.getByText('01/03/2019 – nay · Bổ nhiệm').waitFor();

    await row.getByRole('button', { name: /^Kết thúc/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Kết thúc' });
    // The last day held is typed and shown; the stored end is the day after (2023-03-01).
    await fillDate(dialog.getByLabel('Ngày cuối giữ chức vụ'), '28/02/2019');
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await dialog
      .getByText('Ngày cuối giữ chức vụ không được trước ngày bắt đầu (01/03/2019).')
      .waitFor();
    await fillDate(dialog.getByLabel('Ngày cuối giữ chức vụ'), '28/02/2023');
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Đã ghi nhận ngày kết thúc chức vụ.').waitFor();
    await row.getByText('01/03/2019 – 28/02/2023 · Bổ nhiệm').waitFor();
    expect(await row.getByRole('button', { name: /^Kết thúc/ }).count()).toBe(0);
  });

  it('switches to English and keeps the choice after a reload', async () => {
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Dashboard' })
      .waitFor();
    await page.reload();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
