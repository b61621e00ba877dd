import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from './chromium';
import { startProduct, type RunningProduct } from './product';
import { expectFitsWidth, fillPaper, proposeVuSonHaUp } from './rotation-form-steps';
import { signInAsAdmin } from './sign-in';

// The rotation form on a 768×1024 screen, through the real API: Vũ Sơn Hà proposed on
// 01/01/2022 for a more senior post, Deputy Chairman of the city People's Committee, whose
// seats are all taken (an error an override decision sets aside). The more senior post is a
// warning that asks for a reason: the form shows it as a warning and asks for the reason; the
// server refuses a bad override title beside that title, then the missing reason beside the
// reason; with it, the rotation is created under plan 67-KH/TU, the form is cleared and links
// to the new rotation's page, which shows the reason and the plan.

describe.skipIf(chromiumMissing)('proposing a rotation at 768×1024, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  const override = () =>
    page.getByRole('group', { name: 'Quyết định của cấp có thẩm quyền cho phép ngoại lệ' });
  const submit = () => page.getByRole('button', { name: 'Gửi đề xuất' });

  beforeAll(async () => {
    product = await startProduct();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 768, height: 1024 }, locale: 'vi-VN' });
    await signInAsAdmin(page, product.url);
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('opens the form from the rotation history, nothing cut off at 768 px', async () => {
    await page.getByRole('link', { name: 'Luân chuyển', exact: true }).click();
    await page.getByRole('link', { name: 'Đề xuất luân chuyển' }).click();
    await page.getByRole('heading', { name: 'Đề xuất luân chuyển cán bộ', level: 1 }).waitFor();
    await expectFitsWidth(page);
    await expectNoSeriousAxeViolations(page);
  });

  it('shows the more senior post as a warning that asks for a reason', async () => {
    await proposeVuSonHaUp(page);
    const panel = page.getByTestId('rule-panel');
    await panel.locator('[data-code="HIGHER_RANK"]').waitFor({ timeout: 20_000 });
    expect(await panel.locator('[data-code="HIGHER_RANK"]').getAttribute('class')).toBe(
      'violation-warning',
    );
    expect(await panel.locator('[data-code="NO_FREE_SEAT"]').getAttribute('class')).toBe(
      'violation-error',
    );
    // Beside the post: the warning as a warning, apart from the error that marks the field.
    const warning = page.getByTestId('field-warning');
    expect(await warning.textContent()).toMatch(/^Cảnh báo: Bố trí chức vụ cao hơn/);
    expect(await warning.getAttribute('class')).toContain('violation-warning');
    const colours = await page.evaluate(() => {
      const colour = (selector: string) => {
        const found = document.querySelector(selector);
        return found ? getComputedStyle(found).color : null;
      };
      return { warning: colour('[data-testid="field-warning"]'), error: colour('.field-error') };
    });
    expect(colours.warning).not.toBe(colours.error);
    await page.getByLabel('Lý do bố trí chức vụ cao hơn').waitFor();
    await expectFitsWidth(page);
    await expectNoSeriousAxeViolations(page);
  });

  it("puts the server's refusal beside the override decision's title, then asks for the reason", async () => {
    const plan = page.getByLabel('Thuộc kế hoạch');
    const plan67 = plan.locator('option', { hasText: '67-KH/TU' });
    await plan67.waitFor({ state: 'attached', timeout: 20_000 });
    await plan.selectOption((await plan67.getAttribute('value')) ?? '');
    await fillPaper(page.getByRole('group', { name: 'Quyết định luân chuyển' }), 'E2E-21-QĐ/TU');
    // A right-to-left override character: the server refuses it as text that could read as
    // something else; the browser's own check does not.
    await fillPaper(override(), 'E2E-22-QĐ/TU', 'Về việc \u202Eluân chuyển cán bộ');
    await submit().click();
    const title = override().getByLabel('Trích yếu');
    await expect.poll(() => title.getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('true');
    const [describedBy] = ((await title.getAttribute('aria-describedby')) ?? '').split(' ');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/ký tự/);
    await expectNoSeriousAxeViolations(page);

    await title.fill('Về việc cho phép luân chuyển cán bộ');
    expect(await title.getAttribute('aria-invalid')).toBeNull();
    await submit().click();
    await page
      .getByTestId('server-errors')
      .locator('[data-code="REASON_REQUIRED"]')
      .waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('Lý do bố trí chức vụ cao hơn').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectFitsWidth(page);
    await expectNoSeriousAxeViolations(page);
  });

  it('creates it with the reason, clears the form and links to the new rotation', async () => {
    await page
      .getByLabel('Lý do bố trí chức vụ cao hơn')
      .fill('Hoàn thành xuất sắc nhiệm vụ, đủ tiêu chuẩn đảm nhiệm chức vụ cao hơn');
    await submit().click();
    const link = page.getByRole('link', { name: 'Mở đề xuất luân chuyển của Vũ Sơn Hà' });
    await link.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => link.evaluate((element) => element === document.activeElement))
      .toBe(true);
    expect(await page.getByLabel('Cán bộ được luân chuyển').inputValue()).toBe('');
    expect(await page.getByLabel('Thuộc kế hoạch').inputValue()).toBe('');
    expect(await page.getByLabel('Lý do bố trí chức vụ cao hơn').count()).toBe(0);
    await expectNoSeriousAxeViolations(page);

    await link.click();
    await page
      .getByRole('heading', { name: 'Luân chuyển cán bộ Vũ Sơn Hà', level: 1 })
      .waitFor({ timeout: 20_000 });
    const facts =
      (await page.getByRole('region', { name: 'Thông tin luân chuyển' }).textContent()) ?? '';
    expect(facts).toContain(
      'Hoàn thành xuất sắc nhiệm vụ, đủ tiêu chuẩn đảm nhiệm chức vụ cao hơn',
    );
    expect(facts).toContain('67-KH/TU');
    expect(facts).toContain('Đề xuất');
    await expectNoSeriousAxeViolations(page);
  });
});
