import type { Writable } from 'node:stream';
import { upper } from './decision-issuer';
import { placeAndDate } from './decision-heading';
import type { StatsReport } from './stats-report-data';
import {
  categoryLabel,
  STATS_LIST_HEADERS,
  statsReportHeading,
  statsReportScope,
  statsReportSubject,
} from './stats-report-text';
import { streamingWorkbook, tableSheet } from './workbook';

// The statistics report as a workbook: the same heading and period as the PDF on every sheet,
// then the counts by category, by year, and the list behind them, each on a named sheet so a
// Board can recompute or chart them. Written through the shared workbook helpers (workbook.ts).

export async function writeStatsReportWorkbook(
  report: StatsReport,
  stream: Writable,
): Promise<void> {
  const heading = statsReportHeading(report);
  const lines = [
    [heading.superior ? upper(heading.superior) : null, heading.issuer].filter(Boolean).join(' – '),
    placeAndDate(heading.place, heading.date),
    `Báo cáo ${statsReportSubject(report)}`,
    statsReportScope(report),
  ];
  const workbook = streamingWorkbook(stream);
  const title = `BÁO CÁO ${upper(statsReportSubject(report))}`;

  const byCategory = tableSheet(workbook, {
    name: 'Theo loại',
    title,
    lines,
    columns: [
      { header: 'STT', width: 6, kind: 'integer' },
      { header: 'Loại luân chuyển', width: 48, kind: 'text' },
      { header: 'Số lượt', width: 12, kind: 'integer' },
    ],
  });
  report.stats.byCategory.forEach((row, index) =>
    byCategory.addRow([index + 1, categoryLabel(row.category), row.count]),
  );
  byCategory.addRow([null, 'Tổng cộng', report.stats.total]);
  byCategory.commit();

  const byYear = tableSheet(workbook, {
    name: 'Theo năm',
    title,
    lines,
    columns: [
      { header: 'STT', width: 6, kind: 'integer' },
      { header: 'Năm bắt đầu', width: 16, kind: 'integer' },
      { header: 'Số lượt', width: 12, kind: 'integer' },
    ],
  });
  report.stats.byYear.forEach((row, index) => byYear.addRow([index + 1, row.year, row.count]));
  byYear.addRow([null, 'Tổng cộng', report.stats.total]);
  byYear.commit();

  const list = tableSheet(workbook, {
    name: 'Danh sách',
    title,
    lines,
    columns: [
      { header: STATS_LIST_HEADERS[0], width: 6, kind: 'integer' },
      { header: STATS_LIST_HEADERS[1], width: 26, kind: 'text' },
      { header: STATS_LIST_HEADERS[2], width: 44, kind: 'text' },
      { header: STATS_LIST_HEADERS[3], width: 44, kind: 'text' },
      { header: STATS_LIST_HEADERS[4], width: 14, kind: 'date' },
      { header: STATS_LIST_HEADERS[5], width: 36, kind: 'text' },
    ],
  });
  report.rows.forEach((row, index) =>
    list.addRow([
      index + 1,
      row.cadre,
      `${row.fromPost}, ${row.fromUnit}`,
      `${row.toPost}, ${row.toUnit}`,
      row.startDate,
      categoryLabel(row.category),
    ]),
  );
  list.commit();
  await workbook.commit();
}
