import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';

export type AuditFilterForm = { recordId: string; actorId: string; from: string; to: string };

type Props = { value: AuditFilterForm; onChange: (value: AuditFilterForm) => void };

/** Record, actor and period; ids are the global ids shown on each record's page. */
export function AuditFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const bind = (key: keyof AuditFilterForm) => ({
    value: value[key],
    onChange: (event: { target: { value: string } }) =>
      onChange({ ...value, [key]: event.target.value }),
  });
  return (
    <details className="card" open>
      <summary>{t('audit.filters')}</summary>
      <div className="filters">
        <Field label={t('audit.recordId')}>
          <input type="search" {...bind('recordId')} />
        </Field>
        <Field label={t('audit.actorId')}>
          <input type="search" {...bind('actorId')} />
        </Field>
        <Field label={t('audit.from')}>
          <input type="date" {...bind('from')} />
        </Field>
        <Field label={t('audit.to')}>
          <input type="date" {...bind('to')} />
        </Field>
      </div>
    </details>
  );
}
