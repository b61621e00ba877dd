import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

type Props = {
  fetching: boolean;
  error: CombinedError | undefined;
  /** Whether there is data to show; while there is, a refetch keeps it on screen. */
  hasData: boolean;
  retry?: () => void;
  children: ReactNode;
};

/** Loading and error states for a query, the same on every page. */
export function QueryState({ fetching, error, hasData, retry, children }: Props) {
  const { t } = useTranslation();
  if (error && !hasData) {
    return (
      <div role="alert" className="state state-error">
        <p>{t('state.error')}</p>
        <p className="muted">{error.graphQLErrors[0]?.message ?? error.message}</p>
        {retry && (
          <button type="button" className="btn" onClick={retry}>
            {t('state.retry')}
          </button>
        )}
      </div>
    );
  }
  if (fetching && !hasData) return <Loading />;
  return <>{children}</>;
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="state state-loading">
      {t('state.loading')}
    </p>
  );
}
