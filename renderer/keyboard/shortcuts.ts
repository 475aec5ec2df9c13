// Every shortcut the UI answers to, described once: the `?` overlay lists these and the handlers
// match against them. Commands use Ctrl/Cmd + a letter so they work the same on AZERTY and QWERTY.
import { readKey, type KeyLike } from './key-chord.js';

/** A key shown in the overlay: a named key (translated) or a glyph/letter shown as is. */
export type KeyToken = { name: 'ctrl' | 'shift' | 'alt' | 'tab' | 'space' | 'enter' | 'escape' | 'home' | 'end' | 'pageUp' | 'pageDown' } | { glyph: string };

export interface ShortcutHelp {
  id:
    | 'help'
    | 'addFiles'
    | 'addFolder'
    | 'find'
    | 'search'
    | 'export'
    | 'undo'
    | 'redo'
    | 'rowMove'
    | 'rowEdges'
    | 'rowPage'
    | 'toggleReviewed'
    | 'open'
    | 'back'
    | 'toggleFindings'
    | FindingsShortcutId
    | PairShortcutId;
  group: 'global' | 'table' | 'detail' | 'pair' | 'findings';
  /** Alternatives (e.g. ↑ or ↓); each is a chord of keys pressed together. */
  chords: KeyToken[][];
}

export type PairShortcutId =
  | 'pairBead'
  | 'pairSentence'
  | 'pairSide'
  | 'pairMergePrev'
  | 'pairMergeNext'
  | 'pairSplit'
  | 'pairLink'
  | 'pairCrossLink'
  | 'pairDetach'
  | 'pairMove'
  | 'pairConfirm'
  | 'pairConfirmAbove'
  | 'pairNextDoubtful'
  | 'pairPrevDoubtful'
  | 'pairEdit'
  | 'pairEditSave'
  | 'pairEditCancel';

/** The findings panel's keys (bare letters, see finding-keys.ts). */
export type FindingsShortcutId = 'findingsStep' | 'findingsAccept' | 'findingsEdit' | 'findingsReject';

const ctrl: KeyToken = { name: 'ctrl' };
const shift: KeyToken = { name: 'shift' };
const alt: KeyToken = { name: 'alt' };
const enter: KeyToken = { name: 'enter' };
const space: KeyToken = { name: 'space' };
const g = (glyph: string): KeyToken => ({ glyph });

