import { partyHeadingPdf } from './decision-heading';
import { mm, renderPdf } from './pdf';
import { dayText } from './paper-dates';
import type { StatsReport } from './stats-report-data';
import {
  categoryLabel,
  STATS_LIST_HEADERS,
  STATS_REPORT_TITLE,
  statsReportHeading,
  statsReportScope,
  statsReportSubject,
} from './stats-report-text';

// The statistics report as PDF, laid out as a Party paper (Hướng dẫn 36-HD/VPTW: A4, margins
// top and bottom 20 mm, left 30 mm, right 15 mm; title 15 pt bold, subject 14 pt bold, body
// 14 pt) with the tables in 12 pt so the list fits the page width.

const cell = (text: string | number, extra: object = {}) => ({ text: String(text), ...extra });
const head = (text: string) => cell(text, { bold: true, alignment: 'center' });

export function statsReportPdf(report: StatsReport): Promise<Buffer> {
  const { stats, rows } = report;
  const byCategory = {
    table: {
      headerRows: 1,
      widths: [30, '*', 70],
      body: [
        [head('STT'), head('Loại luân chuyển'), head('Số lượt')],
        ...stats.byCategory.map((row, index) => [
          cell(index + 1, { alignment: 'center' }),
          cell(categoryLabel(row.category)),
          cell(row.count, { alignment: 'right' }),
        ]),
        [
          cell(''),
          cell('Tổng cộng', { bold: true }),
          cell(stats.total, { alignment: 'right', bold: true }),
        ],
      ],
    },
    fontSize: 12,
    margin: [0, 4, 0, 12],
  };
  const byYear = {
    table: {
      headerRows: 1,
      widths: [30, '*', 70],
      body: [
        [head('STT'), head('Năm bắt đầu'), head('Số lượt')],
        ...stats.byYear.map((row, index) => [
          cell(index + 1, { alignment: 'center' }),
          cell(row.year),
          cell(row.count, { alignment: 'right' }),
        ]),
        [
          cell(''),
          cell('Tổng cộng', { bold: true }),
          cell(stats.total, { alignment: 'right', bold: true }),
        ],
      ],
    },
    fontSize: 12,
    margin: [0, 4, 0, 12],
  };
  const list =
    rows.length === 0
      ? { text: 'Không có lượt luân chuyển nào trong thời kỳ này.', italics: true }
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [24, 80, '*', '*', 56, 70],
            body: [
              STATS_LIST_HEADERS.map(head),
              ...rows.map((row, index) => [
                cell(index + 1, { alignment: 'center' }),
                cell(row.cadre),
                cell(`${row.fromPost}, ${row.fromUnit}`),
                cell(`${row.toPost}, ${row.toUnit}`),
                cell(dayText(row.startDate), { alignment: 'center' }),
                cell(categoryLabel(row.category)),
              ]),
            ],
          },
          fontSize: 11,
          margin: [0, 4, 0, 0],
        };
  const section = (text: string) => ({ text, bold: true, margin: [0, 6, 0, 2] });
  return renderPdf({
    title: `Báo cáo ${statsReportSubject(report)}`,
    margins: [mm(30), mm(20), mm(15), mm(20)],
    fontSize: 14,
    pageNumbers: true,
    content: [
      partyHeadingPdf(statsReportHeading(report)),
      { text: STATS_REPORT_TITLE, fontSize: 15, bold: true, alignment: 'center' },
      { text: statsReportSubject(report), fontSize: 14, bold: true, alignment: 'center' },
      { text: '-----', alignment: 'center', margin: [0, 0, 0, 8] },
      { text: statsReportScope(report), margin: [0, 0, 0, 4] },
      {
        text: `Tổng số lượt luân chuyển: ${stats.total}.`,
        margin: [0, 0, 0, 4],
      },
      section('I. SỐ LƯỢT LUÂN CHUYỂN THEO LOẠI'),
      byCategory,
      section('II. SỐ LƯỢT LUÂN CHUYỂN THEO NĂM BẮT ĐẦU'),
      byYear,
      section('III. DANH SÁCH CÁC LƯỢT LUÂN CHUYỂN'),
      list,
    ],
  });
}
