import { describe, expect, it } from 'vitest';
import { matchGlobalCommand } from '../../renderer/keyboard/shortcuts.js';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('matchGlobalCommand', () => {
  it('Ctrl or Cmd with letters, case-insensitive (Shift changes the letter case)', () => {
    expect(matchGlobalCommand(key('o', { ctrlKey: true }), false)).toBe('addFiles');
    expect(matchGlobalCommand(key('O', { metaKey: true, shiftKey: true }), false)).toBe('addFolder');
    expect(matchGlobalCommand(key('f', { ctrlKey: true }), true)).toBe('find');
    expect(matchGlobalCommand(key('F', { ctrlKey: true, shiftKey: true }), false)).toBe('search');
    expect(matchGlobalCommand(key('F', { metaKey: true, shiftKey: true }), true)).toBe('search');
    expect(matchGlobalCommand(key('K', { ctrlKey: true, shiftKey: true }), false)).toBe('toggleFindings');
    expect(matchGlobalCommand(key('k', { ctrlKey: true }), false)).toBeNull();
  });
  it('? (Shift+, on AZERTY) and F1 open help, but not while typing', () => {
    expect(matchGlobalCommand(key('?', { shiftKey: true }), false)).toBe('help');
    expect(matchGlobalCommand(key('?', { shiftKey: true }), true)).toBeNull();
    expect(matchGlobalCommand(key('F1'), false)).toBe('help');
  });
  it('AltGr combinations (Ctrl+Alt on Windows) never trigger commands', () => {
    expect(matchGlobalCommand(key('o', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(matchGlobalCommand(key('o'), false)).toBeNull();
  });
});