export const SHORTCUTS: readonly ShortcutHelp[] = [
  // `?` is Shift+, on AZERTY and Shift+/ on QWERTY; it is matched on the character, not the key.
  { id: 'help', group: 'global', chords: [[g('?')], [g('F1')]] },
  { id: 'addFiles', group: 'global', chords: [[ctrl, g('O')]] },
  { id: 'addFolder', group: 'global', chords: [[ctrl, shift, g('O')]] },
  { id: 'find', group: 'global', chords: [[ctrl, g('F')]] },
  { id: 'export', group: 'global', chords: [[ctrl, g('E')]] },
  { id: 'search', group: 'global', chords: [[ctrl, shift, g('F')]] },
  // Ctrl+Shift+F is the corpus search (as in code editors); K for the checks' findings.
  { id: 'toggleFindings', group: 'global', chords: [[ctrl, shift, g('K')]] },
  { id: 'undo', group: 'global', chords: [[ctrl, g('Z')]] },
  {
    id: 'redo',
    group: 'global',
    chords: [
      [ctrl, shift, g('Z')],
      [ctrl, g('Y')],
    ],
  },
  { id: 'rowMove', group: 'table', chords: [[g('↑')], [g('↓')]] },
  { id: 'rowEdges', group: 'table', chords: [[{ name: 'home' }], [{ name: 'end' }]] },
  { id: 'rowPage', group: 'table', chords: [[{ name: 'pageUp' }], [{ name: 'pageDown' }]] },
  { id: 'toggleReviewed', group: 'table', chords: [[{ name: 'space' }]] },
  { id: 'open', group: 'table', chords: [[{ name: 'enter' }]] },
  { id: 'back', group: 'detail', chords: [[{ name: 'escape' }]] },
  { id: 'pairBead', group: 'pair', chords: [[g('↑')], [g('↓')]] },
  {
    id: 'pairSentence',
    group: 'pair',
    chords: [
      [shift, g('↑')],
      [shift, g('↓')],
    ],
  },
  { id: 'pairSide', group: 'pair', chords: [[{ name: 'tab' }], [shift, { name: 'tab' }]] },
  { id: 'pairMergePrev', group: 'pair', chords: [[ctrl, g('↑')]] },
  { id: 'pairMergeNext', group: 'pair', chords: [[ctrl, g('↓')]] },
  { id: 'pairSplit', group: 'pair', chords: [[ctrl, enter]] },
  { id: 'pairLink', group: 'pair', chords: [[ctrl, g('L')]] },
  { id: 'pairCrossLink', group: 'pair', chords: [[ctrl, shift, g('L')]] },
  { id: 'pairDetach', group: 'pair', chords: [[ctrl, g('I')]] },
  {
    id: 'pairMove',
    group: 'pair',
    chords: [
      [alt, g('↑')],
      [alt, g('↓')],
    ],
  },
  { id: 'pairConfirm', group: 'pair', chords: [[space]] },
  { id: 'pairConfirmAbove', group: 'pair', chords: [[ctrl, space]] },
  { id: 'pairNextDoubtful', group: 'pair', chords: [[g('N')]] },
  { id: 'pairPrevDoubtful', group: 'pair', chords: [[shift, g('N')]] },
  { id: 'pairEdit', group: 'pair', chords: [[enter]] },
  { id: 'pairEditSave', group: 'pair', chords: [[enter], [ctrl, enter]] },
  { id: 'pairEditCancel', group: 'pair', chords: [[{ name: 'escape' }]] },
  { id: 'findingsStep', group: 'findings', chords: [[g('J')], [g('K')]] },
  { id: 'findingsAccept', group: 'findings', chords: [[g('A')]] },
  { id: 'findingsEdit', group: 'findings', chords: [[g('E')]] },
  { id: 'findingsReject', group: 'findings', chords: [[g('R')]] },
];

export function shortcut(id: ShortcutHelp['id']): ShortcutHelp | undefined {
  return SHORTCUTS.find((s) => s.id === id);
}

export type GlobalCommand = 'help' | 'addFiles' | 'addFolder' | 'find' | 'search' | 'toggleFindings' | 'export' | 'undo' | 'redo';

/** Is the key typed into a text field? Then bare-character shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as Element;
  return (
    el.closest('input:not([type=checkbox]):not([type=radio]):not([type=button]), textarea, select, [contenteditable=""], [contenteditable="true"]') !== null
  );
}

export function matchGlobalCommand(e: KeyLike, typing: boolean): GlobalCommand | null {
  const { key, cmd, alt, shift, bare } = readKey(e);
  const command = cmd && !alt;
  if (command && key === 'o') return shift ? 'addFolder' : 'addFiles';
  if (command && key === 'f') return shift ? 'search' : 'find';
  if (command && shift && key === 'k') return 'toggleFindings';
  if (command && !shift && key === 'e') return 'export';
  // While typing, Ctrl+Z undoes the typing (the browser's own undo), not the project's last change.
  if (command && !typing && key === 'z') return shift ? 'redo' : 'undo';
  if (command && !typing && !shift && key === 'y') return 'redo';
  if (!cmd && !alt && key === '?' && !typing) return 'help';
  // F1 is what Electron's Help menu uses; in a browser it works the same.
  if (bare && key === 'F1') return 'help';
  return null;
}

export function isMacPlatform(nav: { platform?: string; userAgent: string }): boolean {
  return /mac/i.test(nav.platform ?? '') || /Mac OS X/.test(nav.userAgent);
}
