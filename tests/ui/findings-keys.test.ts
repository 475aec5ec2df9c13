// The findings panel's keys: bare J / K / A / R / E, never while typing, in a dialog, or with modifiers.
import { describe, expect, it } from 'vitest';
import { matchFindingKey } from '../../renderer/features/findings/finding-keys.js';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; isComposing: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('matchFindingKey', () => {
  it('maps the five letters (either case, e.g. Caps Lock)', () => {
    expect(['j', 'k', 'a', 'r', 'e'].map((k) => matchFindingKey(key(k), false, false))).toEqual(['next', 'prev', 'accept', 'reject', 'edit']);
    expect(matchFindingKey(key('J'), false, false)).toBe('next');
  });
  it('ignores other keys', () => {
    expect(matchFindingKey(key('n'), false, false)).toBeNull();
    expect(matchFindingKey(key('Enter'), false, false)).toBeNull();
  });
  it('leaves letters to text fields, dialogs and input methods', () => {
    expect(matchFindingKey(key('a'), true, false)).toBeNull();
    expect(matchFindingKey(key('a'), false, true)).toBeNull();
    expect(matchFindingKey(key('a', { isComposing: true }), false, false)).toBeNull();
  });
  it('never fires with Ctrl, Cmd, Alt (AltGr) or Shift', () => {
    for (const mod of ['ctrlKey', 'metaKey', 'altKey', 'shiftKey'] as const) expect(matchFindingKey(key('a', { [mod]: true }), false, false)).toBeNull();
  });
});
