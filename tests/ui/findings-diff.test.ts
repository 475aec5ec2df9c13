// The fix shown as a diff: word-level parts, exclusion, invisible characters, context clipping.
import { describe, expect, it } from 'vitest';
import { clipContext, diffParts, fixDiff, showInvisible } from '../../renderer/features/findings/finding-diff.js';

describe('diffParts', () => {
  it('marks only the changed word', () => {
    expect(diffParts('said Flashing at', 'said Blinken at')).toEqual([
      { kind: 'same', text: 'said ' },
      { kind: 'removed', text: 'Flashing' },
      { kind: 'added', text: 'Blinken' },
      { kind: 'same', text: ' at' },
    ]);
  });
  it('a quote moved across a space', () => {
    const parts = diffParts(', “Blinken', ',” Blinken');
    expect(
      parts
        .filter((p) => p.kind === 'same')
        .map((p) => p.text)
        .join(''),
    ).toContain('Blinken');
    expect(parts.map((p) => (p.kind === 'added' ? '' : p.text)).join('')).toBe(', “Blinken');
    expect(parts.map((p) => (p.kind === 'removed' ? '' : p.text)).join('')).toBe(',” Blinken');
  });
  it('a removal and an insertion are one part each', () => {
    expect(diffParts('Olivier Hoslet | Reuters', '')).toEqual([{ kind: 'removed', text: 'Olivier Hoslet | Reuters' }]);
    expect(diffParts('', ' ')).toEqual([{ kind: 'added', text: ' ' }]);
    expect(diffParts('same', 'same')).toEqual([{ kind: 'same', text: 'same' }]);
  });
  it('very long spans are shown whole, not word by word', () => {
    const long = 'word '.repeat(500);
    expect(diffParts(long, `${long}x`)).toEqual([
      { kind: 'removed', text: long },
      { kind: 'added', text: `${long}x` },
    ]);
  });
});

describe('fixDiff', () => {
  it('keeps the context and flags an empty suggestion as an exclusion', () => {
    const d = fixDiff({ before: 'A ', after: ' B' }, 'debris', '');
    expect(d).toEqual({ before: 'A ', parts: [{ kind: 'removed', text: 'debris' }], after: ' B', exclude: true });
    expect(fixDiff({ before: '', after: '' }, 'a', 'b').exclude).toBe(false);
  });
});

describe('showInvisible', () => {
  it('shows no-break spaces, space-only pieces and line breaks', () => {
    expect(showInvisible('\u00a0')).toBe('⍽');
    expect(showInvisible('«\u202fmot')).toBe('«⍽mot');
    expect(showInvisible('  ')).toBe('␣␣');
    expect(showInvisible('a b')).toBe('a b');
    expect(showInvisible('\n')).toBe('↵');
  });
});

describe('clipContext', () => {
  it('cuts long context at a word boundary with an ellipsis', () => {
    const c = clipContext({ before: 'one two three four five', after: 'six seven eight nine ten' }, 10);
    expect(c.before).toBe('…four five');
    expect(c.after).toBe('six seven…');
  });
  it('drops the word the core cut in half (its context stops at 60 characters)', () => {
    const before = `${'x'.repeat(50)}ing the end`;
    expect(before.length).toBe(61);
    expect(clipContext({ before: before.slice(1), after: '' }, 80).before).toBe(`…the end`);
  });
  it('leaves short context alone', () => {
    expect(clipContext({ before: 'said ', after: ' at' }, 40)).toEqual({ before: 'said ', after: ' at' });
  });
});
