import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from './chromium';
import { startProduct, type RunningProduct } from './product';
import { signInAsAdmin } from './sign-in';

// Yearly evaluations on the demo dataset, through the real API: Vũ Sơn Hà (found by searching,
// never by id) gets an evaluation for a year he has none, scored on the 100-point bands of
// Regulation 366-QĐ/TW. Disciplined and rated excellent is refused live by the rules library
// and then by the server, with the same words beside the rating.

// The bands are in force from 30/8/2025, so years from 2025 are rated by their score.
const FIRST_BANDED_YEAR = 2025;
const CURRENT_YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(),
);
const DISCIPLINE_REFUSAL =
  'nên xếp loại “Không hoàn thành nhiệm vụ”, không thể “Hoàn thành xuất sắc nhiệm vụ”';

describe.skipIf(chromiumMissing)("a cadre's yearly evaluations, in Chromium", () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  let year = 0;
  const preview = () => page.getByTestId('rating-preview');
  const table = () => page.getByTestId('evaluations');

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

  it("opens Vũ Sơn Hà's profile with his evaluations, newest first", async () => {
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Cán bộ' })
      .click();
    await page.getByLabel('Tìm theo họ tên').fill('vu son ha');
    // Click in the list the search gave, not in the one shown before it (the search settles
    // into the address first).
    await page.waitForURL(/[?&]q=vu\+son\+ha/);
    await page.getByRole('link', { name: 'Vũ Sơn Hà' }).click();
    await page.getByRole('heading', { name: 'Vũ Sơn Hà', level: 1 }).waitFor({ timeout: 20_000 });
    await page.getByRole('heading', { name: 'Đánh giá, xếp loại', level: 2 }).waitFor();
    const listed = (await table().count())
      ? (await table().locator('tbody tr td:first-child').allTextContents()).map(Number)
      : [];
    expect(listed).toEqual([...listed].sort((a, b) => b - a));
    const free = [];
    for (let candidate = CURRENT_YEAR; candidate >= FIRST_BANDED_YEAR; candidate -= 1)
      if (!listed.includes(candidate)) free.push(candidate);
    expect(free, `a banded year without an evaluation (listed: ${listed})`).not.toEqual([]);
    year = free[0] ?? 0;
    await expectNoSeriousAxeViolations(page);
  });

  it('shows the rating the score earns while it is typed', async () => {
    await page.getByRole('link', { name: 'Ghi nhận đánh giá', exact: true }).click();
    await page.getByRole('heading', { name: 'Ghi nhận đánh giá, xếp loại', level: 1 }).waitFor();
    await page.getByLabel('Năm đánh giá').fill(String(year));
    await page.getByLabel('Điểm').fill('95');
    await page.getByLabel('Người đánh giá').fill('Ban Thường vụ Tỉnh ủy');
    await expect
      .poll(() => preview().getByTestId('live-rating').textContent())
      .toContain('Hoàn thành xuất sắc nhiệm vụ (95 điểm)');
    await saveScreenshot(page, 'evaluation-form');
    await expectNoSeriousAxeViolations(page);
  });

  it('refuses a disciplined cadre rated excellent live and on submit, in the same words', async () => {
    await page.getByLabel('Mức xếp loại').selectOption('EXCELLENT');
    await page.getByLabel('Bị kỷ luật trong năm').check();
    const live = preview().locator('[data-code="RATING_ABOVE_DISCIPLINE"]');
    await live.waitFor();
    expect(await live.textContent()).toContain(DISCIPLINE_REFUSAL);

    await page.getByRole('button', { name: 'Ghi nhận đánh giá' }).click();
    const rating = page.getByLabel('Mức xếp loại');
    await expect.poll(() => rating.getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('true');
    const described = (await rating.getAttribute('aria-describedby')) ?? '';
    const beside = page.locator(`[id="${described.split(' ').at(-1) ?? ''}"]`);
    const serverText = ((await beside.textContent()) ?? '').trim();
    expect(serverText).toContain(DISCIPLINE_REFUSAL);
    expect(await live.textContent()).toContain(serverText);
    await expectNoSeriousAxeViolations(page);
  });

  it('records the year once corrected and lists it on the profile', async () => {
    await page.getByLabel('Bị kỷ luật trong năm').uncheck();
    await page.getByLabel('Mức xếp loại').selectOption('');
    await preview().getByTestId('live-rating').waitFor();
    await page.getByRole('button', { name: 'Ghi nhận đánh giá' }).click();
    await page.getByRole('heading', { name: 'Vũ Sơn Hà', level: 1 }).waitFor({ timeout: 20_000 });
    const row = table().locator('tbody tr', {
      has: page.locator('td:first-child', { hasText: String(year) }),
    });
    await row.waitFor({ timeout: 20_000 });
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 5)).toEqual([
      String(year),
      '95',
      'Hoàn thành xuất sắc nhiệm vụ',
      'Không',
      'Ban Thường vụ Tỉnh ủy',
    ]);
    await page.getByRole('link', { name: `Sửa đánh giá năm ${year}` }).waitFor();
  });
});
