// Which documents-table columns show: measured against the table's width, and the editor's own
// choices (the Columns menu), remembered in this browser.
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { recall, remember } from '../../state/remembered.js';
import { COLUMNS, visibleColumns, type ColumnPrefs } from './columns.js';
import type { SortColumn } from './document-query.js';

const KEY = 'documentColumns';

function readPrefs(): ColumnPrefs {
  // Only booleans for known optional columns survive (recall keeps plain values of unknown keys).
  const raw = recall<ColumnPrefs>(KEY, {});
  return Object.fromEntries(Object.entries(raw).filter(([c, v]) => COLUMNS.includes(c as SortColumn) && typeof v === 'boolean')) as ColumnPrefs;
}

export function useColumns(ref: RefObject<HTMLElement | null>): {
  columns: SortColumn[];
  prefs: ColumnPrefs;
  setShown: (c: SortColumn, shown: boolean) => void;
} {
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
  useEffect(() => remember(KEY, prefs), [prefs]);
  return { columns: visibleColumns(widthRem, prefs), prefs, setShown: (c, shown) => setPrefs((p) => ({ ...p, [c]: shown })) };
}
