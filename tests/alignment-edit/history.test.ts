import { describe, expect, it } from 'vitest';
import { MAX_HISTORY, activeRecords, canRedo, canUndo, compact, emptyHistory, pushRecord, type TextEdit } from '../../shared/history/records';
import { applyEdits, effectiveEdits } from '../../shared/history/text-edits';

const te = (id: string, start: number, end: number, after: string): TextEdit => ({
  id,
  at: '',
  label: 'x',
  kind: 'text',
  docId: 'd',
  start,
  end,
  before: '',
  after,
  source: 'manual',
});

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

  it('is bounded: old records are folded into a snapshot that stays in effect, whatever their kind', () => {
    let h = emptyHistory();
    h = pushRecord(h, te('keep', 0, 1, 'x'));
    // An "apply to all" batch and a finding rejection must stay in effect exactly like a text edit.
    h = pushRecord(h, { id: 'batch', at: '', label: 'apply-to-all:2', kind: 'batch', records: [te('b1', 2, 3, 'y'), te('b2', 4, 5, 'z')] });
    h = pushRecord(h, { id: 'rej', at: '', label: 'reject', kind: 'status', target: 'finding:f1', before: 'open', after: 'rejected' });
    h = pushRecord(h, { id: 'pair', at: '', label: 'pair', kind: 'status', target: 'pair:p_00000000', before: 'suggested', after: 'confirmed' });
    for (let i = 0; i < MAX_HISTORY + 10; i++)
      h = pushRecord(h, { id: `s${i}`, at: '', label: 's', kind: 'status', target: 'finding:t', before: null, after: 'x' });
    expect(h.records.length).toBe(MAX_HISTORY);
    expect(h.cursor).toBe(MAX_HISTORY);
    const ids = activeRecords(h).map((r) => r.id);
    for (const id of ['keep', 'b1', 'b2', 'rej', 's0', `s${MAX_HISTORY + 9}`]) expect(ids).toContain(id);
    // A pair decision lives in the pair list already: folding it loses nothing.
    expect(ids).not.toContain('pair');
    expect(activeRecords(h).length).toBe(4 + MAX_HISTORY + 10);
  });

  it('never folds records that were undone (they can still be redone)', () => {
    let h = emptyHistory();
    for (let i = 0; i < 5; i++) h = pushRecord(h, te(`t${i}`, i, i + 1, 'x'), 3);
    expect(h.records.map((r) => r.id)).toEqual(['t2', 't3', 't4']);
    expect(h.base?.map((r) => r.id)).toEqual(['t0', 't1']);
    h = { ...h, cursor: 1 };
    h = compact(h, 0);
    expect(h.records.map((r) => r.id)).toEqual(['t3', 't4']);
    expect(h.cursor).toBe(0);
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
