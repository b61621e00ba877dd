import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, asLanguage } from '../../lib/format';

type PageInfo = { hasNextPage: boolean; endCursor: string | null };

/** Cursor paging: a stack of the cursors of the pages before this one. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  return {
    after,
    page: cursors.length,
    next: useCallback(
      (endCursor: string | null) => setCursors((stack) => [...stack, endCursor]),
      [],
    ),
    previous: useCallback(
      () => setCursors((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack)),
      [],
    ),
    // Keeps the same array when already on the first page, so resetting costs no render.
    reset: useCallback(
      () => setCursors((stack) => (stack.length === 1 && stack[0] === null ? stack : [null])),
      [],
    ),
  };
}

type Props = {
  pageInfo: PageInfo;
  totalCount: number;
  pages: ReturnType<typeof useCursorPages>;
};

export function Pager({ pageInfo, totalCount, pages }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <span>
        {t('pager.total', { total: formatNumber(totalCount, asLanguage(i18n.language)) })}
      </span>
      <button type="button" className="btn" disabled={pages.page <= 1} onClick={pages.previous}>
        {t('pager.previous')}
      </button>
      <button
        type="button"
        className="btn"
        disabled={!pageInfo.hasNextPage}
        onClick={() => pages.next(pageInfo.endCursor)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
