import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from './chromium';
import { startProduct, type RunningProduct } from './product';
import { saveScreenshot } from './screenshots';
import { signInAsAdmin } from './sign-in';

// The import screen on the demo dataset, through the real API (POST /import/areas): a CSV of
// two new wards of Lạng Sơn is previewed (two rows "Tạo mới", nothing written), imported, and
// then found in the area tree; the same file previewed again changes nothing. A file with an
// impossible date is refused with the column named, and offers no import. Every state passes
// axe.

const FIRST = 'Phường Nhập Thử Một';
const SECOND = 'Phường Nhập Thử Hai';
const HEADER = 'Tên địa bàn,Loại địa bàn,Địa bàn cấp trên,Có hiệu lực từ ngày';

function csv(lines: readonly string[]): { name: string; mimeType: string; buffer: Buffer } {
  // With a BOM, as Excel saves "CSV UTF-8".
  return {
    name: 'dia-ban.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8'),
  };
}

const GOOD = csv([
  `${FIRST},Phường,Tỉnh Lạng Sơn,01/07/2025`,
  `${SECOND},Phường,Tỉnh Lạng Sơn,01/07/2025`,
]);
const BAD_DATE = csv(['Phường Ngày Sai,Phường,Tỉnh Lạng Sơn,31/02/2025']);

describe.skipIf(chromiumMissing)('the import screen, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  const report = () => page.getByTestId('import-report');
  const resultTags = (text: string) => report().locator('.tag', { hasText: text });
  const importButton = () => page.getByRole('button', { name: /^Nhập \d+ dòng$/ });

  async function preview(file: ReturnType<typeof csv>) {
    await page.getByLabel('Tệp cần nhập').setInputFiles(file);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await report().waitFor();
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

  it('opens from the navigation, with the kind’s templates to download', async () => {
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Nhập dữ liệu' })
      .click();
    await page.getByRole('heading', { name: 'Nhập dữ liệu', level: 1 }).waitFor();
    await page.getByLabel('Loại dữ liệu').selectOption({ label: 'Địa bàn' });
    const template = page
      .getByRole('group', { name: 'Tải mẫu Địa bàn' })
      .getByRole('link', { name: 'Mẫu CSV' });
    const href = await template.getAttribute('href');
    expect(href).toBe('/import/areas/template.csv');
    // The link the page shows is a file the server gives to this session.
    const answer = await page.request.get(new URL(href ?? '', product.url).toString());
    expect(answer.status()).toBe(200);
    expect(await answer.text()).toContain('Tên địa bàn');
    await expectNoSeriousAxeViolations(page);
  });

  it('previews a file of two new areas: two rows to create, nothing written', async () => {
    await preview(GOOD);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Xem trước: dia-ban.csv (Địa bàn)');
    expect(await resultTags('Tạo mới').count()).toBe(2);
    expect(await report().getByRole('rowheader').allTextContents()).toEqual(['2', '3']);
    expect(await importButton().textContent()).toBe('Nhập 2 dòng');
    await expectNoSeriousAxeViolations(page);
    await saveScreenshot(page, 'import-preview');
  });

  it('has written nothing after the preview', async () => {
    const data = await page.request.get(new URL('/import/areas/data.csv', product.url).toString());
    expect(data.status()).toBe(200);
    expect(await data.text()).not.toContain(FIRST);
  });

  it('imports the file, and the areas are in the registry', async () => {
    await importButton().click();
    await page.getByRole('heading', { name: 'Đã nhập: dia-ban.csv (Địa bàn)' }).waitFor();
    expect(await resultTags('Tạo mới').count()).toBe(2);
    expect(await importButton().count()).toBe(0);
    await expectNoSeriousAxeViolations(page);

    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Đơn vị và địa bàn' })
      .click();
    const tree = page.locator('section[aria-labelledby="areas-tree"]');
    await tree.getByRole('button', { name: `Sửa địa bàn ${FIRST}` }).waitFor();
    await tree.getByRole('button', { name: `Sửa địa bàn ${SECOND}` }).waitFor();
  });

  it('previews the same file again as unchanged', async () => {
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Nhập dữ liệu' })
      .click();
    await page.getByLabel('Loại dữ liệu').selectOption({ label: 'Địa bàn' });
    await preview(GOOD);
    expect(await resultTags('Không đổi').count()).toBe(2);
    expect(await resultTags('Tạo mới').count()).toBe(0);
  });

  it('refuses a file with an impossible date, naming the column, and offers no import', async () => {
    await preview(BAD_DATE);
    await page.getByRole('heading', { name: 'Không nhập được: dia-ban.csv (Địa bàn)' }).waitFor();
    const refused = report()
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') });
    expect(await refused.count()).toBe(1);
    const cells = await refused.locator('th, td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['2', 'Bị từ chối', 'Có hiệu lực từ ngày']);
    expect(cells[3]).toMatch(/31\/02\/2025|ngày/i);
    expect(await importButton().count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
    await saveScreenshot(page, 'import-refused');
  });
});
