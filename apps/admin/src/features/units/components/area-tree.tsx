import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatLastDay } from '../../../lib/format';
import type { UnitsTreeQuery } from '../../../lib/gql/graphql';
import { AreaForm } from './area-form';

type Area = UnitsTreeQuery['areas']['nodes'][number];

type Props = { areas: readonly Area[]; total: number; reload: () => void };

/** Areas nested under their parents, with what each became in a merge (2025); each correctable. */
export function AreaTree({ areas, total, reload }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const known = new Set(areas.map((area) => area.id));
  const childrenOf = (parentId: string | null) =>
    areas
      .filter(
        (area) => (area.parent && known.has(area.parent.id) ? area.parent.id : null) === parentId,
      )
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const period = (area: Area) =>
    area.validTo
      ? t('units.validTo', { from: formatDate(area.validFrom), last: formatLastDay(area.validTo) })
      : t('units.valid', { from: formatDate(area.validFrom), to: t('units.now') });
  const branch = (parentId: string | null) => {
    const children = childrenOf(parentId);
    if (children.length === 0) return null;
    return (
      <ul>
        {children.map((area) => (
          <li key={area.id}>
            {area.name}{' '}
            <span className="muted">
              ({t(`units.areaKind.${area.kind}`)}, {period(area)})
            </span>{' '}
            <button
              type="button"
              className="btn btn-small"
              aria-expanded={editing === area.id}
              onClick={() => setEditing(editing === area.id ? null : area.id)}
            >
              {t('units.editArea', { name: area.name })}
            </button>
            {area.successors.length > 0 && (
              <div className="muted">
                →{' '}
                {area.successors
                  .map(
                    (link) =>
                      `${link.area.name} (${t(`units.lineage.${link.kind}`)}, ${formatDate(link.date)})`,
                  )
                  .join('; ')}
              </div>
            )}
            {editing === area.id && (
              <AreaForm
                key={area.version}
                areas={areas}
                area={area}
                onSaved={(name) => {
                  setEditing(null);
                  setStatus(t('units.saved', { name }));
                }}
                onCancel={() => setEditing(null)}
                reload={reload}
              />
            )}
            {branch(area.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <section className="card tree" aria-labelledby="areas-tree">
      <h2 id="areas-tree">{t('units.areasTitle')}</h2>
      {total > areas.length && (
        <p className="muted">{t('units.partial', { shown: areas.length, total })}</p>
      )}
      {status && (
        <p role="status" className="muted">
          {status}
        </p>
      )}
      {branch(null)}
    </section>
  );
}
