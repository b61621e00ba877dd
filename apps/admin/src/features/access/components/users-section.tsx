import { useTranslation } from 'react-i18next';
import { vietnamDateOf } from '@luanchuyen/domain';
import { Pager, useCursorPages } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/format';
import { useViewer } from '../../../lib/session';
import { useAccessUsers } from '../api/users.query';
import { useScopeName } from './scope-field';
import { UserActions } from './user-actions';
import { UserCreateForm } from './user-create-form';

/** The day an instant fell on in Vietnam, as the organisation's working day. */
export function createdOn(instant: string): string {
  return formatDate(vietnamDateOf(new Date(instant)));
}

export function UsersSection() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const scopeName = useScopeName();
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useAccessUsers(pages.after);
  const users = data?.users;
  return (
    <section aria-labelledby="access-users">
      <h2 id="access-users">{t('access.users.title')}</h2>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={Boolean(users)}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {users?.nodes.length === 0 && <p className="muted">{t('access.users.none')}</p>}
        {users && users.nodes.length > 0 && (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('access.users.username')}</th>
                <th scope="col">{t('access.role')}</th>
                <th scope="col">{t('scope.label')}</th>
                <th scope="col">{t('access.state')}</th>
                <th scope="col">{t('access.created')}</th>
                <th scope="col">{t('access.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.nodes.map((user) => (
                <tr key={user.id}>
                  <td>
                    {user.username}
                    {user.username === viewer.username && ` ${t('access.users.you')}`}
                  </td>
                  <td>{t(`role.${user.role}`)}</td>
                  <td>{scopeName(user.body)}</td>
                  <td>{t(user.disabledAt ? 'access.users.disabled' : 'access.users.active')}</td>
                  <td>{createdOn(user.createdAt)}</td>
                  <td>
                    <UserActions key={user.version} user={user} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {users && <Pager pageInfo={users.pageInfo} totalCount={users.totalCount} pages={pages} />}
      </QueryState>
      <UserCreateForm />
    </section>
  );
}
