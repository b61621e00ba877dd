import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/format';
import { useUnitDetail } from '../api/units.query';

type Link_ = { kind: string; date: string; unit: { id: string; name: string } };

/** A unit's posts with who held each on the date, and its lineage across reorganisations. */
export function UnitDetail({ id, asOf }: { id: string; asOf: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useUnitDetail(id, asOf);
  const unit = data?.node?.__typename === 'Unit' ? data.node : null;
  const lineage = (title: string, links: readonly Link_[]) =>
    links.length > 0 && (
      <p>
        <strong>{title}:</strong>{' '}
        {links
          .map(
            (link) =>
              `${link.unit.name} (${t(`units.lineage.${link.kind}`)}, ${formatDate(link.date)})`,
          )
          .join('; ')}
      </p>
    );
  return (
    <QueryState
      fetching={fetching}
      error={error}
      hasData={Boolean(data)}
      retry={() => refetch({ requestPolicy: 'network-only' })}
    >
      {unit && (
        <div className="unit-detail">
          <p>
            <strong>{t('units.area')}:</strong> {unit.area.name}
          </p>
          {lineage(t('units.predecessors'), unit.predecessors)}
          {lineage(t('units.successors'), unit.successors)}
          <table className="table table-compact">
            <caption>{t('units.positions')}</caption>
            <tbody>
              {unit.positions.map((position) => (
                <tr key={position.id}>
                  <th scope="row">
                    {position.title}
                    <div className="muted">
                      {[
                        position.isKey && t('units.key'),
                        position.requiresNonLocal && t('units.nonLocal'),
                        t('units.seats', { count: position.seats }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </div>
                  </th>
                  <td>
                    {position.holders.length === 0
                      ? t('units.vacant')
                      : position.holders.map((holder) => (
                          <div key={holder.id}>
                            <Link to={`/cadres/${encodeURIComponent(holder.cadre.id)}`}>
                              {holder.cadre.fullName}
                            </Link>{' '}
                            ({formatDate(holder.startDate)} –{' '}
                            {holder.endDate ? formatDate(holder.endDate) : t('units.now')})
                          </div>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </QueryState>
  );
}
