// The Pair view's keys (listed in SHORTCUTS for the `?` overlay). Commands use Ctrl/Cmd or Alt
// with letters, arrows, Enter and Space; the only bare letter is N, which needs no Shift on AZERTY.
import { readKey, type KeyLike } from './key-chord.js';
import type { EditCommand } from '../features/pairs/bead-commands.js';

export type PairKeyCommand =
  | EditCommand
  | 'up'
  | 'down'
  | 'home'
  | 'end'
  | 'pageUp'
  | 'pageDown'
  | 'sentenceUp'
  | 'sentenceDown'
  | 'nextSide'
  | 'prevSide'
  | 'crossLink'
  | 'nextDoubtful'
  | 'prevDoubtful'
  | 'edit'
  | 'escape';

export function matchPairKey(e: KeyLike): PairKeyCommand | null {
  const { key, cmd, alt, shift, altGr } = readKey(e);
  if (altGr) return null;
  if (alt) {
    if (shift) return null;
    return key === 'ArrowUp' ? 'moveUp' : key === 'ArrowDown' ? 'moveDown' : null;
  }
  if (cmd) {
    if (shift) return key === 'l' ? 'crossLink' : null;
    switch (key) {
      case 'ArrowUp':
        return 'mergePrev';
      case 'ArrowDown':
        return 'mergeNext';
      case 'Enter':
        return 'split';
      case 'l':
        return 'link';
      case 'i':
        return 'detach';
      case ' ':
        return 'confirmAbove';
      default:
        return null;
    }
  }
  if (shift) {
    if (key === 'ArrowUp') return 'sentenceUp';
    if (key === 'ArrowDown') return 'sentenceDown';
    if (key === 'Tab') return 'prevSide';
    if (key === 'n') return 'prevDoubtful';
    return null;
  }
  const bare: Record<string, PairKeyCommand> = {
    ArrowUp: 'up',
    ArrowDown: 'down',
    Home: 'home',
    End: 'end',
    PageUp: 'pageUp',
    PageDown: 'pageDown',
    Tab: 'nextSide',
    ' ': 'confirm',
    n: 'nextDoubtful',
    Enter: 'edit',
    Escape: 'escape',
  };
  return bare[key] ?? null;
}
