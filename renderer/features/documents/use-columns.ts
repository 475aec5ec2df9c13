// Which documents-table columns show: measured against the table's width, and the editor's own
// choices (the Columns menu), remembered in this browser.
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { visibleColumns, type ColumnPrefs } from './columns.js';
import type { SortColumn } from './document-query.js';

const KEY = 'bitext.documentColumns';

function readPrefs(): ColumnPrefs {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return raw && typeof raw === 'object' ? (raw as ColumnPrefs) : {};
  } catch {
    return {};
  }
}

export function useColumns(ref: RefObject<HTMLElement | null>): { columns: SortColumn[]; prefs: ColumnPrefs; setShown: (c: SortColumn, shown: boolean) => void } {
  const [prefs, setPrefs] = useState<ColumnPrefs>(readPrefs);
  const [widthRem, setWidthRem] = useState(200);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const measure = () => setWidthRem(el.clientWidth / rem);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify(prefs));
    } catch {
      /* private mode: the choice lasts for this session */
    }
  }, [prefs]);
  return { columns: visibleColumns(widthRem, prefs), prefs, setShown: (c, shown) => setPrefs((p) => ({ ...p, [c]: shown })) };
}
