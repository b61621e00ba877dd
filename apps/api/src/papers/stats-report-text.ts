import { CATEGORY_LABELS } from '@luanchuyen/rules';
import type { RotationCategory } from '@luanchuyen/domain';
import { boardLine, committeeSymbol } from './decision-issuer';
import type { PartyHeading } from './decision-heading';
import { dayText } from './paper-dates';
import type { StatsReport } from './stats-report-data';

// The words of the statistics report, shared by its PDF and its workbook so both say the
// same: the Organization Board's report (Báo cáo) under its committee, the period in words,
// the article's categories by their Vietnamese names (libs/rules labels).

export const STATS_REPORT_TITLE = 'BÁO CÁO';

export function categoryLabel(category: RotationCategory): string {
  return CATEGORY_LABELS[category].vi;
}

export function statsReportHeading(report: StatsReport): PartyHeading {
  const { committee } = report;
  return {
    superior: committee.name,
    issuer: boardLine(committee.board),
    number: `Số${'\u00a0'.repeat(6)}-BC/BTC${committeeSymbol(committee.name)}`,
    place: committee.place,
    date: report.today,
  };
}

/** "số liệu luân chuyển cán bộ từ ngày 01/01/2015 đến ngày 25/05/2019" */
export function statsReportSubject(report: StatsReport): string {
  const { from, to } = report.query;
  const period = from
    ? `từ ngày ${dayText(from)} đến ngày ${dayText(to)}`
    : `đến ngày ${dayText(to)}`;
  return `số liệu luân chuyển cán bộ ${period}`;
}

export function statsReportScope(report: StatsReport): string {
  return report.unitName
    ? `Đơn vị: ${report.unitName} (các lượt luân chuyển đi hoặc đến đơn vị)`
    : 'Phạm vi: toàn bộ cơ sở dữ liệu';
}

export const STATS_LIST_HEADERS = [
  'STT',
  'Họ và tên',
  'Từ (chức vụ, đơn vị)',
  'Đến (chức vụ, đơn vị)',
  'Ngày bắt đầu',
  'Loại luân chuyển',
] as const;
