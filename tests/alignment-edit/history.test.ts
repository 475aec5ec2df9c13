import { describe, expect, it } from 'vitest';
import { MAX_HISTORY, activeRecords, canRedo, canUndo, emptyHistory, pushRecord, type TextEdit } from '../../shared/history/records';
import { applyEdits, effectiveEdits } from '../../shared/history/text-edits';

const te = (id: string, start: number, end: number, after: string): TextEdit => ({ id, at: '', label: 'x', kind: 'text', docId: 'd', start, end, before: '', after, source: 'manual' });

describe('edit history', () => {
  it('pushing after an undo drops what could have been redone', () => {
    let h = pushRecord(emptyHistory(), te('a', 0, 1, 'A'));
    h = pushRecord(h, te('b', 1, 2, 'B'));
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    h = { ...h, cursor: 1 };
    expect(canRedo(h)).toBe(true);
    expect(activeRecords(h).map((r) => r.id)).toEqual(['a']);
    h = pushRecord(h, te('c', 2, 3, 'C'));
    expect(h.records.map((r) => r.id)).toEqual(['a', 'c']);
    expect(h.cursor).toBe(2);
  });

  it('is bounded, but never forgets text edits (cleaned text is built from them)', () => {
    let h = emptyHistory();
    h = pushRecord(h, te('keep', 0, 1, 'x'));
    for (let i = 0; i < MAX_HISTORY + 10; i++) h = pushRecord(h, { id: `s${i}`, at: '', label: 's', kind: 'status', target: 't', before: null, after: 'x' });
    expect(h.records.length).toBe(MAX_HISTORY);
    expect(h.records[0]!.id).toBe('keep');
  });
});

describe('cleaned text from edits', () => {
  const text = 'said Flashing on Monday. Flashing added.';
  it('applies non-overlapping edits in original coordinates', () => {
    const edits = effectiveEdits([te('1', 25, 33, 'Blinken'), te('2', 5, 13, 'Blinken')]);
    expect(applyEdits(text, edits)).toBe('said Blinken on Monday. Blinken added.');
  });
  it('a later overlapping edit replaces the earlier one', () => {
    const edits = effectiveEdits([te('1', 5, 13, 'Blinkin'), te('2', 0, 13, 'said Blinken')]);
    expect(edits.map((e) => e.id)).toEqual(['2']);
    expect(applyEdits(text, edits)).toBe('said Blinken on Monday. Flashing added.');
  });
  it('applies only edits inside a range, to that range', () => {
    const edits = effectiveEdits([te('1', 5, 13, 'Blinken'), te('2', 25, 33, 'Blinken')]);
    expect(applyEdits(text, edits, 0, 24)).toBe('said Blinken on Monday.');
    expect(applyEdits(text, edits, 25, text.length)).toBe('Blinken added.');
  });
  it('deleting a span (boilerplate exclusion) is an edit to the empty string', () => {
    expect(applyEdits('keep. DROP ME. keep', effectiveEdits([te('1', 6, 15, '')]))).toBe('keep. keep');
  });
});
