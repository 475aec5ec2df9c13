// Moving through the Pair grid and choosing the operation for a command: doubtful-bead
// navigation, the "doubtful only" filter, link/unlink on gaps, and where a split falls.
import { describe, expect, it } from 'vitest';
import { opFor, splitCounts } from '../../renderer/features/pairs/bead-commands.js';
import { doubtfulIndices, findDoubtful, isDoubtful } from '../../renderer/features/pairs/doubtful.js';
import { clampFocus, navigate, rowOf } from '../../renderer/features/pairs/grid-nav.js';
import { bead } from './pair-fixtures.js';

const beads = [bead([0], [0], 0.9), bead([1], [1], 0.2), bead([2], [], 0.3, true), bead([], [2], 0.4), bead([3, 4], [3], 0.95), bead([5], [4], 0.1)];
const at = (b: number, side: 'src' | 'tgt' = 'src', sentence = 0) => ({ bead: b, side, sentence });

describe('doubtful beads', () => {
  it('are the unconfirmed ones below the threshold', () => {
    expect(beads.map(isDoubtful)).toEqual([false, true, false, true, false, true]);
    expect(doubtfulIndices(beads)).toEqual([1, 3, 5]);
  });

  it('N and Shift+N find the next and previous, and say when there is none', () => {
    expect(findDoubtful(beads, 0, 1)).toBe(1);
    expect(findDoubtful(beads, 1, 1)).toBe(3);
    expect(findDoubtful(beads, 5, 1)).toBe(-1);
    expect(findDoubtful(beads, 5, -1)).toBe(3);
    expect(findDoubtful(beads, 1, -1)).toBe(-1);
  });

  it('with the filter on, ↑/↓ walk only the shown rows', () => {
    const rows = doubtfulIndices(beads);
    expect(navigate('down', at(1), beads, rows, 5).bead).toBe(3);
    expect(navigate('down', at(5), beads, rows, 5).bead).toBe(5);
    expect(navigate('up', at(3), beads, rows, 5).bead).toBe(1);
    // A focused bead that the filter hides: the next shown row stands for it.
    expect(rowOf(2, rows)).toBe(1);
    expect(navigate('end', at(0), beads, null, 5).bead).toBe(5);
  });

  it('Tab switches sides and the focus stays valid after the beads change', () => {
    expect(navigate('nextSide', at(4, 'src', 1), beads, null, 5)).toEqual(at(4, 'tgt', 0));
    expect(navigate('sentenceDown', at(4), beads, null, 5).sentence).toBe(1);
    expect(navigate('sentenceDown', at(4, 'src', 1), beads, null, 5).sentence).toBe(1);
    expect(clampFocus(at(9, 'src', 3), beads)).toEqual(at(5, 'src', 0));
  });
});

describe('commands on the focused bead', () => {
  it('Ctrl+L unlinks a linked bead and links a gap with the opposite gap next to it', () => {
    expect(opFor('link', beads, at(1))).toEqual({ type: 'unlink', bead: 1 });
    expect(opFor('link', beads, at(2))).toEqual({ type: 'merge-range', from: 2, to: 3 });
    expect(opFor('link', beads, at(3, 'tgt'))).toEqual({ type: 'merge-range', from: 2, to: 3 });
    expect(opFor('link', [bead([0], []), bead([1], [])], at(0))).toEqual({ cannot: 'link' });
  });

  it('merges, confirms and refuses what cannot apply', () => {
    expect(opFor('mergeNext', beads, at(5))).toEqual({ cannot: 'merge' });
    expect(opFor('mergePrev', beads, at(0))).toEqual({ cannot: 'merge' });
    expect(opFor('mergePrev', beads, at(2))).toEqual({ type: 'merge-prev', bead: 2 });
    expect(opFor('confirm', beads, at(2))).toEqual({ type: 'confirm', bead: 2, confirmed: false });
    expect(opFor('split', beads, at(2))).toEqual({ cannot: 'split' });
    expect(opFor('detach', beads, at(3))).toEqual({ cannot: 'detach' });
    expect(opFor('detach', beads, at(0, 'tgt'))).toEqual({ type: 'detach', bead: 0, side: 'tgt' });
    expect(opFor('moveDown', beads, at(3, 'src'))).toEqual({ cannot: 'move' });
  });

  it('splits at the focused sentence, the other side in proportion, else in the middle', () => {
    expect(splitCounts(beads[4]!, at(4, 'src', 1))).toEqual({ srcCount: 1, tgtCount: 1 });
    expect(splitCounts(bead([0, 1, 2, 3], [0, 1]), at(0, 'src', 1))).toEqual({ srcCount: 1, tgtCount: 1 });
    expect(splitCounts(beads[4]!, at(4, 'src', 0))).toEqual({});
    expect(opFor('split', beads, at(4, 'src', 1))).toEqual({ type: 'split', bead: 4, srcCount: 1, tgtCount: 1 });
  });
});
