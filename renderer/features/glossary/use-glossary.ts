// The glossary as the view edits it: one query of the cache (asked again on glossary-changed,
// e.g. a name added from a finding), replaced by what each save returns. Every change marks the
// checks as stale until they run again.
import { useCallback, useState } from 'react';
import type { GlossaryEntryView } from '../../../shared/api/contract.js';
import { useQuery } from '../../state/use-query.js';
import { useStore } from '../../state/use-workbench.js';
import { downloadText } from './download.js';

export type GlossaryLoad = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; error: unknown };

const NONE: GlossaryEntryView[] = [];

export function useGlossary() {
  const wb = useStore();
  const q = useQuery('getGlossary', {});
  const entries = q.data ?? NONE;
  // A failed refetch keeps the entries shown; only a first load that failed is a failure.
  const load: GlossaryLoad = q.data ? { status: 'ready' } : q.status === 'failed' ? { status: 'failed', error: q.error } : { status: 'loading' };
  const [stale, setStale] = useState(false);
  const reload = useCallback(() => void wb.queries.refetch('getGlossary', {}), [wb]);

  const changed = (next: GlossaryEntryView[] | undefined): boolean => {
    if (!next) return false;
    wb.queries.setData('getGlossary', {}, next);
    setStale(true);
    return true;
  };

  const save = useCallback(async (next: GlossaryEntryView[]) => changed(await wb.track(() => wb.bridge.call('setGlossary', { entries: next }))), [wb]);

  const importText = useCallback(
    async (format: 'tbx' | 'csv', content: string) => {
      const before = entries.length;
      const next = await wb.track(() => wb.bridge.call('importGlossary', { format, content }));
      return changed(next) ? next!.length - before : null;
    },
    [wb, entries.length],
  );

  const exportAs = useCallback(
    async (format: 'tbx' | 'csv') => {
      const r = await wb.track(() => wb.bridge.call('exportGlossary', { format }));
      if (r) downloadText(r.fileName, r.content, format === 'tbx' ? 'application/x-tbx+xml' : 'text/csv');
      return r;
    },
    [wb],
  );

  return { entries, load, stale, setStale, reload, save, importText, exportAs };
}
