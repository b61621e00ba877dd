import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { QueryState } from '../../../components/ui/query-state';
import { isIsoDate, todayIso } from '../../../lib/format';
import { useDebounced } from '../../../lib/use-debounced';
import { useDashboard } from '../api/dashboard.query';
import { CountTable } from './count-table';
import { StatsReportLinks } from './stats-report-links';
import { StatusPanels } from './status-panels';
import { CountChart } from './stats-charts';
import { DateInput } from '../../../components/forms/date-input';

// The article counts rotations "since 2015": that is the default period.
const DEFAULT_FROM = '2015-01-01';

/** The article's table as a chart and as numbers, and the state of things today. */
export function DashboardPage() {
  const { t } = useTranslation();
  const [today] = useState(todayIso);
  const [from, setFrom] = useState(DEFAULT_FROM);
  const [to, setTo] = useState(today);
  const settledFrom = useDebounced(from);
  const settledTo = useDebounced(to);
  const [{ data, fetching, error }, refetch] = useDashboard(
    isIsoDate(settledFrom) ? settledFrom : null,
    isIsoDate(settledTo) ? settledTo : null,
    today,
  );
  const stats = data?.rotationStats;
  const categories = (stats?.byCategory ?? []).map((row) => ({
    key: row.category,
    label: t(`category.${row.category}`),
    count: row.count,
  }));
  const years = (stats?.byYear ?? []).map((row) => ({
    key: String(row.year),
    label: String(row.year),
    count: row.count,
  }));

  return (
    <section>
      <h1>{t('dashboard.title')}</h1>
      <fieldset className="toolbar">
        <legend>{t('dashboard.period')}</legend>
        <Field label={t('dashboard.from')}>
          <DateInput value={from} onChange={setFrom} />
        </Field>
        <Field label={t('dashboard.to')}>
          <DateInput value={to} onChange={setTo} />
        </Field>
      </fieldset>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={Boolean(data)}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {data && stats && (
          <div className="grid" aria-busy={fetching}>
            <section className="card" aria-labelledby="by-category" data-testid="by-category">
              <h2 id="by-category">{t('dashboard.byCategory')}</h2>
              <CountChart
                data={categories}
                label={t('dashboard.byCategory')}
                valueLabel={t('dashboard.count')}
                layout="vertical"
              />
              <CountTable
                caption={t('dashboard.byCategory')}
                keyHeader={t('dashboard.category')}
                rows={categories}
                total={stats.total}
              />
              <StatsReportLinks
                from={isIsoDate(settledFrom) ? settledFrom : null}
                to={isIsoDate(settledTo) ? settledTo : null}
              />
            </section>
            <section className="card" aria-labelledby="by-year">
              <h2 id="by-year">{t('dashboard.byYear')}</h2>
              <CountChart
                data={years}
                label={t('dashboard.byYear')}
                valueLabel={t('dashboard.count')}
                layout="horizontal"
              />
              <CountTable
                caption={t('dashboard.byYear')}
                keyHeader={t('dashboard.year')}
                rows={years}
              />
            </section>
            <StatusPanels data={data} today={today} />
          </div>
        )}
      </QueryState>
    </section>
  );
}
