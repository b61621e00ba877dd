import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { fillDate } from './dates';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from './chromium';
import { startProduct, type RunningProduct } from './product';
import { signInAsAdmin } from './sign-in';

// The public disclosure page (GET /cong-khai) on a fresh start of the demo, opened without
// signing in: the article's table of 8/3/5/8 over the 24 published rotations, Vũ Sơn Hà's and
// Đinh Bằng Sơn's decisions, Plan 67-KH/TU's progress, the English switch, and an axe-core scan
// of both. Then an ADMIN withdraws and republishes a rotation and the plan from their pages.

/** The counts of the table by category, in its order. */
async function categoryCounts(page: Page): Promise<number[]> {
  const cells = page.locator('#by-category tbody td');
  return (await cells.allTextContents()).map(Number);
}

describe.skipIf(chromiumMissing)('the public disclosure page, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  // A new address each visit: the page may be kept a minute by the browser's cache.
  let visit = 0;
  const openPublicPage = async (query = '') => {
    visit += 1;
    const separator = query ? '&' : '';
    await page.goto(`${product.url}/cong-khai?${query}${separator}from=2015-01-0${visit % 9 || 1}`);
  };

  beforeAll(async () => {
    product = await startProduct();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('shows the published decisions and the table of 8/3/5/8 to anyone, with no script', async () => {
    const response = await page.goto(`${product.url}/cong-khai`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toBe('public, max-age=60');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page
      .getByRole('heading', { name: 'Công khai quyết định luân chuyển cán bộ', level: 1 })
      .waitFor();
    expect(await page.locator('script').count()).toBe(0);
    expect(await categoryCounts(page)).toEqual([8, 3, 5, 8, 0]);
    const decisions = page.getByRole('table', {
      name: 'Quyết định luân chuyển đã công khai, theo ngày bắt đầu',
    });
    expect(await decisions.getByRole('rowheader', { name: 'Vũ Sơn Hà' }).count()).toBeGreaterThan(
      0,
    );
    expect(
      await decisions.getByRole('rowheader', { name: 'Đinh Bằng Sơn' }).count(),
    ).toBeGreaterThan(0);
    const plans = page.getByRole('table', {
      name: 'Kế hoạch luân chuyển đã công khai và tiến độ thực hiện',
    });
    expect(await plans.getByRole('rowheader', { name: '67-KH/TU' }).count()).toBe(1);
    await saveScreenshot(page, 'public-page');
    await expectNoSeriousAxeViolations(page);
  });

  it('switches to English by its link and keeps the period', async () => {
    await page.getByRole('link', { name: 'English' }).click();
    await page
      .getByRole('heading', { name: 'Public disclosure of cadre rotation decisions', level: 1 })
      .waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('from')).toBe('2015-01-01');
    expect(await categoryCounts(page)).toEqual([8, 3, 5, 8, 0]);
    expect(await page.locator('#by-category tbody th').first().textContent()).toBe(
      'Down to the grassroots',
    );
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await page
      .getByRole('heading', { name: 'Công khai quyết định luân chuyển cán bộ', level: 1 })
      .waitFor();
  });

  it('narrows the table to the period chosen in its form', async () => {
    await page.getByLabel('Từ ngày', { exact: true }).fill('2018-01-01');
    await page.getByLabel('Đến ngày', { exact: true }).fill('2018-12-31');
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.waitForURL(/from=2018-01-01/);
    const counts = await categoryCounts(page);
    const total = counts.reduce((sum, count) => sum + count, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(24);
    expect(await page.locator('#by-year tbody th').allTextContents()).toEqual(['2018']);
  });

  it('lets an ADMIN withdraw and publish again a rotation and the plan from their pages', async () => {
    await signInAsAdmin(page, product.url);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Luân chuyển', exact: true }).click();
    await fillDate(page.getByLabel('Bắt đầu từ ngày'), '01/06/2018');
    await fillDate(page.getByLabel('Bắt đầu đến ngày'), '01/06/2018');
    const open = page.getByRole('link', {
      name: 'Chi tiết luân chuyển của Vũ Sơn Hà từ 01/06/2018',
    });
    await open.waitFor({ timeout: 20_000 });
    await open.click();
    const region = page.getByRole('region', { name: 'Công khai', exact: true });
    const state = region.getByTestId('publication-state');
    await expect
      .poll(() => state.textContent(), { timeout: 20_000 })
      .toMatch(
        /^Đã công khai ngày \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · Công khai theo kế hoạch 67-KH\/TU$/,
      );
    await expectNoSeriousAxeViolations(page);
    await region.getByRole('button', { name: 'Thôi công khai' }).click();
    await expect
      .poll(() => state.textContent(), { timeout: 20_000 })
      .toBe('Chưa công khai · Công khai theo kế hoạch 67-KH/TU');
    await region.getByRole('button', { name: 'Công khai', exact: true }).click();
    await expect.poll(() => state.textContent(), { timeout: 20_000 }).toMatch(/^Đã công khai ngày/);

    await page.getByRole('link', { name: /^67-KH\/TU — / }).click();
    await page.getByRole('heading', { level: 1, name: /67-KH\/TU/ }).waitFor({ timeout: 20_000 });
    const planRegion = page.getByRole('region', { name: 'Công khai', exact: true });
    const planState = planRegion.getByTestId('publication-state');
    await expect
      .poll(() => planState.textContent(), { timeout: 20_000 })
      .toMatch(/^Đã công khai ngày/);
    await planRegion.getByRole('button', { name: 'Thôi công khai' }).click();
    await expect.poll(() => planState.textContent(), { timeout: 20_000 }).toBe('Chưa công khai');
    await openPublicPage();
    await page.getByText('Chưa có kế hoạch nào được công khai.').waitFor();
    await page.goBack();
    const again = page.getByRole('region', { name: 'Công khai', exact: true });
    await again.getByRole('button', { name: 'Công khai', exact: true }).click();
    await expect
      .poll(() => again.getByTestId('publication-state').textContent(), { timeout: 20_000 })
      .toMatch(/^Đã công khai ngày/);
    await openPublicPage();
    await page.getByRole('rowheader', { name: '67-KH/TU' }).waitFor();
  });
});
