import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { fillDate } from './dates';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from './chromium';
import { startProduct, type RunningProduct } from './product';
import { signInAsAdmin } from './sign-in';

// One rotation's page on the demo dataset, through the real API: Vũ Sơn Hà's 2018 rotation to
// the Hoàng Văn Thụ ward Party Committee, found from the rotation history (never by id), with
// its decision, its period by last day (the stored end 01/06/2021 is the last day 31/05/2021)
// and the lifecycle the demo loader took it through.

describe.skipIf(chromiumMissing)('the page of one rotation, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;

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

  it('opens the rotation from the rotation history', async () => {
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Luân chuyển', exact: true }).click();
    await fillDate(page.getByLabel('Bắt đầu từ ngày'), '01/06/2018');
    await fillDate(page.getByLabel('Bắt đầu đến ngày'), '01/06/2018');
    const open = page.getByRole('link', {
      name: 'Chi tiết luân chuyển của Vũ Sơn Hà từ 01/06/2018',
    });
    await open.waitFor({ timeout: 20_000 });
    await expectNoSeriousAxeViolations(page);
    await open.click();
    await page
      .getByRole('heading', { name: 'Luân chuyển cán bộ Vũ Sơn Hà', level: 1 })
      .waitFor({ timeout: 20_000 });
  });

  it('shows where he went, for how long and under which decision', async () => {
    const facts = page.getByRole('region', { name: 'Thông tin luân chuyển' });
    expect(await facts.textContent()).toContain('Hoàng Văn Thụ');
    expect(await page.getByTestId('rotation-period').textContent()).toBe(
      'Từ 01/06/2018 đến 31/05/2021',
    );
    const papers = (await page.getByRole('region', { name: 'Văn bản' }).textContent()) ?? '';
    expect(papers).toMatch(/Số \d+-QĐ\/TU ngày 17\/05\/2018 của Ban Thường vụ Thành ủy Lạng Sơn/);
  });

  it('tells its history from proposal to completion, in order', async () => {
    const steps = page.getByTestId('rotation-history').getByRole('listitem');
    const texts = await steps.allTextContents();
    expect(texts.map((text) => text.split(' · ')[0])).toEqual([
      'Đề xuất',
      'Phê duyệt',
      'Bắt đầu',
      'Kết thúc',
    ]);
    // The demo loader wrote it: the system, not a user.
    expect(texts.every((text) => text.includes('do hệ thống thực hiện'))).toBe(true);
    expect(texts.at(-1)).toContain('Ở lại nơi luân chuyển đến');
    await saveScreenshot(page, 'rotation-detail');
    await expectNoSeriousAxeViolations(page);
  });
});
