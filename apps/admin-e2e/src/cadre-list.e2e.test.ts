import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from './chromium';
import { startProduct, type RunningProduct } from './product';
import { signInAsAdmin } from './sign-in';

// The cadres list on the demo dataset, through the real API: names in the Vietnamese list
// order (Vũ Sơn Hà before Vũ Minh Hoàng: given name first, and "Hà" before "Hoàng" in the
// Vietnamese alphabet, where a plain character sort puts them the other way round), sorting
// by a column header with the mouse and the keyboard, the filters, and the whole view kept in
// the address: a reload, and the address opened in a new page, show the same list and page.

// Added through the API as any client would: a cadre 35 years old from 15/06/2026 on, in the
// succession pool until 2030 (the demo's pool terms end with 2025).
const HOANG = {
  fullName: 'Vũ Minh Hoàng',
  sex: 'MALE',
  birthDate: '1991-06-15',
  successionPool: [{ targetTitle: 'Phó Bí thư Thành ủy', termStart: 2025, termEnd: 2030 }],
};

describe.skipIf(chromiumMissing)('the cadres list, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  let sharedAddress = '';
  let sharedNames: string[] = [];

  const list = (on: Page = page) => on.getByTestId('cadre-list');

  /** The names listed once the list has stopped loading. */
  async function settledNames(on: Page = page): Promise<string[]> {
    await on.waitForLoadState('networkidle');
    await on.locator('[data-testid="cadre-list"][aria-busy="false"]').waitFor({ timeout: 20_000 });
    return list(on).locator('tbody tr td:first-child a').allTextContents();
  }

  async function expectNames(expected: string[], on: Page = page): Promise<void> {
    await expect.poll(() => settledNames(on), { timeout: 20_000 }).toEqual(expected);
  }

  const header = (name: string, on: Page = page) => on.getByRole('columnheader', { name });

  beforeAll(async () => {
    product = await startProduct();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    // A context of its own, so a second page opened in it shares the sign-in, as a tab does.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    page = await context.newPage();
    await signInAsAdmin(page, product.url);
    const created = await page.evaluate(async (input) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation ($input: CadreCreateInput!) { cadreCreate(input: $input) { userErrors { message } } }',
          variables: { input },
        }),
      });
      return response.json();
    }, HOANG);
    expect(created.data).toEqual({ cadreCreate: { userErrors: [] } });
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('lists names as a Vietnamese list does: Hà before Hoàng', async () => {
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Cán bộ' })
      .click();
    await page.getByLabel('Tìm theo họ tên').fill('vu');
    await expectNames(['Vũ Sơn Hà', 'Vũ Minh Hoàng']);
    expect(await header('Họ và tên').getAttribute('aria-sort')).toBe('ascending');
    expect(new URL(page.url()).searchParams.get('q')).toBe('vu');
    await expectNoSeriousAxeViolations(page);
  });

  it('sorts by birth date from its header, by mouse and by keyboard, unknown dates last', async () => {
    await header('Năm sinh').getByRole('button').click();
    await expect.poll(() => header('Năm sinh').getAttribute('aria-sort')).toBe('ascending');
    await expectNames(['Vũ Minh Hoàng', 'Vũ Sơn Hà']);
    await header('Năm sinh').getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => header('Năm sinh').getAttribute('aria-sort')).toBe('descending');
    expect(await header('Họ và tên').getAttribute('aria-sort')).toBe('none');
    // Vũ Sơn Hà's birth date is unknown: last whichever way the dates run.
    await expectNames(['Vũ Minh Hoàng', 'Vũ Sơn Hà']);
    await expectNoSeriousAxeViolations(page);
  });

  it('narrows by age band and succession pool, and by a unit found by its name', async () => {
    await page.getByLabel('Độ tuổi').selectOption({ label: 'Từ 35 đến 44 tuổi' });
    await page.getByLabel('Quy hoạch').selectOption({ label: 'Trong quy hoạch' });
    await expectNames(['Vũ Minh Hoàng']);
    await page.getByLabel('Độ tuổi').selectOption({ label: 'Tất cả' });
    await page.getByLabel('Quy hoạch').selectOption({ label: 'Ngoài quy hoạch' });
    await expectNames(['Vũ Sơn Hà']);
    await page.getByLabel('Quy hoạch').selectOption({ label: 'Tất cả' });
    await page.getByLabel('Tìm đơn vị').fill('ban to chuc thanh');
    const unit = page.getByLabel('Đã công tác tại đơn vị');
    // A unit closed by the 2025 reorganisation says until when it existed.
    const board = unit.locator('option', { hasText: 'Ban Tổ chức Thành ủy' }).first();
    await board.waitFor({ state: 'attached', timeout: 20_000 });
    await unit.selectOption({ value: (await board.getAttribute('value')) ?? '' });
    await page.getByLabel('Tình trạng').selectOption({ label: 'Đang công tác' });
    // He was Deputy Head of the Board; the cadre just added holds no post.
    await expectNames(['Vũ Sơn Hà']);
    await saveScreenshot(page, 'cadres');
    await expectNoSeriousAxeViolations(page);
  });

  it('shows the same list, filters and order after a reload', async () => {
    const before = await settledNames();
    const address = page.url();
    await page.reload();
    expect(await settledNames()).toEqual(before);
    expect(page.url()).toBe(address);
    expect(await page.getByLabel('Tìm theo họ tên').inputValue()).toBe('vu');
    expect(await page.getByLabel('Tình trạng').inputValue()).toBe('ACTIVE');
    expect(
      await page.getByLabel('Đã công tác tại đơn vị').locator('option:checked').textContent(),
    ).toContain('Ban Tổ chức Thành ủy');
    expect(await header('Năm sinh').getAttribute('aria-sort')).toBe('descending');
  });

  it('keeps the page in the address: page two by birth date survives a reload', async () => {
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await page.getByLabel('Tìm theo họ tên').fill('');
    await expect.poll(async () => (await settledNames()).length, { timeout: 20_000 }).toBe(25);
    const firstPage = await settledNames();
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('after').length).toBe(1);
    await expect.poll(async () => (await settledNames())[0]).not.toBe(firstPage[0]);
    sharedNames = await settledNames();
    expect(sharedNames.some((name) => firstPage.includes(name))).toBe(false);
    sharedAddress = page.url();
    await page.reload();
    expect(await settledNames()).toEqual(sharedNames);
    await page.getByRole('button', { name: 'Trang trước' }).click();
    await expectNames(firstPage);
    await expectNoSeriousAxeViolations(page);
  });

  it('opens the copied address in a new page on the same list and page', async () => {
    const other = await page.context().newPage();
    await other.goto(sharedAddress);
    expect(await settledNames(other)).toEqual(sharedNames);
    expect(await header('Năm sinh', other).getAttribute('aria-sort')).toBe('descending');
    await expectNoSeriousAxeViolations(other);
    await other.close();
  });
});
