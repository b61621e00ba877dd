import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import {
  AGE_BANDS,
  CADRE_STATUSES,
  type CadreListView,
  type PoolChoice,
} from '../utils/cadre-list-params';
import { CadreUnitPicker } from './cadre-unit-picker';

type Change = Partial<Pick<CadreListView, 'unitId' | 'status' | 'ageBand' | 'pool'>>;

type Props = {
  view: CadreListView;
  onChange: (change: Change) => void;
};

/** The list's filters: the unit by name, the status, the age band and the succession pool. */
export function CadreListFilters({ view, onChange }: Props) {
  const { t } = useTranslation();
  const filtered = Boolean(view.unitId || view.status || view.ageBand || view.pool);
  return (
    <details className="card" open>
      <summary>{t('cadreList.filters')}</summary>
      <div className="toolbar">
        <CadreUnitPicker value={view.unitId} onChange={(unitId) => onChange({ unitId })} />
        <Field label={t('cadreList.status')}>
          <select
            value={view.status ?? ''}
            onChange={(event) =>
              onChange({
                status: CADRE_STATUSES.find((status) => status === event.target.value) ?? null,
              })
            }
          >
            <option value="">{t('cadreList.all')}</option>
            {CADRE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`cadres.cadreStatus.${status}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('cadreList.ageBand')} hint={t('cadreList.ageHint')}>
          <select
            value={view.ageBand ?? ''}
            onChange={(event) =>
              onChange({ ageBand: AGE_BANDS.find((band) => band === event.target.value) ?? null })
            }
          >
            <option value="">{t('cadreList.all')}</option>
            {AGE_BANDS.map((band) => (
              <option key={band} value={band}>
                {t(`cadreList.ages.${band}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('cadreList.pool')} hint={t('cadreList.poolHint')}>
          <select
            value={view.pool ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              onChange({ pool: value === 'in' || value === 'out' ? (value as PoolChoice) : null });
            }}
          >
            <option value="">{t('cadreList.all')}</option>
            <option value="in">{t('cadreList.inPool')}</option>
            <option value="out">{t('cadreList.outOfPool')}</option>
          </select>
        </Field>
        <button
          type="button"
          className="btn"
          disabled={!filtered}
          onClick={() => onChange({ unitId: null, status: null, ageBand: null, pool: null })}
        >
          {t('cadreList.clear')}
        </button>
      </div>
    </details>
  );
}
