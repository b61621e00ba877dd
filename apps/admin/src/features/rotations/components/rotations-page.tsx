import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Pager, useCursorPages } from '../../../components/ui/pager';
import { PaperLinks } from '../../../components/ui/paper-links';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate, formatLastDay } from '../../../lib/format';
import type { RotationFilter } from '../../../lib/gql/graphql';
import { useCanEdit } from '../../../lib/session';
import { useDebounced } from '../../../lib/use-debounced';
import { useRotations } from '../api/rotations.query';
import { RotationActions } from './rotation-actions';
import { filterFromParams, paramsFromFilter } from '../utils/rotation-list-params';
import { RotationFilters } from './rotation-filters';

/** Rotation history with RotationFilter, 25 to a page, and the next step of each. */
export function RotationsPage() {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  // The address is the filter (rotation-list-params.ts): each change is a step back can undo.
  // The form keeps its own copy so a click shows at once (the router commits the new address
  // in a transition), and takes the address's whenever that changes (back, forward, a link).
  const [params, setParams] = useSearchParams();
  const address = params.toString();
  const { filter: addressed, ignored } = useMemo(() => filterFromParams(params), [params]);
  const [seen, setSeen] = useState(address);
  const [filter, setShown] = useState(addressed);
  if (seen !== address) {
    setSeen(address);
    setShown(addressed);
  }
  const setFilter = (next: RotationFilter) => {
    setShown(next);
    setParams(paramsFromFilter(next));
  };
  const settled = useDebounced(filter);
  const pages = useCursorPages();
  const { reset } = pages;
  useEffect(reset, [settled, reset]);
  const [{ data, fetching, error }, refetch] = useRotations(settled, pages.after);
  const rotations = data?.rotations;

  return (
    <section>
      <div className="page-title">
        <h1>{t('rotations.title')}</h1>
        {/* The list as a file: the filter shown, every row, not only this page. */}
        <PaperLinks
          path="/export/rotations"
          params={paramsFromFilter(filter)}
          label={t('rotations.export.label')}
          formats={[
            { extension: 'xlsx', label: t('rotations.export.xlsx') },
            { extension: 'csv', label: t('rotations.export.csv') },
          ]}
        />
        {canEdit && (
          <Link className="btn btn-primary" to="/rotations/new">
            {t('rotations.create')}
          </Link>
        )}
      </div>
      {ignored.length > 0 && (
        <p role="status" className="notice">
          {t('rotations.filters.ignored', { names: ignored.join(', ') })}
        </p>
      )}
      <RotationFilters filter={filter} onChange={setFilter} />
      <QueryState
        fetching={fetching}
        error={error}
        hasData={Boolean(rotations)}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {rotations && rotations.nodes.length === 0 && (
          <p className="state muted">{t('rotations.none')}</p>
        )}
        {rotations && rotations.nodes.length > 0 && (
          <>
            <div className="table-scroll">
              <table className="table" aria-busy={fetching}>
                <thead>
                  <tr>
                    <th scope="col">{t('rotations.cadre')}</th>
                    <th scope="col">{t('rotations.from')}</th>
                    <th scope="col">{t('rotations.to')}</th>
                    <th scope="col">{t('rotations.start')}</th>
                    <th scope="col">{t('rotations.lastDay')}</th>
                    <th scope="col">{t('rotations.category')}</th>
                    <th scope="col">{t('rotations.status')}</th>
                    {canEdit && <th scope="col">{t('rotations.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {rotations.nodes.map((rotation) => (
                    <tr key={rotation.id}>
                      <td>
                        <Link to={`/cadres/${encodeURIComponent(rotation.cadre.id)}`}>
                          {rotation.cadre.fullName}
                        </Link>
                      </td>
                      <td>
                        {rotation.fromPosition.title}, {rotation.fromPosition.unit.name}
                      </td>
                      <td>
                        {rotation.toPosition.title}, {rotation.toPosition.unit.name}
                      </td>
                      <td>
                        <Link
                          to={`/rotations/${encodeURIComponent(rotation.id)}`}
                          aria-label={t('rotations.open', {
                            name: rotation.cadre.fullName,
                            date: formatDate(rotation.startDate),
                          })}
                        >
                          {formatDate(rotation.startDate)}
                        </Link>
                      </td>
                      <td>{formatLastDay(rotation.endDate ?? rotation.plannedEndDate)}</td>
                      <td>{t(`category.${rotation.category}`)}</td>
                      <td>
                        {t(`status.${rotation.status}`)}
                        {rotation.overdue && (
                          <span className="tag tag-warning">{t('rotations.overdue')}</span>
                        )}
                      </td>
                      {canEdit && (
                        <td>
                          <RotationActions rotation={rotation} />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager pageInfo={rotations.pageInfo} totalCount={rotations.totalCount} pages={pages} />
          </>
        )}
      </QueryState>
    </section>
  );
}
