import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Field } from '../../../components/ui/field';
import { Pager, useCursorPages } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate, todayIso } from '../../../lib/format';
import { useCanEdit } from '../../../lib/session';
import { useDebounced } from '../../../lib/use-debounced';
import { useCadreSearch } from '../api/cadre-search.query';

/** Cadres by name: a search that ignores diacritics, 25 to a page. */
export function CadresPage() {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const search = useDebounced(text);
  const pages = useCursorPages();
  const { reset } = pages;
  useEffect(() => {
    reset();
    setParams(search ? { q: search } : {}, { replace: true });
  }, [search, reset, setParams]);
  const [today] = useState(todayIso);
  const [{ data, fetching, error }, refetch] = useCadreSearch(search, pages.after, today);
  const cadres = data?.cadres;

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
      <div role="search" className="toolbar">
        <Field label={t('cadres.search')} hint={t('cadres.searchHint')}>
          <input type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </Field>
      </div>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={Boolean(cadres)}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {cadres && cadres.nodes.length === 0 && <p className="state muted">{t('cadres.none')}</p>}
        {cadres && cadres.nodes.length > 0 && (
          <>
            <table className="table" aria-busy={fetching}>
              <thead>
                <tr>
                  <th scope="col">{t('cadres.name')}</th>
                  <th scope="col">{t('cadres.born')}</th>
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
                      {cadre.birthDate
                        ? formatDate(cadre.birthDate)
                        : (cadre.birthYear ?? t('common.unknown'))}
                    </td>
                    <td>
                      {cadre.postsOn
                        .map((post) => `${post.position.title}, ${post.position.unit.name}`)
                        .join('; ') || '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager pageInfo={cadres.pageInfo} totalCount={cadres.totalCount} pages={pages} />
          </>
        )}
      </QueryState>
    </section>
  );
}
