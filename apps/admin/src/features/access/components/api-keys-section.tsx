import { useTranslation } from 'react-i18next';
import { Pager, useCursorPages } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { useApiKeyRevoke } from '../api/api-key.mutations';
import { useAccessApiKeys } from '../api/api-keys.query';
import { changeProblem } from '../utils/change-problem';
import { ApiKeyCreateForm } from './api-key-create-form';
import { ConfirmedChange } from './confirmed-change';
import { useScopeName } from './scope-field';
import { createdOn } from './users-section';

export function ApiKeysSection() {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useAccessApiKeys(pages.after);
  const [, revoke] = useApiKeyRevoke();
  const scopeName = useScopeName();
  const keys = data?.apiKeys;
  return (
    <section aria-labelledby="access-keys">
      <h2 id="access-keys">{t('access.keys.title')}</h2>
      <p className="muted">{t('access.keys.readOnly')}</p>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={Boolean(keys)}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {keys?.nodes.length === 0 && <p className="muted">{t('access.keys.none')}</p>}
        {keys && keys.nodes.length > 0 && (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('access.keys.name')}</th>
                <th scope="col">{t('access.role')}</th>
                <th scope="col">{t('scope.label')}</th>
                <th scope="col">{t('access.keys.personalDataColumn')}</th>
                <th scope="col">{t('access.state')}</th>
                <th scope="col">{t('access.created')}</th>
                <th scope="col">{t('access.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {keys.nodes.map((key) => (
                <tr key={key.id}>
                  <td>{key.name}</td>
                  <td>{t(`role.${key.role}`)}</td>
                  <td>{scopeName(key.body)}</td>
                  <td>
                    {key.personalData
                      ? t('access.keys.personalDataYes')
                      : t('access.keys.personalDataNo')}
                  </td>
                  <td>
                    {key.revokedAt
                      ? t('access.keys.revoked', { date: createdOn(key.revokedAt) })
                      : t('access.keys.working')}
                  </td>
                  <td>{createdOn(key.createdAt)}</td>
                  <td>
                    {!key.revokedAt && (
                      <ConfirmedChange
                        label={t('access.keys.revoke')}
                        accessibleName={t('access.keys.revokeOf', { name: key.name })}
                        question={t('access.keys.revokeQuestion', { name: key.name })}
                        run={async () => {
                          const result = await revoke({ id: key.id });
                          return changeProblem(
                            {
                              error: result.error,
                              userErrors: result.data?.apiKeyRevoke.userErrors,
                            },
                            t('access.failed'),
                          );
                        }}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {keys && <Pager pageInfo={keys.pageInfo} totalCount={keys.totalCount} pages={pages} />}
      </QueryState>
      <ApiKeyCreateForm />
    </section>
  );
}
