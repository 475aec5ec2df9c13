// Every shortcut the UI answers to, described once: the `?` overlay lists these and the handlers
// match against them. Commands use Ctrl/Cmd + a letter so they work the same on AZERTY and QWERTY.

/** A key shown in the overlay: a named key (translated) or a glyph/letter shown as is. */
export type KeyToken = { name: 'ctrl' | 'shift' | 'space' | 'enter' | 'escape' | 'home' | 'end' | 'pageUp' | 'pageDown' } | { glyph: string };

export interface ShortcutHelp {
  id: 'help' | 'addFiles' | 'addFolder' | 'find' | 'rowMove' | 'rowEdges' | 'rowPage' | 'toggleReviewed' | 'open' | 'back';
  group: 'global' | 'table' | 'detail';
  /** Alternatives (e.g. ↑ or ↓); each is a chord of keys pressed together. */
  chords: KeyToken[][];
}

const ctrl: KeyToken = { name: 'ctrl' };
const shift: KeyToken = { name: 'shift' };
const g = (glyph: string): KeyToken => ({ glyph });

export const SHORTCUTS: readonly ShortcutHelp[] = [
  // `?` is Shift+, on AZERTY and Shift+/ on QWERTY; it is matched on the character, not the key.
  { id: 'help', group: 'global', chords: [[g('?')], [g('F1')]] },
  { id: 'addFiles', group: 'global', chords: [[ctrl, g('O')]] },
  { id: 'addFolder', group: 'global', chords: [[ctrl, shift, g('O')]] },
  { id: 'find', group: 'global', chords: [[ctrl, g('F')]] },
  { id: 'rowMove', group: 'table', chords: [[g('↑')], [g('↓')]] },
  { id: 'rowEdges', group: 'table', chords: [[{ name: 'home' }], [{ name: 'end' }]] },
  { id: 'rowPage', group: 'table', chords: [[{ name: 'pageUp' }], [{ name: 'pageDown' }]] },
  { id: 'toggleReviewed', group: 'table', chords: [[{ name: 'space' }]] },
  { id: 'open', group: 'table', chords: [[{ name: 'enter' }]] },
  { id: 'back', group: 'detail', chords: [[{ name: 'escape' }]] },
];

export type GlobalCommand = 'help' | 'addFiles' | 'addFolder' | 'find';

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Is the key typed into a text field? Then bare-character shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as Element;
  return el.closest('input:not([type=checkbox]):not([type=radio]):not([type=button]), textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

export function matchGlobalCommand(e: KeyLike, typing: boolean): GlobalCommand | null {
  const command = (e.ctrlKey || e.metaKey) && !e.altKey;
  const key = e.key.toLowerCase();
  if (command && key === 'o') return e.shiftKey ? 'addFolder' : 'addFiles';
  if (command && !e.shiftKey && key === 'f') return 'find';
  if (!command && !e.altKey && e.key === '?' && !typing) return 'help';
  // F1 is what Electron's Help menu uses; in a browser it works the same.
  if (!command && !e.altKey && !e.shiftKey && e.key === 'F1') return 'help';
  return null;
}

export function isMacPlatform(nav: { platform?: string; userAgent: string }): boolean {
  return /mac/i.test(nav.platform ?? '') || /Mac OS X/.test(nav.userAgent);
}
