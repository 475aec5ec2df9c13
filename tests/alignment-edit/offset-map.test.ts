import { describe, expect, it } from 'vitest';
import { buildOffsetMap } from '../../shared/history/offset-map';
import { applyEdits, effectiveEdits } from '../../shared/history/text-edits';
import type { TextEdit } from '../../shared/history/records';

const te = (start: number, end: number, after: string): TextEdit => ({
  id: `${start}`,
  at: '',
  label: '',
  kind: 'text',
  docId: 'd',
  start,
  end,
  before: '',
  after,
  source: 'x',
});

describe('offset map between original and cleaned text', () => {
  const original = 'said Flashing on Monday. DROP. Flashing added.';
  const edits = effectiveEdits([te(5, 13, 'Blinken'), te(25, 31, ''), te(31, 39, 'Blinken')]);
  const map = buildOffsetMap(original, edits);

  it('builds the same cleaned text as applyEdits', () => {
    expect(map.cleaned).toBe(applyEdits(original, edits));
    expect(map.cleaned).toBe('said Blinken on Monday. Blinken added.');
  });

  it('maps spans outside edits exactly, and spans inside replacements to the edit span', () => {
    const c = map.cleaned;
    const mon = c.indexOf('Monday');
    expect(original.slice(map.toOriginal(mon, 'start'), map.toOriginal(mon + 6, 'end'))).toBe('Monday');
    const added = c.indexOf('added');
    expect(original.slice(map.toOriginal(added, 'start'), map.toOriginal(added + 5, 'end'))).toBe('added');
    const bl = c.indexOf('Blinken');
    expect([map.toOriginal(bl, 'start'), map.toOriginal(bl + 7, 'end')]).toEqual([5, 13]);
    expect(map.toCleaned(original.indexOf('Monday'))).toBe(mon);
    expect(map.toCleaned(original.indexOf('added'))).toBe(added);
  });

  it('with no edits the map is the identity', () => {
    const m = buildOffsetMap('abc', []);
    expect(m.cleaned).toBe('abc');
    for (let i = 0; i <= 3; i++) {
      expect(m.toOriginal(i, 'start')).toBe(i);
      expect(m.toCleaned(i)).toBe(i);
    }
  });
});
