// The findings panel's keys: J / K next / previous, A accept, R reject, E edit. Bare letters that
// need no Shift on QWERTY or AZERTY; never with Ctrl/Cmd/Alt (those belong to commands and AltGr).
import { readKey, type KeyLike } from '../../keyboard/key-chord.js';

export type FindingKeyCommand = 'next' | 'prev' | 'accept' | 'reject' | 'edit';

const KEYS: Record<string, FindingKeyCommand> = { j: 'next', k: 'prev', a: 'accept', r: 'reject', e: 'edit' };

/** `typing`: the focus is in a text field (keys type there); `dialogOpen`: a modal owns the keys. */
export function matchFindingKey(e: KeyLike, typing: boolean, dialogOpen: boolean): FindingKeyCommand | null {
  const k = readKey(e);
  if (typing || dialogOpen || k.composing || !k.bare) return null;
  return KEYS[k.key] ?? null;
}
