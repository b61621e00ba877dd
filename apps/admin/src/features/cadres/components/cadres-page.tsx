import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../../components/ui/field';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate, todayIso } from '../../../lib/format';
import { useCanEdit } from '../../../lib/session';
import { useCadreList } from '../api/cadre-list.query';
import { personalDataHidden } from '../../../lib/personal-data';
import { useCadreListView } from '../hooks/use-cadre-list-view';
import { filterOfView, orderAfterClick, orderHintKey } from '../utils/cadre-list-params';
import { CadreListFilters } from './cadre-list-filters';
import { SortableHeader } from './sortable-header';

/**
 * Cadres by name or birth date, narrowed by unit, status, age band and succession pool, 25 to
 * a page. The whole view is the address (cadre-list-params.ts): reload it or send it, and the
 * same list opens.
 */
export function CadresPage() {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const { view, ignored, change, text, setText, pages } = useCadreListView();
  const [today] = useState(todayIso);
  const [{ data, fetching, error }, refetch] = useCadreList(
    filterOfView(view),
    view.order,
    pages.after,
    today,
  );
  const cadres = data?.cadres;
  // Birth dates the server hid from this reader: the age band stands in.
  const hidden = personalDataHidden(error);
  // A cursor the API refuses (an address from another order, or edited by hand).
  const badPage =
    pages.after !== null &&
    (error?.graphQLErrors.some((problem) => problem.extensions['code'] === 'BAD_USER_INPUT') ??
      false);

  return (
    <section>
      <div className="page-title">
        <h1>{t('cadres.title')}</h1>
        {canEdit && (
          <Link className="btn btn-primary" to="/cadres/new">
            {t('cadres.create')}
          </Link>
        )}
      </div>
      {ignored.length > 0 && (
        <p role="status" className="notice">
          {t('cadreList.ignored', { names: ignored.join(', ') })}
        </p>
      )}
      <div role="search" className="toolbar">
        <Field label={t('cadres.search')} hint={t('cadres.searchHint')}>
          <input type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </Field>
      </div>
      <CadreListFilters view={view} onChange={(next) => change(next)} />
      {badPage ? (
        <div role="alert" className="notice">
          <p>{t('cadreList.badPage')}</p>
          <button type="button" className="btn" onClick={pages.reset}>
            {t('cadreList.firstPage')}
          </button>
        </div>
      ) : (
        <QueryState
          fetching={fetching}
          error={error}
          hasData={Boolean(cadres)}
          retry={() => refetch({ requestPolicy: 'network-only' })}
        >
          {cadres && cadres.nodes.length === 0 && <p className="state muted">{t('cadres.none')}</p>}
          {cadres && cadres.nodes.length > 0 && (
            <>
              <table className="table" aria-busy={fetching} data-testid="cadre-list">
                <thead>
                  <tr>
                    <SortableHeader
                      field="NAME"
                      label={t('cadres.name')}
                      order={view.order}
                      onSort={(field) => change({ order: orderAfterClick(view.order, field) })}
                    />
                    <SortableHeader
                      field="BIRTH_DATE"
                      label={t('cadres.born')}
                      order={view.order}
                      onSort={(field) => change({ order: orderAfterClick(view.order, field) })}
                    />
                    <th scope="col">{t('cadreList.status')}</th>
                    <th scope="col">{t('cadres.currentPost')}</th>
                  </tr>
                </thead>
                <tbody>
                  {cadres.nodes.map((cadre) => (
                    <tr key={cadre.id}>
                      <td>
                        <Link to={`/cadres/${encodeURIComponent(cadre.id)}`}>{cadre.fullName}</Link>
                        {cadre.isSample && <span className="tag">{t('cadres.sample')}</span>}
                      </td>
                      <td>
                        {hidden
                          ? (cadre.ageBand ?? t('common.unknown'))
                          : cadre.birthDate
                            ? formatDate(cadre.birthDate)
                            : (cadre.birthYear ?? t('common.unknown'))}
                      </td>
                      <td>{t(`cadres.cadreStatus.${cadre.status}`)}</td>
                      <td>
                        {cadre.postsOn
                          .map((post) => `${post.position.title}, ${post.position.unit.name}`)
                          .join('; ') || '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted">{t(orderHintKey(view.order, hidden))}</p>
              <Pager pageInfo={cadres.pageInfo} totalCount={cadres.totalCount} pages={pages} />
            </>
          )}
        </QueryState>
      )}
    </section>
  );
}
