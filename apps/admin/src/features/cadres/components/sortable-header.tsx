import type { CadreOrder, CadreOrderField } from '../../../lib/gql/graphql';

type Props = {
  field: CadreOrderField;
  label: string;
  order: CadreOrder;
  onSort: (field: CadreOrderField) => void;
};

/**
 * A column header that sorts the list: a button (Enter and Space work, as with any button)
 * inside a header whose aria-sort tells a screen reader which way the list runs now.
 */
export function SortableHeader({ field, label, order, onSort }: Props) {
  const sorted = order.field === field;
  const ariaSort = sorted ? (order.direction === 'ASC' ? 'ascending' : 'descending') : 'none';
  const arrow = sorted ? (order.direction === 'ASC' ? '▲' : '▼') : '↕';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => onSort(field)}>
        {label}
        <span aria-hidden="true" className={sorted ? 'sort-arrow' : 'sort-arrow muted'}>
          {arrow}
        </span>
      </button>
    </th>
  );
}
