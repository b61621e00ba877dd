import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from './chromium';
import { fillDate } from './dates';
import { startProduct, type RunningProduct } from './product';
import { saveScreenshot } from './screenshots';
import { signInAsAdmin } from './sign-in';

// The registry on the demo dataset, through the real API, as an Organization Board staffer
// keeps it: an area, a unit and a post created and corrected from the units page, then a
// merger of the new unit with the 2025 Kỳ Lừa ward Party Committee, previewed (what closes,
// what opens, which posts the successor gets) and confirmed; the tree then shows the merged
// unit closed, its post never vacant. Every state and the confirmation dialog pass axe.

const AREA = 'Phường Thử Nghiệm';
const UNIT = 'Đảng ủy phường Thử Nghiệm';
const POST = 'Bí thư Đảng ủy phường Thử Nghiệm';
const SUCCESSOR = 'Đảng ủy phường Hợp Nhất';

describe.skipIf(chromiumMissing)('the registry screens, in Chromium', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  const form = (name: string) => page.getByRole('form', { name });
  const unitsTree = () => page.locator('section[aria-labelledby="units-tree"]');
  const treeItem = (name: string) =>
    unitsTree()
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: new RegExp(`^[▸▾] ${name}$`) }) })
      // The level's and the bloc's items hold the unit's too: the unit's own is the innermost.
      .last();
  const status = (text: string) => page.getByRole('status').filter({ hasText: text });

  /** Picks the option whose text starts with `text` (options also show their period). */
  async function choose(select: Locator, text: string) {
    const value = await select
      .locator('option')
      .filter({ hasText: new RegExp(`^${text} \\(`) })
      .first()
      .getAttribute('value');
    expect(value, `an option “${text}”`).toBeTruthy();
    await select.selectOption(value ?? '');
  }

  beforeAll(async () => {
    product = await startProduct();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await signInAsAdmin(page, product.url);
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Đơn vị và địa bàn' })
      .click();
    await page.getByRole('heading', { name: 'Đơn vị và địa bàn', level: 1 }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('creates an area, refusing it first without a kind', async () => {
    await page.getByRole('button', { name: 'Thêm địa bàn' }).click();
    const areaForm = form('Thêm địa bàn');
    await areaForm.getByLabel('Tên', { exact: true }).fill('Phường Thu Nghiem');
    await choose(areaForm.getByLabel('Thuộc địa bàn'), 'Tỉnh Lạng Sơn');
    await fillDate(areaForm.getByLabel('Ngày bắt đầu hiệu lực'), '01/07/2025');
    await areaForm.getByRole('button', { name: 'Lưu địa bàn' }).click();
    await areaForm.getByText('Hãy điền ô này').waitFor();
    await expectNoSeriousAxeViolations(page);
    await areaForm.getByLabel('Loại địa bàn').selectOption('WARD');
    await areaForm.getByRole('button', { name: 'Lưu địa bàn' }).click();
    await status('Đã lưu “Phường Thu Nghiem”.').waitFor();
  });

  it('corrects the area from the area tree', async () => {
    await page.getByRole('button', { name: 'Sửa địa bàn Phường Thu Nghiem' }).click();
    const areaForm = form('Sửa địa bàn Phường Thu Nghiem');
    await areaForm.getByLabel('Tên', { exact: true }).fill(AREA);
    await expectNoSeriousAxeViolations(page);
    await areaForm.getByRole('button', { name: 'Lưu địa bàn' }).click();
    await status(`Đã lưu “${AREA}”.`).waitFor();
    await page.getByRole('button', { name: `Sửa địa bàn ${AREA}` }).waitFor();
  });

  it('creates a unit in the area, which the tree marks as having no posts yet', async () => {
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const unitForm = form('Thêm đơn vị');
    await unitForm.getByLabel('Tên', { exact: true }).fill(UNIT);
    await unitForm.getByLabel('Khối', { exact: true }).selectOption('PARTY');
    await unitForm.getByLabel('Cấp', { exact: true }).selectOption('COMMUNE');
    await choose(unitForm.getByLabel('Địa bàn quản lý'), AREA);
    await fillDate(unitForm.getByLabel('Ngày bắt đầu hiệu lực'), '01/07/2025');
    await unitForm.getByRole('button', { name: 'Lưu đơn vị' }).click();
    await status(`Đã lưu “${UNIT}”.`).waitFor();
    await treeItem(UNIT).getByText('chưa có chức vụ', { exact: true }).waitFor();
    await treeItem(UNIT)
      .getByRole('button', { name: `▸ ${UNIT}` })
      .click();
    await treeItem(UNIT).getByText('Đơn vị chưa có chức vụ nào').waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it('adds a post to the unit and corrects it', async () => {
    await page.getByRole('button', { name: `Thêm chức vụ cho ${UNIT}` }).click();
    const postForm = form(`Thêm chức vụ cho ${UNIT}`);
    await postForm.getByLabel('Tên chức vụ').fill(POST);
    await postForm.getByLabel('Thứ bậc').fill('5000');
    await postForm.getByLabel('Chức danh chủ chốt').check();
    await postForm.getByRole('button', { name: 'Lưu chức vụ' }).click();
    await postForm.getByText('Thứ bậc là số nguyên từ 0 đến 1000').waitFor();
    await postForm.getByLabel('Thứ bậc').fill('50');
    await postForm.getByRole('button', { name: 'Lưu chức vụ' }).click();
    await status(`Đã lưu “${POST}”.`).waitFor();
    const row = treeItem(UNIT).getByRole('row').filter({ hasText: POST });
    await row.getByText('Đang trống').waitFor();
    await expect
      .poll(() => treeItem(UNIT).getByText('chưa có chức vụ', { exact: true }).count())
      .toBe(0);

    await page.getByRole('button', { name: `Sửa chức vụ ${POST}` }).click();
    const editForm = form(`Sửa chức vụ ${POST}`);
    await editForm.getByLabel('Số người đảm nhiệm').fill('2');
    await expectNoSeriousAxeViolations(page);
    await editForm.getByRole('button', { name: 'Lưu chức vụ' }).click();
    await row.getByText('chủ chốt · 2 suất').waitFor();
  });

  it('refuses to preview a merger dated before the units began, beside the units', async () => {
    await page.getByRole('button', { name: 'Sáp nhập đơn vị' }).click();
    const mergeForm = form('Sáp nhập đơn vị');
    await mergeForm.getByLabel(UNIT, { exact: true }).check();
    await mergeForm.getByLabel('Đảng ủy phường Kỳ Lừa', { exact: true }).check();
    await fillDate(mergeForm.getByLabel('Ngày sáp nhập'), '01/01/2020');
    await mergeForm.getByLabel('Tên', { exact: true }).fill(SUCCESSOR);
    await mergeForm.getByLabel('Khối', { exact: true }).selectOption('PARTY');
    await mergeForm.getByLabel('Cấp', { exact: true }).selectOption('COMMUNE');
    await choose(mergeForm.getByLabel('Địa bàn quản lý'), AREA);
    await mergeForm.getByRole('button', { name: 'Xem trước sáp nhập' }).click();
    await mergeForm.getByText(`Đơn vị “${UNIT}” bắt đầu hoạt động từ ngày`).waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it('previews what the merger closes, opens and which posts the successor gets', async () => {
    const mergeForm = form('Sáp nhập đơn vị');
    await fillDate(mergeForm.getByLabel('Ngày sáp nhập'), '01/01/2026');
    await mergeForm.getByRole('button', { name: 'Xem trước sáp nhập' }).click();
    const preview = page.getByRole('region', {
      name: `Xem trước: sáp nhập vào ${SUCCESSOR} từ 01/01/2026`,
    });
    await preview.waitFor();
    await preview.getByText(`${UNIT}: hoạt động đến hết 31/12/2025`).waitFor();
    await preview.getByText('Đảng ủy phường Kỳ Lừa: hoạt động đến hết 31/12/2025').waitFor();
    await preview.getByText(`${SUCCESSOR} (đơn vị mới, địa bàn ${AREA}), từ 01/01/2026`).waitFor();
    // Both secretaries' posts become one post of the successor, named for it.
    await preview.getByText(`Bí thư ${SUCCESSOR} (tạo mới, 2 suất, chủ chốt)`).waitFor();
    await preview
      .getByText(`kế thừa: Bí thư Đảng ủy phường Kỳ Lừa; ${POST}`)
      .or(preview.getByText(`kế thừa: ${POST}; Bí thư Đảng ủy phường Kỳ Lừa`))
      .waitFor();
    await saveScreenshot(page, 'unit-merge-preview');
    await expectNoSeriousAxeViolations(page);
  });

  it('confirms the merger in a dialog, and the tree shows the merged unit closed', async () => {
    await page.getByRole('button', { name: 'Xác nhận sáp nhập' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xác nhận sáp nhập' });
    await dialog.getByText(`Sáp nhập 2 đơn vị vào ${SUCCESSOR} từ 01/01/2026?`).waitFor();
    await expectNoSeriousAxeViolations(page);
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await status(`Đã sáp nhập vào ${SUCCESSOR}.`).waitFor();

    await treeItem(UNIT).getByText('đã đóng', { exact: true }).waitFor();
    const opened = treeItem(UNIT);
    if ((await opened.getByRole('button', { name: `▾ ${UNIT}` }).count()) === 0) {
      await opened.getByRole('button', { name: `▸ ${UNIT}` }).click();
    }
    await opened.getByText('Đơn vị đã đóng từ 01/01/2026').waitFor();
    const row = opened.getByRole('row').filter({ hasText: POST });
    await row.getByText('Đơn vị đã đóng', { exact: true }).waitFor();
    expect(await row.getByText('Đang trống').count()).toBe(0);

    await treeItem(SUCCESSOR)
      .getByRole('button', { name: `▸ ${SUCCESSOR}` })
      .click();
    await treeItem(SUCCESSOR)
      .getByRole('row')
      .filter({ hasText: new RegExp(`^Bí thư ${SUCCESSOR}`) })
      .waitFor();
    expect(await treeItem(SUCCESSOR).getByText('chưa có chức vụ', { exact: true }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
  });
});
