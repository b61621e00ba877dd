import { useTranslation } from 'react-i18next';
import { asLanguage, formatDate, formatNumber } from '../../../lib/format';
import type { RotationDetailQuery } from '../../../lib/gql/graphql';

// The parts of a rotation's page below its facts: its papers, what the rules recorded when it
// was created, and the cadre's evaluations for the years the server files under it.

export type RotationDetail = Extract<
  NonNullable<RotationDetailQuery['node']>,
  { __typename: 'Rotation' }
>;
type Paper = RotationDetail['decision'];

function PaperFacts({ label, paper, none }: { label: string; paper: Paper; none: string }) {
  const { t } = useTranslation();
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {paper
          ? t('rotations.detail.paper', {
              number: paper.number,
              date: formatDate(paper.issuedOn),
              issuer: paper.issuer,
            })
          : none}
        {paper?.issuerUnit && (
          <div>{t('rotations.detail.issuerUnit', { name: paper.issuerUnit.name })}</div>
        )}
        {paper?.title && <div className="muted">{paper.title}</div>}
      </dd>
    </>
  );
}

/** The decision that made the rotation and the override decision, with number, day, issuer. */
export function RotationPapers({ rotation }: { rotation: RotationDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="rotation-papers-title" className="card">
      <h2 id="rotation-papers-title">{t('rotations.detail.papers')}</h2>
      <dl className="facts">
        <PaperFacts
          label={t('rotations.form.decision')}
          paper={rotation.decision}
          none={t('rotations.detail.noDecision')}
        />
        <PaperFacts
          label={t('rotations.form.override')}
          paper={rotation.overrideDecision}
          none={t('rotations.detail.noOverride')}
        />
      </dl>
    </section>
  );
}

/** Every warning accepted and error overridden when the rotation was recorded. */
export function RotationViolations({ violations }: { violations: RotationDetail['violations'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="rotation-violations-title" className="card">
      <h2 id="rotation-violations-title">{t('rotations.detail.violations')}</h2>
      {violations.length === 0 ? (
        <p className="muted">{t('rotations.detail.noViolations')}</p>
      ) : (
        <ul data-testid="rotation-violations">
          {violations.map((violation) => (
            <li key={violation.code} className={`violation-${violation.severity.toLowerCase()}`}>
              <strong>{t(`rotations.detail.severity.${violation.severity}`)}</strong>:{' '}
              {violation.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The cadre's evaluations for the years the server counts as within this rotation. */
export function RotationEvaluations({ rotation }: { rotation: RotationDetail }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  // Null when the server hid them (personal data): then none is listed here.
  const within = (rotation.cadre.evaluations ?? []).filter(
    (evaluation) => evaluation.rotation?.id === rotation.id,
  );
  return (
    <section aria-labelledby="rotation-evaluations-title" className="card">
      <h2 id="rotation-evaluations-title">{t('rotations.detail.evaluations.title')}</h2>
      {within.length === 0 ? (
        <p className="muted">{t('rotations.detail.evaluations.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('rotations.detail.evaluations.year')}</th>
              <th scope="col">{t('rotations.detail.evaluations.score')}</th>
              <th scope="col">{t('rotations.detail.evaluations.rating')}</th>
              <th scope="col">{t('rotations.detail.evaluations.disciplined')}</th>
            </tr>
          </thead>
          <tbody>
            {within.map((evaluation) => (
              <tr key={evaluation.id}>
                <td>{evaluation.year}</td>
                <td>
                  {evaluation.score === null ? '—' : formatNumber(evaluation.score, language)}
                </td>
                <td>{t(`rating.${evaluation.rating}`)}</td>
                <td>{evaluation.disciplined ? t('common.yes') : t('common.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
