import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BLOCS, UNIT_LEVELS } from '@luanchuyen/domain';
import { Field } from '../../../components/ui/field';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate, isIsoDate, todayIso } from '../../../lib/format';
import { useUnitsTree } from '../api/units.query';
import { AreaTree } from './area-tree';
import { UnitDetail } from './unit-detail';

/** Units by level, then bloc; each opens on its posts, holders and lineage. Areas beside. */
export function UnitsPage() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(todayIso);
  const [open, setOpen] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useUnitsTree();
  const units = data?.units.nodes ?? [];
  const period = (from: string, to: string | null) =>
    t('units.valid', { from: formatDate(from), to: to ? formatDate(to) : t('units.now') });

  return (
    <section>
      <h1>{t('units.title')}</h1>
      <Field label={t('units.asOf')}>
        <input type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} />
      </Field>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={Boolean(data)}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
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
                              {members.map((unit) => (
                                <li key={unit.id}>
                                  <button
                                    type="button"
                                    aria-expanded={open === unit.id}
                                    onClick={() => setOpen(open === unit.id ? null : unit.id)}
                                  >
                                    {open === unit.id ? '▾' : '▸'} {unit.name}
                                  </button>{' '}
                                  <span className="muted">
                                    {period(unit.validFrom, unit.validTo)}
                                  </span>
                                  {open === unit.id && (
                                    <UnitDetail
                                      id={unit.id}
                                      asOf={isIsoDate(asOf) ? asOf : todayIso()}
                                    />
                                  )}
                                </li>
                              ))}
                            </ul>
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                ))}
              </ul>
            </section>
            <AreaTree areas={data.areas.nodes} total={data.areas.totalCount} />
          </div>
        )}
      </QueryState>
    </section>
  );
}
