import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { ImportAnswer } from '../api/send-import';
import { ImportReport } from './import-report';

// The preview table: per row its result in words, and for a refused row the column and the
// reason of each error, under column headers a screen reader announces with each cell.

const PREVIEW: ImportAnswer = {
  dryRun: true,
  written: false,
  created: 1,
  updated: 1,
  unchanged: 1,
  rows: [
    { row: 2, result: 'created' },
    { row: 3, result: 'updated' },
    { row: 4, result: 'unchanged' },
  ],
  errors: [],
};

const REFUSED: ImportAnswer = {
  ...PREVIEW,
  rows: [...PREVIEW.rows, { row: 5, result: 'refused' }],
  errors: [
    {
      row: 5,
      column: 'Ngày sinh',
      code: 'INVALID_DATE',
      message: 'Ngày không hợp lệ: 31/02/1980.',
    },
    { row: 5, column: null, code: 'DUPLICATE_KEY', message: 'Trùng khóa với dòng 2.' },
  ],
};

function cellsOf(row: HTMLElement) {
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);
}

function render(answer: ImportAnswer, language: 'vi' | 'en' = 'vi') {
  renderWithProviders(<ImportReport answer={answer} fileName="can-bo.xlsx" kindLabel="Cán bộ" />, {
    language,
  });
  return screen.getByRole('table', {
    name: language === 'vi' ? 'Kết quả từng dòng' : 'Result of each row',
  });
}

describe('the import report', () => {
  it('shows a preview: each row with its result, the counts, and that nothing is written', () => {
    const table = render(PREVIEW);
    expect(screen.getByRole('heading', { name: 'Xem trước: can-bo.xlsx (Cán bộ)' })).toBeVisible();
    expect(screen.getByText('Chưa ghi gì vào cơ sở dữ liệu.')).toBeVisible();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Dòng', 'Kết quả', 'Cột', 'Lý do']);
    const [, ...rows] = within(table).getAllByRole('row');
    expect(rows.map(cellsOf)).toEqual([
      ['2', 'Tạo mới', '', ''],
      ['3', 'Cập nhật', '', ''],
      ['4', 'Không đổi', '', ''],
    ]);
    const counts = screen.getByTestId('import-counts');
    expect(
      within(counts)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Tạo mới', 'Cập nhật', 'Không đổi', 'Bị từ chối']);
    expect(
      within(counts)
        .getAllByRole('definition')
        .map((count) => count.textContent),
    ).toEqual(['1', '1', '1', '0']);
  });

  it('shows a refused row once, with the column and reason of each of its errors', () => {
    const table = render(REFUSED);
    expect(
      screen.getByRole('heading', { name: 'Không nhập được: can-bo.xlsx (Cán bộ)' }),
    ).toBeVisible();
    expect(screen.getByText(/Tệp bị từ chối/)).toBeVisible();
    const rows = within(table).getAllByRole('row').slice(4);
    expect(rows.map(cellsOf)).toEqual([
      ['5', 'Bị từ chối', 'Ngày sinh', 'Ngày không hợp lệ: 31/02/1980.'],
      ['Cả dòng', 'Trùng khóa với dòng 2.'],
    ]);
    expect(within(table).getByRole('rowheader', { name: '5' })).toHaveAttribute('rowspan', '2');
    const counts = within(screen.getByTestId('import-counts')).getAllByRole('definition');
    expect(counts.at(-1)?.textContent).toBe('1');
  });

  it('says the file was written once it is', () => {
    render({ ...PREVIEW, dryRun: false, written: true });
    expect(screen.getByRole('heading', { name: 'Đã nhập: can-bo.xlsx (Cán bộ)' })).toBeVisible();
    expect(screen.getByText(/Cả tệp đã được ghi/)).toBeVisible();
  });

  it('says so when the file holds no data row', () => {
    renderWithProviders(
      <ImportReport
        answer={{ ...PREVIEW, created: 0, updated: 0, unchanged: 0, rows: [] }}
        fileName="trong.csv"
        kindLabel="Địa bàn"
      />,
    );
    expect(screen.getByText('Tệp không có dòng dữ liệu nào.')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists the first rows of a large file and every refused one', () => {
    const rows = Array.from({ length: 600 }, (_, index) => ({
      row: index + 2,
      result: 'created' as const,
    }));
    const table = render({
      ...PREVIEW,
      created: 599,
      rows,
      errors: [{ row: 601, column: 'Tên', code: 'REQUIRED', message: 'Thiếu tên.' }],
    });
    expect(
      screen.getByText('Hiện 501 trong 600 dòng: mọi dòng bị từ chối và 500 dòng đầu.'),
    ).toBeVisible();
    expect(within(table).getAllByRole('row')).toHaveLength(502);
    expect(within(table).getByRole('rowheader', { name: '601' })).toBeVisible();
  });

  it('speaks English', () => {
    const table = render(REFUSED, 'en');
    expect(
      screen.getByRole('heading', { name: 'Not imported: can-bo.xlsx (Cán bộ)' }),
    ).toBeVisible();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Row', 'Result', 'Column', 'Reason']);
    expect(within(table).getByText('Refused')).toBeVisible();
  });
});
