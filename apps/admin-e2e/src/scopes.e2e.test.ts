import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from './chromium';
import { startProduct, type RunningProduct } from './product';
import { signInAs, signInAsAdmin } from './sign-in';

// Management scopes through the real API, on the demo's two managing bodies: the City Party
// Committee manages every cadre from the registry's start, and the Kỳ Lừa ward's Party
// Committee those whose posts in the old ward Hoàng Văn Thụ ended with the 1/7/2025 merger.
// An admin gives a new organizer the ward's scope from the access page's picker; signed in,
// that organizer sees the ward in the top bar and only the ward's cadres (fewer than the
// admin's, none of the city's), each with the city's period ending the day before the ward's
// began; the admin still sees a city cadre managed by the city.

const CITY = 'Thành ủy Lạng Sơn';
const WARD = 'Đảng ủy phường Kỳ Lừa';
// Head of the City Party Organization Board in the article: managed by the city throughout.
const CITY_CADRE = 'Phạm Đức Huân';
// Secretary of the old ward Hoàng Văn Thụ until the merger: the ward's from 1/7/2025.
const WARD_CADRE = 'Vũ Sơn Hà';
// The file's product has a database of its own, so a fixed name cannot collide, and the
// screenshot stays the same from run to run.
const WARD_ORGANIZER = {
  username: 'to-chuc-ky-lua',
  password: 'mật-khẩu-phường-kỳ-lừa-2026',
  roleLabel: 'Cán bộ tổ chức',
};

