import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatLastDay } from '../../../lib/format';
import { useCanEdit } from '../../../lib/session';
import { BodyChangeForm } from './body-change-form';

export type ManagingBody = {
  body: { id: string; name: string };
  validFrom: string;
  /** The first day it no longer manages the cadre (exclusive); null while it does. */
  validTo: string | null;
};

type Props = {
  cadre: { id: string; fullName: string };
  /** Every managing body, earliest first. */
  bodies: readonly ManagingBody[];
};

/**
 * Who has managed the cadre and when (Regulation 377-QĐ/TW), each period to its last day as
 * decisions write it; editors change the body from a day on.
 */
export function ManagingBodiesSection({ cadre, bodies }: Props) {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const [changing, setChanging] = useState(false);
  const [changed, setChanged] = useState(false);
  return (
    <section aria-labelledby="managing-bodies-title" className="card">
      <div className="page-title">
        <h2 id="managing-bodies-title">{t('managingBody.history')}</h2>
        {canEdit && (
          <button
            type="button"
            className="btn"
            aria-expanded={changing}
            onClick={() => {
              setChanging(!changing);
              setChanged(false);
            }}
          >
            {t('managingBody.change')}
          </button>
        )}
      </div>
      {changed && (
        <p role="status" className="ok">
          {t('managingBody.done')}
        </p>
      )}
      {changing && (
        <BodyChangeForm
          cadre={cadre}
          onChanged={() => {
            setChanging(false);
            setChanged(true);
          }}
          onCancel={() => setChanging(false)}
        />
      )}
      {bodies.length === 0 ? (
        <p className="muted">{t('managingBody.none')}</p>
      ) : (
        <table className="table" data-testid="managing-bodies">
          <thead>
            <tr>
              <th scope="col">{t('managingBody.body')}</th>
              <th scope="col">{t('managingBody.from')}</th>
              <th scope="col">{t('managingBody.lastDay')}</th>
            </tr>
          </thead>
          <tbody>
            {bodies.map((period) => (
              <tr key={`${period.body.id}-${period.validFrom}`}>
                <td>{period.body.name}</td>
                <td>{formatDate(period.validFrom)}</td>
                <td>{period.validTo ? formatLastDay(period.validTo) : t('managingBody.now')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
