import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from './chromium';
import { startProduct, type RunningProduct } from './product';
import { signInAsAdmin } from './sign-in';

// The audit log read as a person, through the real API on the demo dataset: Vũ Sơn Hà's 2018
// rotation picked by his name (never by id), its four steps in words, the fields each step
// changed labelled and formatted (the stored end 2021-06-01 read as the last day 31/05/2021,
// the outcome in words, ids as the names of the records), and links to those records.

describe.skipIf(chromiumMissing)('the audit log, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;

  // The changed fields load when an event is opened: wait for them, then read the rows.
  const diffRows = async () => {
    const diff = page.getByRole('table', { name: 'Các trường đã thay đổi' });
    await diff.waitFor({ timeout: 20_000 });
    return diff
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
        ),
      );
  };
  const toggle = (action: string) =>
    page.getByRole('button', { name: new RegExp(`^Xem thay đổi: ${action},`) });

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

  it('narrows the log to a rotation picked by the cadre’s name', async () => {
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Nhật ký thay đổi', exact: true }).click();
    await page.getByRole('heading', { name: 'Nhật ký thay đổi', level: 1 }).waitFor();
    await page.getByLabel('Loại bản ghi').selectOption({ label: 'Luân chuyển' });
    await page.getByLabel('Tìm theo tên').fill('vu son ha');
    const record = page.getByLabel('Chọn bản ghi');
    const option = record.locator('option', { hasText: 'từ 01/06/2018' });
    await option.waitFor({ state: 'attached', timeout: 20_000 });
    expect(await option.textContent()).toContain('Vũ Sơn Hà');
    await record.selectOption((await option.getAttribute('value')) ?? '');
    // Its four steps, and its publication by the demo (the public page shows it).
    await expect.poll(() => page.getByTestId('audit-event').count(), { timeout: 20_000 }).toBe(5);
    await expectNoSeriousAxeViolations(page);
  });

  it('tells each step in words, newest first, done by the system, linked to the rotation', async () => {
    const rows = page.getByTestId('audit-event');
    const actions = await rows.evaluateAll((cells) =>
      cells.map((row) => row.querySelectorAll('td')[2]?.textContent ?? ''),
    );
    expect(actions).toEqual([
      'Công khai quyết định luân chuyển',
      'Kết thúc luân chuyển',
      'Bắt đầu luân chuyển',
      'Phê duyệt luân chuyển',
      'Đề xuất luân chuyển',
    ]);
    expect(await rows.first().textContent()).toContain('Hệ thống');
    const links = page.getByRole('link', { name: 'Luân chuyển của Vũ Sơn Hà từ 01/06/2018' });
    expect(await links.count()).toBe(5);
  });

  it('shows what the completion changed, labelled, with the last day and the outcome in words', async () => {
    await toggle('Kết thúc luân chuyển').click();
    expect(await diffRows()).toEqual([
      ['Trạng thái', 'Đang luân chuyển', 'Đã kết thúc'],
      ['Ngày cuối (thực tế)', '—', '31/05/2021'],
      ['Kết quả', '—', 'Ở lại nơi luân chuyển đến'],
    ]);
    await saveScreenshot(page, 'audit');
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: /^Ẩn thay đổi: Kết thúc luân chuyển,/ }).click();
  });

  it('names the records the proposal refers to, and opens them', async () => {
    await toggle('Đề xuất luân chuyển').click();
    const rows = await diffRows();
    const row = (label: string) => rows.find(([field]) => field === label);
    expect(row('Cán bộ')).toEqual(['Cán bộ', '—', 'Vũ Sơn Hà']);
    expect(row('Kế hoạch')?.[2]).toBe('Kế hoạch 67-KH/TU');
    expect(row('Chức vụ đến')?.[2]).toContain('Đảng ủy phường Hoàng Văn Thụ');
    expect(row('Ngày bắt đầu')).toEqual(['Ngày bắt đầu', '—', '01/06/2018']);
    expect(row('Loại luân chuyển')?.[2]).toBe('Luân chuyển về cơ sở');
    await expectNoSeriousAxeViolations(page);

    const diff = page.getByRole('table', { name: 'Các trường đã thay đổi' });
    const cadre = diff.getByRole('link', { name: 'Vũ Sơn Hà' });
    expect(await cadre.getAttribute('href')).toMatch(/^\/cadres\/[\w-]+$/);
    await page
      .getByRole('link', { name: 'Luân chuyển của Vũ Sơn Hà từ 01/06/2018' })
      .first()
      .click();
    await page
      .getByRole('heading', { name: 'Luân chuyển cán bộ Vũ Sơn Hà', level: 1 })
      .waitFor({ timeout: 20_000 });
  });
});
