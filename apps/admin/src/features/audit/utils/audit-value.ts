import type { TFunction } from 'i18next';
import {
  formatDate,
  formatInstant,
  formatLastDay,
  formatNumber,
  asLanguage,
} from '../../../lib/format';

// A stored value as a person reads it: dates dd/MM/yyyy (period ends as their last day, the way
// decisions write them), instants in Hà Nội time, yes/no, enum values in words. Anything else
// (a list of subjects, a nested object) is shown compactly as it was stored.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Stored period ends are exclusive (the first day off): shown as the last day. */
const EXCLUSIVE_ENDS = new Set(['endDate', 'plannedEndDate', 'validTo']);

/** Enum fields whose words live in the shared catalogue, named the same in every record. */
const SHARED_ENUMS: Record<string, string> = {
  category: 'category',
  direction: 'direction',
  rankChange: 'rankChange',
  rating: 'rating',
  role: 'role',
  bloc: 'bloc',
  level: 'level',
  criterion: 'reason',
};

/** Where the words of an enum field's values are, or null when the field is not an enum. */
function enumPrefix(recordType: string, field: string): string | null {
  const shared = SHARED_ENUMS[field];
  if (shared) return shared;
  if (field === 'status') {
    if (recordType === 'Rotation') return 'status';
    if (recordType === 'Cadre') return 'audit.values.cadreStatus';
    return null;
  }
  if (field === 'kind') {
    if (recordType === 'Area') return 'audit.values.areaKind';
    if (recordType === 'Assignment') return 'audit.values.assignmentKind';
    return null;
  }
  if (field === 'sex') return 'audit.values.sex';
  if (field === 'outcome') return 'audit.values.outcome';
  if (field === 'lineageKind') return 'audit.values.lineageKind';
  return null;
}

type Warning = { code?: unknown; message?: unknown };

function isWarningList(value: unknown[]): value is Warning[] {
  return value.every(
    (item) => item !== null && typeof item === 'object' && 'message' in (item as object),
  );
}

export function formatAuditValue(
  recordType: string,
  field: string,
  value: unknown,
  t: TFunction,
  language: string,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return formatNumber(value, asLanguage(language));
  if (typeof value === 'string') {
    const prefix = enumPrefix(recordType, field);
    if (prefix) return t(`${prefix}.${value}`, { defaultValue: value });
    if (ISO_DATE.test(value)) {
      return EXCLUSIVE_ENDS.has(field) ? formatLastDay(value) : formatDate(value);
    }
    if (ISO_INSTANT.test(value)) return formatInstant(value);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t('audit.emptyList');
    if (isWarningList(value)) return value.map((item) => String(item.message)).join('; ');
    // Ids mean nothing to a reader: a list of them is told by its length.
    const ids = value.every((item) => typeof item === 'string' && UUID.test(item));
    if (!ids && value.every((item) => typeof item !== 'object' || item === null)) {
      return value.map((item) => formatAuditValue(recordType, field, item, t, language)).join(', ');
    }
    return t('audit.items', { count: value.length });
  }
  return JSON.stringify(value);
}

/** The field's label (a record's own first), or its stored name when the catalogue lacks it. */
export function fieldLabel(recordType: string, field: string, t: TFunction): string {
  return t([`audit.fieldsOf.${recordType}.${field}`, `audit.fields.${field}`], {
    defaultValue: field,
  });
}
