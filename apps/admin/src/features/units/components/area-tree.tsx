import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { UnitsTreeQuery } from '../../../lib/gql/graphql';

type Area = UnitsTreeQuery['areas']['nodes'][number];

/** Areas nested under their parents, with what each became in a merge (2025). */
export function AreaTree({ areas, total }: { areas: readonly Area[]; total: number }) {
  const { t } = useTranslation();
  const known = new Set(areas.map((area) => area.id));
  const childrenOf = (parentId: string | null) =>
    areas
      .filter(
        (area) => (area.parent && known.has(area.parent.id) ? area.parent.id : null) === parentId,
      )
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const branch = (parentId: string | null) => {
    const children = childrenOf(parentId);
    if (children.length === 0) return null;
    return (
      <ul>
        {children.map((area) => (
          <li key={area.id}>
            {area.name}{' '}
            <span className="muted">
              ({t(`units.areaKind.${area.kind}`)},{' '}
              {t('units.valid', {
                from: formatDate(area.validFrom),
                to: area.validTo ? formatDate(area.validTo) : t('units.now'),
              })}
              )
            </span>
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
      {branch(null)}
    </section>
  );
}
