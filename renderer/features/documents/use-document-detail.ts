// Loads one document's text and segments; reloads when its summary changes (new encoding, override).
import { useEffect, useState } from 'react';
import type { DocumentDetail, DocumentSummary } from '../../../shared/api/contract.js';
import { useStore } from '../../state/use-workbench.js';

export type DetailState = { status: 'loading' } | { status: 'ready'; detail: DocumentDetail } | { status: 'failed'; error: unknown };

export function useDocumentDetail(id: string, summary: DocumentSummary | undefined): DetailState {
  const store = useStore();
  const [state, setState] = useState<DetailState>({ status: 'loading' });
  const version = summary ? `${summary.encoding}|${summary.language}|${summary.chars}` : '';
  useEffect(() => {
    let live = true;
    store.bridge.call('getDocument', { id }).then(
      (detail) => live && setState({ status: 'ready', detail }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [store, id, version]);
  return state;
}
