// The findings panel's keys: J / K next / previous, A accept, R reject, E edit. Bare letters that
// need no Shift on QWERTY or AZERTY; never with Ctrl/Cmd/Alt (those belong to commands and AltGr).
export type FindingKeyCommand = 'next' | 'prev' | 'accept' | 'reject' | 'edit';

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

const KEYS: Record<string, FindingKeyCommand> = { j: 'next', k: 'prev', a: 'accept', r: 'reject', e: 'edit' };

/** `typing`: the focus is in a text field (keys type there); `dialogOpen`: a modal owns the keys. */
export function matchFindingKey(e: KeyLike, typing: boolean, dialogOpen: boolean): FindingKeyCommand | null {
  if (typing || dialogOpen || e.isComposing) return null;
  if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return null;
  return KEYS[e.key.toLowerCase()] ?? null;
}
