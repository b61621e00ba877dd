import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from './chromium';
import { dateShown, fillDate } from './dates';
import { startProduct, type RunningProduct } from './product';
import { signInAsAdmin } from './sign-in';

// The rotation history filtered as a staffer does on the demo dataset: Plan 67-KH/TU picked by
// its number, the completed rotations that started in 2018. The filter lives in the address:
// reloading shows the same list, the address opened in another tab shows it too, and back and
// forward step through the filters chosen.

describe.skipIf(chromiumMissing)('the rotation history filters in the address, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  let filtered: string[] = [];
  let address = '';

  const cadres = (on: Page) =>
    on
      .locator('table.table tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.querySelector('td')?.textContent?.trim() ?? ''));
  const settledOn = async (on: Page, total: string) => {
    await on.getByText(`Tổng số: ${total}`).waitFor({ timeout: 20_000 });
    await on.locator('table[aria-busy="true"]').waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    product = await startProduct();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    // One context, so a second page shares the session as a new tab does.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    page = await context.newPage();
    await signInAsAdmin(page, product.url);
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('filters by a plan picked by its number, a status and a period', async () => {
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Luân chuyển', exact: true }).click();
    await page.getByRole('heading', { name: 'Lịch sử luân chuyển', level: 1 }).waitFor();
    await page.getByLabel('Tìm kế hoạch (số hoặc tên)').fill('67 kh');
    const plan = page.getByLabel('Kế hoạch', { exact: true });
    const option = plan.locator('option', { hasText: '67-KH/TU' });
    await option.waitFor({ state: 'attached', timeout: 20_000 });
    await plan.selectOption((await option.getAttribute('value')) ?? '');
    await page.getByLabel('Đã kết thúc', { exact: true }).check();
    await fillDate(page.getByLabel('Bắt đầu từ ngày'), '01/01/2018');
    await fillDate(page.getByLabel('Bắt đầu đến ngày'), '31/12/2018');
    await settledOn(page, '6');
    filtered = await cadres(page);
    expect(filtered).toHaveLength(6);
    expect(filtered).toEqual(expect.arrayContaining(['Vũ Sơn Hà', 'Đinh Bằng Sơn']));
    const url = new URL(page.url());
    expect(url.searchParams.get('planId')).toBeTruthy();
    expect(url.searchParams.get('statuses')).toBe('COMPLETED');
    expect(url.searchParams.get('startedFrom')).toBe('2018-01-01');
    expect(url.searchParams.get('startedTo')).toBe('2018-12-31');
    address = page.url();
    await expectNoSeriousAxeViolations(page);
  });

  it('shows the same list and the same filters after a reload', async () => {
    await page.reload();
    await settledOn(page, '6');
    expect(await cadres(page)).toEqual(filtered);
    const plan = page.getByLabel('Kế hoạch', { exact: true });
    await expect
      .poll(() => plan.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text))
      .toMatch(/^67-KH\/TU: /);
    expect(await page.getByLabel('Đã kết thúc', { exact: true }).isChecked()).toBe(true);
    expect(await dateShown(page.getByLabel('Bắt đầu từ ngày'))).toBe('01/01/2018');
    await expectNoSeriousAxeViolations(page);
  });

  it('shows the same list at the copied address in a new page', async () => {
    const other = await page.context().newPage();
    try {
      await other.goto(address);
      await settledOn(other, '6');
      expect(await cadres(other)).toEqual(filtered);
      await expectNoSeriousAxeViolations(other);
    } finally {
      await other.close();
    }
  });

  it('steps back to the filter before the last one and forward again', async () => {
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('startedTo')).toBeNull();
    expect(new URL(page.url()).searchParams.get('startedFrom')).toBe('2018-01-01');
    await page.locator('table[aria-busy="true"]').waitFor({ state: 'detached' });
    await expect.poll(() => cadres(page), { timeout: 20_000 }).not.toEqual(filtered);
    await page.goForward();
    await settledOn(page, '6');
    expect(page.url()).toBe(address);
    expect(await cadres(page)).toEqual(filtered);
  });
});
