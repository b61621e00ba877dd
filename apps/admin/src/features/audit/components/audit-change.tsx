import { useTranslation } from 'react-i18next';
import { changedKeys, keysOf, pretty } from '../utils/changed-keys';

type Props = { before: unknown; after: unknown };

function Side({
  title,
  value,
  keys,
  changed,
}: {
  title: string;
  value: unknown;
  keys: string[];
  changed: Set<string>;
}) {
  const { t } = useTranslation();
  const record =
    value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  return (
    <div className="audit-side">
      <h3>{title}</h3>
      {record === null ? (
        <p className="muted">{t('audit.nothing')}</p>
      ) : (
        <pre>
          {keys.map((key) => (
            // A changed key is marked, not only coloured, so it reads without colour too.
            <div key={key} className={changed.has(key) ? 'audit-changed' : undefined}>
              {changed.has(key) ? (
                <mark>{`${key}: ${pretty(record[key])}`}</mark>
              ) : (
                `${key}: ${pretty(record[key])}`
              )}
            </div>
          ))}
        </pre>
      )}
    </div>
  );
}

/** Before and after side by side, one line per key, the keys that changed highlighted. */
export function AuditChange({ before, after }: Props) {
  const { t } = useTranslation();
  const keys = keysOf(before, after);
  const changed = changedKeys(before, after);
  return (
    <div className="audit-change">
      <p className="muted">{t('audit.changed')}</p>
      <div className="audit-sides">
        <Side title={t('audit.before')} value={before} keys={keys} changed={changed} />
        <Side title={t('audit.after')} value={after} keys={keys} changed={changed} />
      </div>
    </div>
  );
}
