// React access to one pair's AlignmentSession: created per pair id, started and stopped with the view.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useStore } from '../../state/use-workbench.js';
import { AlignmentSession, type SessionState } from './alignment-session.js';

export function useAlignmentSession(pairId: string): { session: AlignmentSession; state: SessionState } {
  const store = useStore();
  const [session] = useState(() => new AlignmentSession(store, pairId));
  useEffect(() => session.start(), [session]);
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return { session, state };
}
