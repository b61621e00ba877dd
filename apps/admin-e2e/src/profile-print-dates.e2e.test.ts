import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from './chromium';
import { dateShown, fillDate } from './dates';
import { startProduct, type RunningProduct } from './product';
import { signInAsAdmin } from './sign-in';

// A profile read as a staffer whose browser speaks American English: dates still show and take
// dd/MM/yyyy (the product's own date field, not the browser's), a rotation in the career opens
// its own page, and printing the profile prints the profile, not the frame around it.

describe.skipIf(chromiumMissing)('a profile in an en-US browser, on screen and printed', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await signInAsAdmin(page, product.url);
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
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('shows and takes dd/MM/yyyy whatever the browser locale', async () => {
    const asOf = page.getByLabel('Tại ngày');
    expect(await dateShown(asOf)).toMatch(/^\d{2}\/\d{2}\/\d{4}$/u);
    await fillDate(asOf, '02/10/2017');
    expect(await dateShown(asOf)).toBe('02/10/2017');
    // The eligibility on that day is asked for and shown (the plan's reference day).
    await page.getByText('02/10/2017').first().waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it('prints the profile without the sidebar, the top bar or the buttons', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      await expect
        .poll(() => page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible())
        .toBe(false);
      expect(await page.getByTestId('viewer').isVisible()).toBe(false);
      expect(await page.getByRole('heading', { name: 'Vũ Sơn Hà', level: 1 }).isVisible()).toBe(
        true,
      );
      const visibleButtons = await page
        .getByRole('button')
        .evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).offsetParent).length);
      expect(visibleButtons).toBe(0);
      // The profile fits the printed page's width: nothing is cut off at the right.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('opens a rotation of the career on its own page', async () => {
    const rotation = page.locator('.timeline-row.is-rotation').getByRole('link').first();
    await rotation.click();
    await page
      .getByRole('heading', { name: 'Luân chuyển cán bộ Vũ Sơn Hà', level: 1 })
      .waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).pathname).toMatch(/^\/rotations\/[^/]+$/u);
    await expectNoSeriousAxeViolations(page);
  });
});
