import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager, useCursorPages } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import type { AuditEventFilter } from '../../../lib/gql/graphql';
import { useViewer } from '../../../lib/session';
import { formatInstant } from '../../../lib/format';
import { useDebounced } from '../../../lib/use-debounced';
import { useAuditEvents } from '../api/audit-events.query';
import { actionLabel, recordTypeLabel } from '../utils/audit-words';
import { AuditChange, RecordLink } from './audit-change';
import { AuditFilters, NO_AUDIT_FILTER, type AuditFilterForm } from './audit-filters';

// Days are whole days in Vietnam's time (UTC+7), the organisation's working day.
function toFilter(form: AuditFilterForm): AuditEventFilter {
  return {
    recordId: form.record?.id ?? null,
    actorId: form.actorId || null,
    occurredFrom: form.from ? `${form.from}T00:00:00+07:00` : null,
    occurredTo: form.to ? `${form.to}T23:59:59.999+07:00` : null,
  };
}

export function AuditPage() {
  const viewer = useViewer();
  const { t } = useTranslation();
  if (viewer.role !== 'ADMIN') return <p role="alert">{t('audit.adminOnly')}</p>;
  return <AuditLog />;
}

function AuditLog() {
  const { t } = useTranslation();
  const [form, setForm] = useState<AuditFilterForm>(NO_AUDIT_FILTER);
  const filter = useDebounced(form, 300);
  const pages = useCursorPages();
  const [open, setOpen] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useAuditEvents(toFilter(filter), pages.after);
  const events = data?.auditEvents;
  const change = (next: AuditFilterForm) => {
    setForm(next);
    pages.reset();
  };
  return (
    <section>
      <h1>{t('audit.title')}</h1>
      <AuditFilters value={form} onChange={change} />
      <QueryState
        fetching={fetching}
        error={error}
        hasData={Boolean(events)}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {events?.nodes.length === 0 && <p className="muted">{t('audit.none')}</p>}
        {events && events.nodes.length > 0 && (
          <div className="table-scroll">
            <table className="table" aria-busy={fetching}>
              <thead>
                <tr>
                  <th scope="col">{t('audit.when')}</th>
                  <th scope="col">{t('audit.who')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.record')}</th>
                  <th scope="col">{t('audit.details')}</th>
                </tr>
              </thead>
              <tbody>
                {events.nodes.map((event) => {
                  const when = formatInstant(event.occurredAt);
                  const action = actionLabel(event.action, t);
                  const expanded = open === event.id;
                  return (
                    <Fragment key={event.id}>
                      <tr data-testid="audit-event">
                        <td>{when}</td>
                        <td>
                          {event.actorUser?.username ??
                            (event.actorApiKey
                              ? t('audit.apiKey', { name: event.actorApiKey.name })
                              : t('audit.system'))}
                        </td>
                        <td>{action}</td>
                        <td>
                          <span className="muted">{recordTypeLabel(event.recordType, t)}</span>{' '}
                          {event.record ? (
                            <RecordLink record={event.record} />
                          ) : event.recordId ? (
                            t('audit.gone')
                          ) : null}
                        </td>
                        <td>
                          <button
                            type="button"
                            className="btn"
                            aria-expanded={expanded}
                            aria-label={t(expanded ? 'audit.hideOf' : 'audit.showOf', {
                              action,
                              when,
                            })}
                            onClick={() => setOpen(expanded ? null : event.id)}
                          >
                            {expanded ? t('audit.hide') : t('audit.show')}
                          </button>
                        </td>
                      </tr>
                      {expanded && (
                        <tr>
                          <td colSpan={5}>
                            <AuditChange eventId={event.id} recordType={event.recordType} />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {events && (
          <Pager pageInfo={events.pageInfo} totalCount={events.totalCount} pages={pages} />
        )}
      </QueryState>
    </section>
  );
}
