// React access to the ExportSession of the current bridge.
import { useSelect } from '../../state/use-select.js';
import { useStore } from '../../state/use-workbench.js';
import { exportSessionFor, type ExportSession, type ExportSessionState } from './export-session.js';

const whole = (s: ExportSessionState) => s;

export function useExportSession(): { session: ExportSession; state: ExportSessionState } {
  const session = exportSessionFor(useStore().bridge);
  const state = useSelect(session.store, whole);
  return { session, state };
}
