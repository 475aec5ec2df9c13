// Applying server patches to the Pair view's bead list: the change lands, untouched beads keep
// their identity (so their rows stay memoised), and a repeated or out-of-date patch is detected.
import { describe, expect, it } from 'vitest';
import { applyChange, mergeWithNext, splitBead, setConfirmed, type AlignmentChange } from '../../shared/alignment/index.js';
import type { AlignmentPatch } from '../../shared/api/contract.js';
import { applyPatch } from '../../renderer/features/pairs/alignment-patch.js';
import { alignmentView, bead } from './pair-fixtures.js';

const PAIR = 'p_0123456789abcdef';
const patchOf = (c: AlignmentChange & { kind: 'beads' }, crossLinks = []): AlignmentPatch => ({
  pairId: PAIR,
  start: c.start,
  deleteCount: c.before.length,
  insert: c.after,
  crossLinks,
});

function view() {
  return alignmentView([bead([0], [0]), bead([1], [1]), bead([2], []), bead([], [2]), bead([3], [3])], 4, 4);
}

describe('applyPatch', () => {
  it('replaces the changed range and keeps the other beads (same objects)', () => {
    const v = view();
    const change = mergeWithNext(v, 1) as AlignmentChange & { kind: 'beads' };
    const r = applyPatch(v, patchOf(change));
    expect(r.outcome).toBe('applied');
    expect(r.view.beads).toEqual(applyChange(v, change).beads);
    expect(r.view.beads[0]).toBe(v.beads[0]);
    expect(r.view.beads.at(-1)).toBe(v.beads.at(-1));
    expect(r.view.src).toBe(v.src);
    expect(r.view.crossLinks).toBe(v.crossLinks);
  });

  it('recognises the same patch arriving twice (answer and broadcast) and leaves the beads alone', () => {
    const v = view();
    const p = patchOf(splitBead(v, 0, 1, 0) as AlignmentChange & { kind: 'beads' });
    const once = applyPatch(v, p).view;
    const twice = applyPatch(once, p);
    expect(twice.outcome).toBe('duplicate');
    expect(twice.view).toBe(once);
    const confirm = patchOf(setConfirmed(v, 2, true) as AlignmentChange & { kind: 'beads' });
    const c1 = applyPatch(v, confirm).view;
    expect(applyPatch(c1, confirm).view).toBe(c1);
  });

  it('reports a patch that does not fit the beads it would replace as stale', () => {
    const v = view();
    const p = patchOf(mergeWithNext(v, 0) as AlignmentChange & { kind: 'beads' });
    const shifted = { ...v, beads: v.beads.slice(1).concat() };
    expect(applyPatch(shifted, p).outcome).toBe('stale');
    expect(applyPatch(v, { ...p, start: 4, deleteCount: 2 }).outcome).toBe('stale');
  });

  it('applies sentence texts and crossing links, keeping unchanged sentences', () => {
    const v = view();
    const edited = { ...v.tgt.sentences[2]!, text: 'Target two, edited.', edited: true };
    const r = applyPatch(v, {
      pairId: PAIR,
      start: 0,
      deleteCount: 0,
      insert: [],
      crossLinks: [{ src: 0, tgt: 3, confirmed: true }],
      sentences: [
        { side: 'tgt', index: 2, sentence: edited },
        { side: 'src', index: 1, sentence: v.src.sentences[1]! },
      ],
    });
    expect(r.outcome).toBe('applied');
    expect(r.view.tgt.sentences[2]).toBe(edited);
    expect(r.view.tgt.sentences[0]).toBe(v.tgt.sentences[0]);
    expect(r.view.src).toBe(v.src);
    expect(r.view.crossLinks).toEqual([{ src: 0, tgt: 3, confirmed: true }]);
    expect(r.view.beads).toBe(v.beads);
  });

  it('ignores patches for another pair', () => {
    const v = view();
    expect(applyPatch(v, { pairId: 'p_ffffffffffffffff', start: 0, deleteCount: 1, insert: [], crossLinks: [] }).outcome).toBe('other-pair');
  });

  it('costs O(changed) identities at 20,000 beads', () => {
    const n = 20_000;
    const big = alignmentView(
      Array.from({ length: n }, (_, i) => bead([i], [i])),
      n,
      n,
    );
    const change = mergeWithNext(big, 10_000) as AlignmentChange & { kind: 'beads' };
    const t0 = performance.now();
    const r = applyPatch(big, patchOf(change));
    expect(performance.now() - t0).toBeLessThan(50);
    expect(r.view.beads.length).toBe(n - 1);
    const reused = r.view.beads.filter((b, i) => b === big.beads[i < 10_000 ? i : i + 1]).length;
    expect(reused).toBe(n - 2);
  });
});
