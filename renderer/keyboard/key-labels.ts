// Key names for display (overlay, tooltips), in the UI language; Ctrl reads ⌘ on a Mac.
import type { TFunction } from 'i18next';
import { shortcut, type KeyToken, type ShortcutHelp } from './shortcuts.js';

export function keyLabel(t: TFunction, token: KeyToken, mac: boolean): string {
  if ('glyph' in token) return token.glyph;
  if (token.name === 'ctrl') return mac ? t('keys.names.cmd') : t('keys.names.ctrl');
  return t(`keys.names.${token.name}`);
}

/** "Ctrl+↓" or "Alt+↑ / Alt+↓": every chord of a shortcut, for a tooltip. */
export function shortcutText(t: TFunction, id: ShortcutHelp['id'], mac: boolean): string {
  const s = shortcut(id);
  if (!s) return '';
  return s.chords.map((chord) => chord.map((k) => keyLabel(t, k, mac)).join('+')).join(' / ');
}
