// React access to the ExportSession of the current bridge.
import { useSyncExternalStore } from 'react';
import { useStore } from '../../state/use-workbench.js';
import { exportSessionFor, type ExportSession, type ExportSessionState } from './export-session.js';

export function useExportSession(): { session: ExportSession; state: ExportSessionState } {
  const session = exportSessionFor(useStore().bridge);
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return { session, state };
}
