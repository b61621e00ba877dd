import { useTranslation } from 'react-i18next';
import { asLanguage, formatNumber } from '../../../lib/format';

type Props = {
  caption: string;
  keyHeader: string;
  rows: { key: string; label: string; count: number }[];
  total?: number;
};

/** The numbers behind a chart, as a table (the article's table when by category). */
export function CountTable({ caption, keyHeader, rows, total }: Props) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  return (
    <table className="table table-compact">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyHeader}</th>
          <th scope="col" className="num">
            {t('dashboard.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="num">{formatNumber(row.count, language)}</td>
          </tr>
        ))}
      </tbody>
      {total !== undefined && (
        <tfoot>
          <tr>
            <th scope="row">{t('dashboard.total')}</th>
            <td className="num">{formatNumber(total, language)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
