import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BLOCS, UNIT_LEVELS } from '@luanchuyen/domain';
import { DateInput } from '../../../components/forms/date-input';
import { Field } from '../../../components/ui/field';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate, formatLastDay, isIsoDate, todayIso } from '../../../lib/format';
import { useUnitsTree } from '../api/units.query';
import { AreaForm } from './area-form';
import { AreaTree } from './area-tree';
import { UnitDetail } from './unit-detail';
import { UnitForm } from './unit-form';
import { UnitMergeForm } from './unit-merge-form';

type Panel = 'area' | 'unit' | 'merge' | null;

/** Units by level, then bloc; each opens on its posts, holders and lineage. Areas beside. */
export function UnitsPage() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(todayIso);
  const [open, setOpen] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useUnitsTree();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const units = data?.units.nodes ?? [];
  const areas = data?.areas.nodes ?? [];
  const day = isIsoDate(asOf) ? asOf : todayIso();
  const period = (from: string, to: string | null) =>
    to
      ? t('units.validTo', { from: formatDate(from), last: formatLastDay(to) })
      : t('units.valid', { from: formatDate(from), to: t('units.now') });
  const done = (message: string) => {
    setPanel(null);
    setStatus(message);
  };
  const toggle = (next: Panel) => {
    setStatus(null);
    setPanel(panel === next ? null : next);
  };

  return (
    <section>
      <h1>{t('units.title')}</h1>
      <Field label={t('units.asOf')}>
        <DateInput value={asOf} onChange={setAsOf} />
      </Field>
      <div className="actions">
        {(['area', 'unit', 'merge'] as const).map((name) => (
          <button
            key={name}
            type="button"
            className="btn"
            aria-expanded={panel === name}
            onClick={() => toggle(name)}
          >
            {t(
              name === 'area'
                ? 'units.addArea'
                : name === 'unit'
                  ? 'units.addUnit'
                  : 'units.merge.open',
            )}
          </button>
        ))}
      </div>
      {status && (
        <p role="status" className="muted">
          {status}
        </p>
      )}
      {panel === 'area' && (
        <AreaForm
          areas={areas}
          onSaved={(name) => done(t('units.saved', { name }))}
          onCancel={() => setPanel(null)}
          reload={reload}
        />
      )}
      {panel === 'unit' && (
        <UnitForm
          areas={areas}
          units={units}
          onSaved={(name) => done(t('units.saved', { name }))}
          onCancel={() => setPanel(null)}
          reload={reload}
        />
      )}
      {panel === 'merge' && (
        <UnitMergeForm
          areas={areas}
          units={units}
          onMerged={(name) => done(t('units.merge.done', { name }))}
          onCancel={() => setPanel(null)}
        />
      )}
      <QueryState fetching={fetching} error={error} hasData={Boolean(data)} retry={reload}>
        {data && (
          <div className="grid">
            <section className="card tree" aria-labelledby="units-tree">
              <h2 id="units-tree">{t('units.unitsTitle')}</h2>
              {data.units.totalCount > units.length && (
                <p className="muted">
                  {t('units.partial', { shown: units.length, total: data.units.totalCount })}
                </p>
              )}
              <ul>
                {UNIT_LEVELS.map((level) => (
                  <li key={level}>
                    <h3>{t(`level.${level}`)}</h3>
                    <ul>
                      {BLOCS.map((bloc) => {
                        const members = units
                          .filter((unit) => unit.level === level && unit.bloc === bloc)
                          .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
                        if (members.length === 0) return null;
                        return (
                          <li key={bloc}>
                            <strong>{t(`bloc.${bloc}`)}</strong>
                            <ul>
                              {members.map((unit) => {
                                const closed = unit.validTo !== null && unit.validTo <= day;
                                return (
                                  <li key={unit.id} className={closed ? 'unit-closed' : undefined}>
                                    <button
                                      type="button"
                                      aria-expanded={open === unit.id}
                                      onClick={() => setOpen(open === unit.id ? null : unit.id)}
                                    >
                                      {open === unit.id ? '▾' : '▸'} {unit.name}
                                    </button>{' '}
                                    {closed && <span className="badge">{t('units.closed')}</span>}{' '}
                                    {unit.positions.length === 0 && (
                                      <span className="badge">{t('units.noPosts')}</span>
                                    )}{' '}
                                    <span className="muted">
                                      {period(unit.validFrom, unit.validTo)}
                                    </span>
                                    {open === unit.id && (
                                      <UnitDetail
                                        unit={unit}
                                        asOf={day}
                                        areas={areas}
                                        units={units}
                                        reloadTree={reload}
                                      />
                                    )}
                                  </li>
                                );
                              })}
                            </ul>
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                ))}
              </ul>
            </section>
            <AreaTree areas={areas} total={data.areas.totalCount} reload={reload} />
          </div>
        )}
      </QueryState>
    </section>
  );
}
