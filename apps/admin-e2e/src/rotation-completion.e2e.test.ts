import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from './chromium';
import { dateShown } from './dates';
import { startProduct, type RunningProduct } from './product';
import { fillPaper, proposeVuSonHaUp } from './rotation-form-steps';
import { signInAsAdmin } from './sign-in';

// A rotation through its life on its own page, through the real API: proposed from the form
// (Vũ Sơn Hà, 01/01/2022 – 31/12/2024), approved and started in dialogs whose buttons say whose
// rotation they act on, then completed as a promotion: the dialog opens on its first field with
// the planned last day, Enter in a field sends nothing, and a promotion asks for the next post.

const NAME = 'Vũ Sơn Hà';

describe.skipIf(chromiumMissing)('a rotation approved, started and completed, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  const dialog = (name: string) => page.getByRole('dialog', { name });
  const status = () => page.getByRole('region', { name: 'Thông tin luân chuyển' });

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

  it('proposes the rotation and opens its page', async () => {
    await page.getByRole('link', { name: 'Luân chuyển', exact: true }).click();
    await page.getByRole('link', { name: 'Đề xuất luân chuyển' }).click();
    await page.getByRole('heading', { name: 'Đề xuất luân chuyển cán bộ', level: 1 }).waitFor();
    await proposeVuSonHaUp(page);
    await fillPaper(page.getByRole('group', { name: 'Quyết định luân chuyển' }), 'E2E-31-QĐ/TU');
    await fillPaper(
      page.getByRole('group', { name: 'Quyết định của cấp có thẩm quyền cho phép ngoại lệ' }),
      'E2E-32-QĐ/TU',
    );
    await page.getByLabel('Lý do bố trí chức vụ cao hơn').fill('Hoàn thành xuất sắc nhiệm vụ');
    await page.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await page.getByRole('link', { name: `Mở đề xuất luân chuyển của ${NAME}` }).click();
    await page
      .getByRole('heading', { name: `Luân chuyển cán bộ ${NAME}`, level: 1 })
      .waitFor({ timeout: 20_000 });
  });

  it('asks before approving, keeps focus in the dialog, and gives it back on Escape', async () => {
    const approve = page.getByRole('button', { name: `Phê duyệt luân chuyển của ${NAME}` });
    await approve.click();
    const asked = dialog(`Phê duyệt luân chuyển của ${NAME}`);
    await asked.waitFor();
    await expectNoSeriousAxeViolations(page);
    // Tab round the dialog: focus never leaves it.
    for (let step = 0; step < 4; step += 1) {
      await page.keyboard.press('Tab');
      expect(await asked.evaluate((element) => element.contains(document.activeElement))).toBe(
        true,
      );
    }
    await page.keyboard.press('Escape');
    await asked.waitFor({ state: 'detached' });
    await expect
      .poll(() => approve.evaluate((element) => element === document.activeElement))
      .toBe(true);
    expect(await status().textContent()).toContain('Đề xuất');

    await approve.click();
    await asked.getByRole('button', { name: 'Xác nhận' }).click();
    await page
      .getByRole('button', { name: `Bắt đầu luân chuyển của ${NAME}` })
      .waitFor({ timeout: 20_000 });
  });

  it('starts it', async () => {
    await page.getByRole('button', { name: `Bắt đầu luân chuyển của ${NAME}` }).click();
    await dialog(`Bắt đầu luân chuyển của ${NAME}`)
      .getByRole('button', { name: 'Xác nhận' })
      .click();
    await page
      .getByRole('button', { name: `Kết thúc luân chuyển của ${NAME}` })
      .waitFor({ timeout: 20_000 });
  });

  it('opens the completion on its first field, with the planned last day, and Enter sends nothing', async () => {
    await page.getByRole('button', { name: `Kết thúc luân chuyển của ${NAME}` }).click();
    const completion = dialog(`Kết thúc luân chuyển của ${NAME}`);
    await completion.waitFor();
    const lastDay = completion.getByLabel('Ngày cuối cùng của đợt luân chuyển');
    expect(await dateShown(lastDay)).toBe('31/12/2024');
    await expect
      .poll(() =>
        lastDay
          .first()
          .evaluate((group) => group.contains(document.activeElement) && group !== document.body),
      )
      .toBe(true);
    await saveScreenshot(page, 'rotation-complete');
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press('Enter');
    await completion.getByLabel('Kết quả').focus();
    await page.keyboard.press('Enter');
    expect(await completion.isVisible()).toBe(true);
    expect(await status().textContent()).toContain('Đang luân chuyển');
  });

  it('asks for the next post of a promotion, then completes it', async () => {
    const completion = dialog(`Kết thúc luân chuyển của ${NAME}`);
    await completion.getByLabel('Kết quả').selectOption('PROMOTED');
    const next = completion.getByLabel('Chức vụ tiếp theo (bắt buộc)');
    await completion.getByRole('button', { name: 'Xác nhận' }).click();
    await completion.getByText('Chọn chức vụ tiếp theo.').waitFor();
    expect(await next.getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousAxeViolations(page);

    await completion
      .getByLabel('Tìm chức vụ tiếp theo')
      .fill('Chủ tịch Ủy ban Mặt trận Tổ quốc thành phố');
    const post = next.locator('option', {
      hasText: 'Chủ tịch Ủy ban Mặt trận Tổ quốc thành phố, Ủy ban Mặt trận Tổ quốc',
    });
    await post.first().waitFor({ state: 'attached', timeout: 20_000 });
    await next.selectOption((await post.first().getAttribute('value')) ?? '');
    await completion.getByRole('button', { name: 'Xác nhận' }).click();
    await completion.waitFor({ state: 'detached', timeout: 20_000 });
    await expect.poll(() => status().textContent(), { timeout: 20_000 }).toContain('Được đề bạt');
    expect(await status().textContent()).toContain('31/12/2024');
    await expectNoSeriousAxeViolations(page);
  });
});
