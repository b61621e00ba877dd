import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager, useCursorPages } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import type { AuditEventFilter } from '../../../lib/gql/graphql';
import { useViewer } from '../../../lib/session';
import { formatInstant } from '../../../lib/format';
import { useDebounced } from '../../../lib/use-debounced';
import { useAuditEvents } from '../api/audit-events.query';
import { AuditChange } from './audit-change';
import { AuditFilters, type AuditFilterForm } from './audit-filters';

// Days are whole days in Vietnam's time (UTC+7), the organisation's working day.
function toFilter(form: AuditFilterForm): AuditEventFilter {
  return {
    recordId: form.recordId.trim() || null,
    actorId: form.actorId.trim() || null,
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
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<AuditFilterForm>({
    recordId: '',
    actorId: '',
    from: '',
    to: '',
  });
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
          <table className="table">
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
              {events.nodes.map((event) => (
                <Fragment key={event.id}>
                  <tr>
                    <td>{formatInstant(event.occurredAt, i18n.language)}</td>
                    <td>
                      {event.actorUser?.username ??
                        (event.actorApiKey
                          ? t('audit.apiKey', { name: event.actorApiKey.name })
                          : t('audit.system'))}
                    </td>
                    <td>
                      <code>{event.action}</code>
                    </td>
                    <td>
                      {event.recordType}{' '}
                      {event.record === null && event.recordId ? t('audit.gone') : ''}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="btn"
                        aria-expanded={open === event.id}
                        onClick={() => setOpen(open === event.id ? null : event.id)}
                      >
                        {open === event.id ? t('audit.hide') : t('audit.show')}
                      </button>
                    </td>
                  </tr>
                  {open === event.id && (
                    <tr>
                      <td colSpan={5}>
                        <AuditChange before={event.before} after={event.after} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        )}
        {events && (
          <Pager pageInfo={events.pageInfo} totalCount={events.totalCount} pages={pages} />
        )}
      </QueryState>
    </section>
  );
}
