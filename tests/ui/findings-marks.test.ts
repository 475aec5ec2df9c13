// Cutting a document block into marked pieces: open findings, fixes, removed text, both text modes.
import { describe, expect, it } from 'vitest';
import { cleanedFromPieces, markPieces, touches, trimmedRange, type CleanEdit } from '../../renderer/features/findings/text-marks.js';
import { finding } from './findings-fixtures.js';

const TEXT = 'said Flashing at a press conference. Photo: Reuters';
const at = (s: string) => TEXT.indexOf(s);
const span = (s: string) => ({ start: at(s), end: at(s) + s.length, text: s });
const edit = (s: string, after: string, findingId?: string): CleanEdit => ({ ...span(s), before: s, after, source: 'x', ...(findingId ? { findingId } : {}) });
const shape = (ps: ReturnType<typeof markPieces>) => ps.map((p) => `${p.kind}:${p.text}`);

describe('markPieces', () => {
  it('underlines open findings and leaves the rest as text', () => {
    const f = finding({ ...span('Flashing'), suggestions: ['Blinken'] });
    expect(shape(markPieces(TEXT, 0, TEXT.length, [f], [], 'original'))).toEqual(['text:said ', 'finding:Flashing', `text:${TEXT.slice(at(' at'))}`]);
  });

  it('does not underline settled findings', () => {
    const f = finding({ ...span('Flashing'), status: 'rejected' });
    expect(shape(markPieces(TEXT, 0, TEXT.length, [f], [], 'original'))).toEqual([`text:${TEXT}`]);
  });

  it('splits overlapping findings, the most severe first on the shared part', () => {
    const wide = finding({ ...span('Flashing at'), severity: 'info' });
    const narrow = finding({ ...span('Flashing'), severity: 'error' });
    const ps = markPieces(TEXT, 0, 20, [wide, narrow], [], 'original');
    expect(shape(ps)).toEqual(['text:said ', 'finding:Flashing', 'finding: at', 'text: a p']);
    const shared = ps[1]!;
    expect(shared.kind === 'finding' && shared.findings.map((f) => f.id)).toEqual([narrow.id, wide.id]);
  });

  it('original view: a fix is marked over the original text, a removal is struck (kept visible)', () => {
    const fixed = finding({ ...span('Flashing'), status: 'accepted', appliedText: 'Blinken' });
    const ps = markPieces(TEXT, 0, TEXT.length, [fixed], [edit('Flashing', 'Blinken', fixed.id), edit('Photo: Reuters', '')], 'original');
    expect(shape(ps)).toEqual(['text:said ', 'fixed:Flashing', 'text: at a press conference. ', 'excluded:Photo: Reuters']);
    expect(ps[1]!.kind === 'fixed' && ps[1]!.findingId).toBe(fixed.id);
    // A fix is linked to the finding it names, never to another finding on the same span.
    const other = finding({ ...span('Flashing'), status: 'accepted' });
    const byHand = markPieces(TEXT, 0, TEXT.length, [other], [edit('Flashing', 'Blinken')], 'original');
    expect(byHand[1]!.kind === 'fixed' && byHand[1]!.findingId).toBeNull();
  });

  it('cleaned view: the replacement is shown, removed text is a marker only', () => {
    const ps = markPieces(TEXT, 0, TEXT.length, [], [edit('Flashing', 'Blinken'), edit('Photo: Reuters', '')], 'cleaned');
    expect(shape(ps)).toEqual(['text:said ', 'fixed:Blinken', 'text: at a press conference. ', 'hidden:']);
    expect(cleanedFromPieces(ps)).toBe('said Blinken at a press conference. ');
  });

  it('an open finding inside a fixed span is not shown (the fix replaced that text)', () => {
    const f = finding({ ...span('Flash') });
    expect(shape(markPieces(TEXT, 0, 14, [f], [edit('Flashing', 'Blinken')], 'original'))).toEqual(['text:said ', 'fixed:Flashing', 'text: ']);
  });

  it('an insertion shows as a marker in the original view and as text in the cleaned view', () => {
    const ins: CleanEdit = { start: 4, end: 4, before: '', after: ',', source: 'manual' };
    expect(shape(markPieces(TEXT, 0, 13, [], [ins], 'original'))).toEqual(['text:said', 'fixed:', 'text: Flashing']);
    expect(cleanedFromPieces(markPieces(TEXT, 0, 13, [], [ins], 'cleaned'))).toBe('said, Flashing');
  });

  it('a fix that spans two blocks shows its replacement once, where it starts', () => {
    const e = edit('Flashing at', 'Blinken at');
    const first = markPieces(TEXT, 0, at(' at') + 1, [], [e], 'cleaned');
    const second = markPieces(TEXT, at(' at') + 1, TEXT.length, [], [e], 'cleaned');
    expect(cleanedFromPieces([...first, ...second])).toBe(`said Blinken at${TEXT.slice(at(' a press'))}`);
  });
});

describe('trimmedRange and touches', () => {
  it('skips the whitespace around a block', () => {
    expect(trimmedRange('  ab \n', 0, 6)).toEqual({ start: 2, end: 4 });
  });
  it('a piece touches a span it overlaps, and an empty span where it sits', () => {
    expect(touches({ start: 0, end: 5 }, { start: 4, end: 8 })).toBe(true);
    expect(touches({ start: 0, end: 5 }, { start: 5, end: 8 })).toBe(false);
    expect(touches({ start: 0, end: 5 }, { start: 5, end: 5 })).toBe(true);
  });
});