describe.skipIf(chromiumMissing)('management scopes, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  let adminTotal = 0;

  const nav = () => page.getByRole('navigation', { name: 'Điều hướng chính' });
  const list = () => page.getByTestId('cadre-list');
  const profileHeading = (name: string) => page.getByRole('heading', { name, level: 1 });

  /** The cadres list's total once it has stopped loading ("Tổng số: 1.234" in Vietnamese). */
  async function settledTotal(): Promise<number> {
    await page
      .locator('[data-testid="cadre-list"][aria-busy="false"]')
      .waitFor({ timeout: 20_000 });
    const text = await page.getByRole('navigation', { name: 'Phân trang' }).textContent();
    const digits = /Tổng số: ([\d.]+)/.exec(text ?? '')?.[1];
    if (!digits) throw new Error(`no total in the pager: ${text}`);
    return Number(digits.replaceAll('.', ''));
  }

  /** The names listed once the list has stopped loading, as the search has narrowed it. */
  async function expectNames(expected: string[]): Promise<void> {
    await expect
      .poll(
        async () => {
          await page.waitForLoadState('networkidle');
          await page
            .locator('[data-testid="cadre-list"][aria-busy="false"]')
            .waitFor({ timeout: 20_000 });
          return list().locator('tbody tr td:first-child a').allTextContents();
        },
        { timeout: 20_000 },
      )
      .toEqual(expected);
  }

  async function openCadres(): Promise<void> {
    await nav().getByRole('link', { name: 'Cán bộ' }).click();
    await page.getByRole('heading', { name: 'Cán bộ', level: 1 }).waitFor();
  }

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

  it('counts the whole registry for the admin, whose scope is the top', async () => {
    await page
      .getByTestId('viewer-scope')
      .getByText('Phạm vi quản lý: Toàn bộ (cấp trên cùng)')
      .waitFor();
    await openCadres();
    adminTotal = await settledTotal();
    expect(adminTotal).toBeGreaterThan(0);
  });

  it('creates an organizer of the Kỳ Lừa ward with the scope picker', async () => {
    await nav().getByRole('link', { name: 'Người dùng và khóa API' }).click();
    await page.getByText('admin (bạn)').waitFor({ timeout: 20_000 });
    const form = page.getByRole('form', { name: 'Thêm người dùng' });
    await form.getByLabel('Tên đăng nhập').fill(WARD_ORGANIZER.username);
    await form.getByLabel('Mật khẩu').fill(WARD_ORGANIZER.password);
    await form.getByLabel('Vai trò').selectOption('ORGANIZER');
    await form.getByLabel('Tìm cơ quan, đơn vị').fill('ky lua');
    const scope = form.getByLabel('Phạm vi quản lý', { exact: true });
    await scope
      .locator('option', { hasText: WARD })
      .first()
      .waitFor({ state: 'attached', timeout: 20_000 });
    await scope.selectOption({ label: WARD });
    expect(await scope.locator('option:checked').textContent()).toBe(WARD);
    // The picture: the picker filled in, under the demo's two organizers and their scopes.
    await saveScreenshot(page, 'access-scope');
    await expectNoSeriousAxeViolations(page);
    await form.getByRole('button', { name: 'Tạo người dùng' }).click();

    const row = page.getByRole('row').filter({ hasText: WARD_ORGANIZER.username });
    await row.getByRole('cell', { name: WARD, exact: true }).waitFor({ timeout: 20_000 });
    await row.getByRole('cell', { name: 'Cán bộ tổ chức', exact: true }).waitFor();
    // The admin keeps the top: the scope column says so rather than leaving it blank.
    await page
      .getByRole('row')
      .filter({ hasText: 'admin (bạn)' })
      .getByRole('cell', { name: 'Toàn bộ (cấp trên cùng)', exact: true })
      .waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it('shows the ward organizer their scope and only the ward’s cadres', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 20_000 });
    await signInAs(page, product.url, WARD_ORGANIZER);
    await page.getByTestId('viewer-scope').getByText(`Phạm vi quản lý: ${WARD}`).waitFor();

    await openCadres();
    const wardTotal = await settledTotal();
    expect(wardTotal).toBeGreaterThan(0);
    expect(wardTotal).toBeLessThan(adminTotal);

    await page.getByLabel('Tìm theo họ tên').fill('pham duc huan');
    await page.getByText('Không tìm thấy cán bộ nào.').waitFor({ timeout: 20_000 });
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel('Tìm theo họ tên').fill('vu son ha');
    await expectNames([WARD_CADRE]);
  });

  it('opens a ward cadre: managed by the city until 30/06/2025, by the ward from 01/07/2025', async () => {
    await list().getByRole('link', { name: WARD_CADRE }).click();
    await profileHeading(WARD_CADRE).waitFor({ timeout: 20_000 });

    expect(await page.getByTestId('managing-body').textContent()).toBe(WARD);
    const history = page.getByRole('region', { name: 'Quá trình cơ quan quản lý' });
    const periods = history.getByTestId('managing-bodies').locator('tbody tr');
    await expect.poll(() => periods.count(), { timeout: 20_000 }).toBe(2);
    const cells = (row: number) => periods.nth(row).locator('td').allTextContents();
    // The city's period runs from the registry's start; what matters is where it ends.
    const [cityBody, , cityLastDay] = await cells(0);
    expect([cityBody, cityLastDay]).toEqual([CITY, '30/06/2025']);
    expect(await cells(1)).toEqual([WARD, '01/07/2025', 'nay']);
    // The ward's organizer may change the body of a cadre within the ward's scope.
    await history.getByRole('button', { name: 'Đổi cơ quan quản lý' }).waitFor();
    await saveScreenshot(page, 'cadre-bodies');
    await expectNoSeriousAxeViolations(page);
  });

  it('shows the admin that a city cadre is managed by the City Party Committee', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 20_000 });
    await signInAsAdmin(page, product.url);
    await openCadres();
    await page.getByLabel('Tìm theo họ tên').fill('pham duc huan');
    await expectNames([CITY_CADRE]);
    await list().getByRole('link', { name: CITY_CADRE }).click();
    await profileHeading(CITY_CADRE).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('managing-body').textContent()).toBe(CITY);
    const periods = page.getByTestId('managing-bodies').locator('tbody tr');
    await expect.poll(() => periods.count(), { timeout: 20_000 }).toBe(1);
    expect(await periods.locator('td').allTextContents()).toEqual([
      CITY,
      expect.any(String),
      'nay',
    ]);
  });
});
