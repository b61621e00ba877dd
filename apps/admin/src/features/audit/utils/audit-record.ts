import type { TFunction } from 'i18next';
import { formatDate } from '../../../lib/format';
import type { AuditRecordFragment } from '../../../lib/gql/graphql';

// A record named as a person knows it, and the page that shows it. Units have no page of their
// own yet: a unit opens the rotations from or to it, the page that lists what happened there.

export type AuditRecord = AuditRecordFragment;

const path = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

export function recordLabel(record: AuditRecord, t: TFunction): string {
  switch (record.__typename) {
    case 'Cadre':
      return record.fullName;
    case 'Rotation':
      return t('audit.label.rotation', {
        name: record.cadre.fullName,
        date: formatDate(record.startDate),
      });
    case 'RotationPlan':
      return t('audit.label.plan', { code: record.code, title: record.title });
    case 'Unit':
    case 'Area':
      return record.name;
    case 'Position':
      return `${record.title}, ${record.unit.name}`;
    case 'Document':
      return t('audit.label.document', { number: record.number });
    case 'User':
      return record.username;
    case 'ApiKey':
      return t('audit.apiKey', { name: record.name });
    case 'Evaluation':
      return t('audit.label.evaluation', { name: record.cadre.fullName, year: record.year });
    case 'Assignment':
      return t('audit.label.assignment', {
        name: record.cadre.fullName,
        post: `${record.position.title}, ${record.position.unit.name}`,
      });
    default:
      return record.id;
  }
}

/** The admin page of the record, or null when it has none. */
export function recordPath(record: AuditRecord): string | null {
  switch (record.__typename) {
    case 'Cadre':
      return path('/cadres', record.id);
    case 'Rotation':
      return path('/rotations', record.id);
    case 'RotationPlan':
      return path('/plans', record.id);
    case 'Unit':
      return `/rotations?unitId=${encodeURIComponent(record.id)}`;
    case 'Position':
      return `/rotations?unitId=${encodeURIComponent(record.unit.id)}`;
    case 'Evaluation':
      return `${path('/cadres', record.cadre.id)}/evaluations/${record.year}`;
    case 'Assignment':
      return path('/cadres', record.cadre.id);
    case 'User':
    case 'ApiKey':
      return '/access';
    default:
      return null;
  }
}
