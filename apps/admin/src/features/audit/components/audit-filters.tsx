import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/forms/date-input';
import { Field } from '../../../components/ui/field';
import { useAuditActorChoices } from '../api/audit-actor-choices.query';
import { AuditRecordPicker, type PickedRecord } from './audit-record-picker';

export type AuditFilterForm = {
  record: PickedRecord | null;
  actorId: string;
  from: string;
  to: string;
};

export const NO_AUDIT_FILTER: AuditFilterForm = { record: null, actorId: '', from: '', to: '' };

type Props = { value: AuditFilterForm; onChange: (value: AuditFilterForm) => void };

/** A record picked by name, who made the change, and the days; never an id to type. */
export function AuditFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [{ data }] = useAuditActorChoices();
  return (
    <details className="card" open>
      <summary>{t('audit.filters')}</summary>
      <AuditRecordPicker
        value={value.record}
        onChange={(record) => onChange({ ...value, record })}
      />
      <div className="filters">
        <Field label={t('audit.actor')}>
          <select
            value={value.actorId}
            onChange={(event) => onChange({ ...value, actorId: event.target.value })}
          >
            <option value="">{t('audit.anyActor')}</option>
            {data?.users.nodes.map((user) => (
              <option key={user.id} value={user.id}>
                {user.username}
              </option>
            ))}
            {data?.apiKeys.nodes.map((key) => (
              <option key={key.id} value={key.id}>
                {t('audit.apiKey', { name: key.name })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('audit.from')}>
          <DateInput value={value.from} onChange={(from) => onChange({ ...value, from })} />
        </Field>
        <Field label={t('audit.to')}>
          <DateInput value={value.to} onChange={(to) => onChange({ ...value, to })} />
        </Field>
        <button type="button" className="btn" onClick={() => onChange(NO_AUDIT_FILTER)}>
          {t('audit.clear')}
        </button>
      </div>
    </details>
  );
}
