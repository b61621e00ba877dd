import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate, formatLastDay } from '../../../lib/format';
import { useUnitDetail } from '../api/units.query';
import type { AreaChoice } from './area-form';
import { PositionForm } from './position-form';
import type { UnitChoice } from './registry-options';
import { UnitForm, type EditedUnit } from './unit-form';

type Link_ = { kind: string; date: string; unit: { id: string; name: string } };

type Props = {
  unit: EditedUnit;
  asOf: string;
  areas: readonly AreaChoice[];
  units: readonly UnitChoice[];
  reloadTree: () => void;
};

/**
 * A unit's posts with who held each on the date, and its lineage across reorganisations. A unit
 * that does not exist on the date holds nobody: its posts are shown as closed, never vacant.
 */
export function UnitDetail({ unit: listed, asOf, areas, units, reloadTree }: Props) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useUnitDetail(listed.id, asOf);
  // 'unit', 'post' (a new one) or a post's id: the one form open at a time.
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const unit = data?.node?.__typename === 'Unit' ? data.node : null;
  const reload = () => {
    reloadTree();
    refetch({ requestPolicy: 'network-only' });
  };
  const saved = (name: string) => {
    setEditing(null);
    setStatus(t('units.saved', { name }));
  };
  const closed = listed.validTo !== null && listed.validTo <= asOf;
  const notYet = listed.validFrom > asOf;
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
          {closed && (
            <p className="notice">{t('units.closedSince', { date: formatDate(listed.validTo) })}</p>
          )}
          {notYet && (
            <p className="notice">
              {t('units.notYetOpen', { date: formatDate(listed.validFrom) })}
            </p>
          )}
          {lineage(t('units.predecessors'), unit.predecessors)}
          {lineage(t('units.successors'), unit.successors)}
          {status && (
            <p role="status" className="muted">
              {status}
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              className="btn"
              aria-expanded={editing === 'unit'}
              onClick={() => setEditing(editing === 'unit' ? null : 'unit')}
            >
              {t('units.editUnit', { name: listed.name })}
            </button>
            <button
              type="button"
              className="btn"
              aria-expanded={editing === 'post'}
              onClick={() => setEditing(editing === 'post' ? null : 'post')}
            >
              {t('units.addPosition', { name: listed.name })}
            </button>
          </div>
          {editing === 'unit' && (
            <UnitForm
              key={listed.version}
              areas={areas}
              units={units}
              unit={listed}
              onSaved={saved}
              onCancel={() => setEditing(null)}
              reload={reload}
            />
          )}
          {editing === 'post' && (
            <PositionForm
              unit={listed}
              onSaved={saved}
              onCancel={() => setEditing(null)}
              reload={reload}
            />
          )}
          {unit.positions.length === 0 ? (
            <p className="notice">{t('units.noPostsYet')}</p>
          ) : (
            <table className="table table-compact">
              <caption>{t('units.positions')}</caption>
              <tbody>
                {unit.positions.map((position) => (
                  <Fragment key={position.id}>
                    <tr>
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
                        <button
                          type="button"
                          className="btn btn-small"
                          aria-expanded={editing === position.id}
                          onClick={() => setEditing(editing === position.id ? null : position.id)}
                        >
                          {t('units.editPosition', { title: position.title })}
                        </button>
                      </th>
                      <td>
                        {closed
                          ? t('units.closedPost')
                          : notYet
                            ? t('units.notOpenPost')
                            : position.holders.length === 0
                              ? t('units.vacant')
                              : position.holders.map((holder) => (
                                  <div key={holder.id}>
                                    <Link to={`/cadres/${encodeURIComponent(holder.cadre.id)}`}>
                                      {holder.cadre.fullName}
                                    </Link>{' '}
                                    ({formatDate(holder.startDate)} –{' '}
                                    {holder.endDate
                                      ? formatLastDay(holder.endDate)
                                      : t('units.now')}
                                    )
                                  </div>
                                ))}
                      </td>
                    </tr>
                    {editing === position.id && (
                      <tr>
                        <td colSpan={2}>
                          <PositionForm
                            key={position.version}
                            unit={listed}
                            position={position}
                            onSaved={saved}
                            onCancel={() => setEditing(null)}
                            reload={reload}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </QueryState>
  );
}
