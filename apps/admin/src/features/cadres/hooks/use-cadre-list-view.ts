import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebounced } from '../../../lib/use-debounced';
import { paramsFromView, viewFromParams, type CadreListView } from '../utils/cadre-list-params';

/**
 * The cadres list's view, read from and written to the address. A filter or an order changed
 * opens the first page; the search box writes once typing pauses, replacing the address (so
 * back does not step through every letter), and follows the address when back or forward
 * changes it.
 */
export function useCadreListView() {
  const [params, setParams] = useSearchParams();
  const { view, ignored } = useMemo(() => viewFromParams(params), [params]);
  const latest = useRef(view);
  latest.current = view;
  // The router's setter changes with the address; the one kept here does not, so the search
  // box's effect below runs when typing settles, not each time the address moves.
  const write = useRef(setParams);
  write.current = setParams;

  const change = useCallback(
    (next: Partial<CadreListView>, options: { replace?: boolean } = {}) => {
      const cursors = next.cursors ?? [];
      write.current(paramsFromView({ ...latest.current, ...next, cursors }), options);
    },
    [],
  );

  const [text, setText] = useState(view.search);
  const typed = useRef(text);
  typed.current = text;
  const settled = useDebounced(text);
  useEffect(() => {
    if (settled.trim() !== latest.current.search) change({ search: settled }, { replace: true });
  }, [settled, change]);
  useEffect(() => {
    if (view.search !== typed.current.trim()) setText(view.search);
  }, [view.search]);

  const pages = {
    after: view.cursors.at(-1) ?? null,
    page: view.cursors.length + 1,
    next: (endCursor: string | null) => {
      if (endCursor) change({ cursors: [...latest.current.cursors, endCursor] });
    },
    previous: () => change({ cursors: latest.current.cursors.slice(0, -1) }),
    reset: () => change({ cursors: [] }),
  };
  return { view, ignored, change, text, setText, pages };
}
