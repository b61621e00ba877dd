import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import type { AuditEventChangesQuery } from '../../../lib/gql/graphql';
import { useAuditEventChanges } from '../api/audit-events.query';
import { recordLabel, recordPath, type AuditRecord } from '../utils/audit-record';
import { fieldLabel, formatAuditValue } from '../utils/audit-value';

type Event = Extract<NonNullable<AuditEventChangesQuery['node']>, { changes: unknown }>;
type Change = Event['changes'][number];

type Props = { eventId: string; recordType: string };

/** A record by name, linked to its page when it has one. */
export function RecordLink({ record }: { record: AuditRecord }) {
  const { t } = useTranslation();
  const label = recordLabel(record, t);
  const to = recordPath(record);
  return to ? <Link to={to}>{label}</Link> : <>{label}</>;
}

function Value({
  recordType,
  field,
  value,
  record,
}: {
  recordType: string;
  field: string;
  value: unknown;
  record: AuditRecord | null;
}) {
  const { t, i18n } = useTranslation();
  if (record) return <RecordLink record={record} />;
  // An id whose record is gone (or hidden) is still an id: say so rather than show it.
  if (typeof value === 'string' && field.endsWith('Id')) return <>{t('audit.gone')}</>;
  return <>{formatAuditValue(recordType, field, value, t, i18n.language)}</>;
}

/** The fields an event changed, one row each: the field's name, the value before and after. */
export function AuditChange({ eventId, recordType }: Props) {
  const [{ data, fetching, error }, refetch] = useAuditEventChanges(eventId);
  const event = data?.node && 'changes' in data.node ? data.node : null;
  return (
    <QueryState
      fetching={fetching}
      error={error}
      hasData={event !== null}
      retry={() => refetch({ requestPolicy: 'network-only' })}
    >
      {event && <ChangedFields recordType={recordType} changes={event.changes} />}
    </QueryState>
  );
}

function ChangedFields({ recordType, changes }: { recordType: string; changes: Change[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return <p className="muted">{t('audit.noFieldChanged')}</p>;
  return (
    <table className="table audit-diff">
      <caption>{t('audit.changed')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.field')}</th>
          <th scope="col">{t('audit.before')}</th>
          <th scope="col">{t('audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{fieldLabel(recordType, change.field, t)}</th>
            <td>
              <Value
                recordType={recordType}
                field={change.field}
                value={change.before}
                record={change.beforeRecord}
              />
            </td>
            <td>
              <Value
                recordType={recordType}
                field={change.field}
                value={change.after}
                record={change.afterRecord}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
