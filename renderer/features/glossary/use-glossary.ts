// The glossary as the view edits it: loaded once, then replaced by what each save returns. Every
// change marks the checks as stale until they run again.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GlossaryEntryView } from '../../../shared/api/contract.js';
import { useStore, useWorkbench } from '../../state/use-workbench.js';
import { downloadText } from './download.js';

export type GlossaryLoad = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; error: unknown };

export function useGlossary() {
  const wb = useStore();
  const [entries, setEntries] = useState<GlossaryEntryView[]>([]);
  const [load, setLoad] = useState<GlossaryLoad>({ status: 'loading' });
  const [stale, setStale] = useState(false);

  const reload = useCallback(() => {
    setLoad({ status: 'loading' });
    wb.bridge.call('getGlossary', {}).then(
      (e) => {
        setEntries(e);
        setLoad({ status: 'ready' });
      },
      (error: unknown) => setLoad({ status: 'failed', error }),
    );
  }, [wb]);
  useEffect(reload, [reload]);
  // Changed elsewhere (a name added from a finding, a replace): fetched again, without a loading state.
  const version = useWorkbench((s) => s.glossaryVersion);
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    wb.bridge.call('getGlossary', {}).then(setEntries, () => undefined);
  }, [wb, version]);

  const changed = (next: GlossaryEntryView[] | undefined): boolean => {
    if (!next) return false;
    setEntries(next);
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
