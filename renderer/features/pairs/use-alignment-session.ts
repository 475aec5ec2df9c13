// React access to one pair's AlignmentSession: created per pair id, started and stopped with the view.
import { useEffect, useState } from 'react';
import { useSelect } from '../../state/use-select.js';
import { useStore } from '../../state/use-workbench.js';
import { AlignmentSession, type SessionState } from './alignment-session.js';

const whole = (s: SessionState) => s;

export function useAlignmentSession(pairId: string): { session: AlignmentSession; state: SessionState } {
  const store = useStore();
  const [session] = useState(() => new AlignmentSession(store, pairId));
  useEffect(() => session.start(), [session]);
  const state = useSelect(session.states, whole);
  return { session, state };
}
