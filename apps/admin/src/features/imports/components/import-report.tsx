import { Fragment, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage, formatNumber } from '../../../lib/format';
import type { ImportAnswer } from '../api/send-import';
import { refusedCount, reportRows, shownRows, SHOWN_ROWS } from '../utils/report-rows';

type Props = {
  answer: ImportAnswer;
  fileName: string;
  kindLabel: string;
  /** The heading, focused when a report arrives so a screen reader reads it first. */
  headingRef?: Ref<HTMLHeadingElement>;
};

/**
 * What the server answered for a file: a preview (nothing written), the import's result, or
 * a refusal, with the counts and, per row, its result and the column and reason of each error
 * in the caller's language.
 */
export function ImportReport({ answer, fileName, kindLabel, headingRef }: Props) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const rows = reportRows(answer);
  const shown = shownRows(rows);
  const refused = refusedCount(rows);
  const names = { file: fileName, kind: kindLabel };
  const title =
    answer.errors.length > 0
      ? t('imports.refusedTitle', names)
      : answer.written
        ? t('imports.resultTitle', names)
        : t('imports.previewTitle', names);
  const note =
    answer.errors.length > 0
      ? t('imports.refusedNote')
      : answer.written
        ? t('imports.resultNote')
        : t('imports.previewNote');
  const counts = [
    ['created', answer.created],
    ['updated', answer.updated],
    ['unchanged', answer.unchanged],
    ['refused', refused],
  ] as const;
  return (
    <section className="card" aria-labelledby="import-report-title" data-testid="import-report">
      <h2 id="import-report-title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <p className={answer.errors.length > 0 ? 'notice' : answer.written ? 'ok' : 'muted'}>
        {note}
      </p>
      <h3 id="import-counts">{t('imports.counts')}</h3>
      <dl className="facts" aria-labelledby="import-counts" data-testid="import-counts">
        {counts.map(([key, count]) => (
          <Fragment key={key}>
            <dt>{t(`imports.${key}`)}</dt>
            <dd>{formatNumber(count, language)}</dd>
          </Fragment>
        ))}
      </dl>
      {rows.length === 0 ? (
        <p className="muted">{t('imports.emptyFile')}</p>
      ) : (
        <>
          {shown.length < rows.length && (
            <p className="muted">
              {t('imports.shown', {
                shown: formatNumber(shown.length, language),
                total: formatNumber(rows.length, language),
                limit: formatNumber(SHOWN_ROWS, language),
              })}
            </p>
          )}
          <div className="table-scroll">
            <table className="table table-compact">
              <caption>{t('imports.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('imports.row')}</th>
                  <th scope="col">{t('imports.result')}</th>
                  <th scope="col">{t('imports.column')}</th>
                  <th scope="col">{t('imports.message')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => {
                  // A row with several errors spans one line per error, its number once.
                  const lines = row.errors.length > 0 ? row.errors : [null];
                  const span = lines.length > 1 ? lines.length : undefined;
                  return lines.map((error, index) => (
                    <tr key={`${row.row}-${index}`} data-testid="import-row">
                      {index === 0 && (
                        <>
                          <th scope="row" rowSpan={span}>
                            {row.row > 0 ? row.row : t('imports.wholeFile')}
                          </th>
                          <td rowSpan={span}>
                            <span className={row.result === 'refused' ? 'tag tag-warning' : 'tag'}>
                              {t(`imports.${row.result}`)}
                            </span>
                          </td>
                        </>
                      )}
                      <td>
                        {error && (error.column ?? (row.row > 0 ? t('imports.wholeRow') : ''))}
                      </td>
                      <td>{error?.message ?? ''}</td>
                    </tr>
                  ));
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
