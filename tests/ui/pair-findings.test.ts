// Findings and revealed spans in the Pair view's sentences: original-text offsets moved into a
// sentence (through the fixes made inside it), the sentence holding a span, and the cut of a
// sentence's diff runs by findings and by the revealed span.
import { describe, expect, it } from 'vitest';
import type { SentenceView } from '../../shared/api/contract.js';
import type { CleanEdit } from '../../renderer/features/findings/text-marks.js';
import { findingsBySentence, locateReveal, sentenceAt, sentenceMarks, sentenceSpan } from '../../renderer/features/pairs/sentence-marks.js';
import type { Piece } from '../../renderer/features/pairs/text-pieces.js';
import { finding } from './findings-fixtures.js';
import { alignmentView, bead } from './pair-fixtures.js';

// Original text: "Hello there. The minister said Flashing at a press conference. Bye."
const ORIGINAL = 'Hello there. The minister said Flashing at a press conference. Bye.';
const at = (s: string) => ORIGINAL.indexOf(s);
const sentence = (s: string, text = s): SentenceView => ({ start: at(s), end: at(s) + s.length, text, edited: text !== s });
const S1 = sentence('Hello there.');
const S2 = sentence('The minister said Flashing at a press conference.');
const S3 = sentence('Bye.');
const span = (s: string) => ({ start: at(s), end: at(s) + s.length });

describe('sentenceSpan', () => {
  it('moves a span into an unedited sentence', () => {
    expect(sentenceSpan(S2, [], span('Flashing'))).toEqual({ start: 'The minister said '.length, end: 'The minister said Flashing'.length });
    expect(sentenceSpan(S1, [], span('Flashing'))).toBeNull();
  });

  it('counts the fixes made earlier in the sentence, and maps a fixed span onto its replacement', () => {
    const fix: CleanEdit = { ...span('minister'), before: 'minister', after: 'Secretary of State', source: 'manual' };
    const edited = sentence('The minister said Flashing at a press conference.', 'The Secretary of State said Flashing at a press conference.');
    const local = sentenceSpan(edited, [fix], span('Flashing'))!;
    expect(edited.text.slice(local.start, local.end)).toBe('Flashing');
    const fixed = sentenceSpan(edited, [fix], span('minister'))!;
    expect(edited.text.slice(fixed.start, fixed.end)).toBe('Secretary of State');
    // An open finding over changed text is not shown (strict).
    expect(sentenceSpan(edited, [fix], span('minister'), true)).toBeNull();
  });
});

describe('sentenceAt', () => {
  it('finds the sentence holding the start of a span, or -1 in the space between two', () => {
    const list = [S1, S2, S3];
    expect(sentenceAt(list, span('Flashing'))).toBe(1);
    expect(sentenceAt(list, span('Hello'))).toBe(0);
    expect(sentenceAt(list, span('Bye'))).toBe(2);
    expect(sentenceAt(list, { start: S1.end, end: S1.end + 1 })).toBe(-1);
  });
});

describe('findingsBySentence and sentenceMarks', () => {
  it('indexes open findings by sentence in sentence coordinates', () => {
    const open = finding({ ...span('Flashing'), text: 'Flashing' });
    const done = finding({ ...span('Bye'), status: 'accepted' });
    const map = findingsBySentence([S1, S2, S3], [open, done], []);
    expect([...map.keys()]).toEqual([1]);
    const f = map.get(1)![0]!;
    expect(S2.text.slice(f.start, f.end)).toBe('Flashing');
  });

  it('cuts the diff runs by findings and by the revealed span', () => {
    const text = S2.text;
    const pieces: Piece[] = [
      { text: 'The minister said ', kind: 'same' },
      { text: 'Flashing at', kind: 'removed' },
      { text: ' a press conference.', kind: 'same' },
    ];
    const f = findingsBySentence([S2], [finding({ ...span('Flashing'), text: 'Flashing' })], []).get(0)!;
    const local = sentenceSpan(S2, [], span('Flashing'))!;
    const marks = sentenceMarks(text, pieces, f, local);
    expect(marks.map((m) => m.pieces.map((p) => `${p.kind}:${p.text}`).join('|'))).toEqual([
      'same:The minister said ',
      'removed:Flashing',
      'removed: at|same: a press conference.',
    ]);
    expect(marks.map((m) => [m.findings.length, m.revealed])).toEqual([
      [0, false],
      [1, true],
      [0, false],
    ]);
    // A revealed span without a finding (already fixed) is cut out on its own.
    const plain = sentenceMarks(text, pieces, [], sentenceSpan(S2, [], span('press'))!);
    expect(plain.filter((m) => m.revealed).map((m) => m.pieces.map((p) => p.text).join(''))).toEqual(['press']);
    expect(plain.map((m) => m.pieces.map((p) => p.text).join('')).join('')).toBe(text);
  });
});

describe('locateReveal', () => {
  it('finds the side, sentence and bead of a span in one of the pair’s documents', () => {
    const view = alignmentView([bead([0], [0]), bead([1], [1, 2])], 2, 3);
    const side = view.tgt;
    const s = side.sentences[1]!;
    const r = locateReveal(view, { docId: side.docId, start: s.start + 1, end: s.start + 3, findingId: null, seq: 4 }, { src: [], tgt: [] });
    expect(r).toMatchObject({ side: 'tgt', index: 1, span: { start: 1, end: 3 }, seq: 4 });
    expect(view.beads[r!.bead]!.tgt[r!.position]).toBe(1);
    expect(locateReveal(view, { docId: 'd_other', start: 0, end: 1, findingId: null, seq: 5 }, { src: [], tgt: [] })).toBeNull();
  });
});
