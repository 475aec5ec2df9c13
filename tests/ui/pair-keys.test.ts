// The Pair view's keys: every command has its chord, none is a bare digit or punctuation (those
// need Shift on AZERTY), AltGr never fires a command, and undo/redo leave text fields alone.
import { describe, expect, it } from 'vitest';
import { matchPairKey } from '../../renderer/keyboard/pair-keys.js';
import { matchGlobalCommand, SHORTCUTS } from '../../renderer/keyboard/shortcuts.js';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('Pair view keys', () => {
  it('maps the documented chords', () => {
    expect(matchPairKey(key('ArrowDown'))).toBe('down');
    expect(matchPairKey(key('ArrowDown', { ctrlKey: true }))).toBe('mergeNext');
    expect(matchPairKey(key('ArrowUp', { metaKey: true }))).toBe('mergePrev');
    expect(matchPairKey(key('Enter', { ctrlKey: true }))).toBe('split');
    expect(matchPairKey(key('l', { ctrlKey: true }))).toBe('link');
    expect(matchPairKey(key('L', { ctrlKey: true, shiftKey: true }))).toBe('crossLink');
    expect(matchPairKey(key('i', { ctrlKey: true }))).toBe('detach');
    expect(matchPairKey(key('ArrowUp', { altKey: true }))).toBe('moveUp');
    expect(matchPairKey(key(' '))).toBe('confirm');
    expect(matchPairKey(key(' ', { ctrlKey: true }))).toBe('confirmAbove');
    expect(matchPairKey(key('n'))).toBe('nextDoubtful');
    expect(matchPairKey(key('N', { shiftKey: true }))).toBe('prevDoubtful');
    expect(matchPairKey(key('Enter'))).toBe('edit');
    expect(matchPairKey(key('Tab'))).toBe('nextSide');
    expect(matchPairKey(key('Tab', { shiftKey: true }))).toBe('prevSide');
  });

  it('no bare digit or punctuation is a command, and AltGr (Ctrl+Alt) never is', () => {
    for (const ch of '0123456789.,;:!?-+=/*()[]{}<>\'"&é§') {
      expect(matchPairKey(key(ch)), ch).toBeNull();
      expect(matchPairKey(key(ch, { shiftKey: true })), `Shift+${ch}`).toBeNull();
    }
    expect(matchPairKey(key('l', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(matchPairKey(key('ArrowDown', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('the ? overlay lists Pair view commands without bare digits or punctuation', () => {
    const pair = SHORTCUTS.filter((s) => s.group === 'pair');
    expect(pair.length).toBeGreaterThan(10);
    for (const s of SHORTCUTS) {
      for (const chord of s.chords) {
        const modified = chord.some((k) => 'name' in k && (k.name === 'ctrl' || k.name === 'alt'));
        for (const k of chord)
          if ('glyph' in k && s.id !== 'help') expect(modified || /^(\p{Lu}|[↑↓←→]|F\d+)$/u.test(k.glyph), `${s.id}: ${k.glyph}`).toBe(true);
      }
    }
  });

  it('undo and redo are global, but not while typing in a field', () => {
    expect(matchGlobalCommand(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(matchGlobalCommand(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(matchGlobalCommand(key('y', { metaKey: true }), false)).toBe('redo');
    expect(matchGlobalCommand(key('z', { ctrlKey: true }), true)).toBeNull();
  });
});
