// A document's original and cleaned text with the edits between them; fetched again when this
// document's text changed (a fix, an edit, undo/redo: document-changed {id, text}) or was reloaded.
import { useEffect, useState } from 'react';
import type { ApiOutputs } from '../../../shared/api/contract.js';
import { useStore, useWorkbench } from '../../state/use-workbench.js';

export type CleanText = ApiOutputs['getCleanText'];

export function useCleanText(id: string, textVersion: unknown): CleanText | null {
  const store = useStore();
  // Only this document's text changes make it fetch again (document-changed {id, text}).
  const version = useWorkbench((s) => s.textVersions[id] ?? 0);
  const [clean, setClean] = useState<CleanText | null>(null);
  useEffect(() => {
    let live = true;
    store.bridge.call('getCleanText', { id }).then(
      (c) => live && setClean(c),
      // Without the cleaned text the view still shows the original (findings only): no notice.
      () => live && setClean(null),
    );
    return () => {
      live = false;
    };
  }, [store, id, version, textVersion]);
  return clean;
}
