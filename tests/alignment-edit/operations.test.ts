import { describe, expect, it } from 'vitest';
import {
  applyChange,
  checkChain,
  confirmAllAbove,
  detachSide,
  invertChange,
  mergeRange,
  mergeWithNext,
  mergeWithPrevious,
  moveSentence,
  sentenceToBead,
  setConfirmed,
  splitBead,
  toggleCrossLink,
  unlinkBead,
  AlignmentOpError,
  type AlignedBead,
  type Alignment,
  type AlignmentChange,
} from '../../shared/alignment';

const b = (src: number[], tgt: number[], confirmed = false): AlignedBead => ({ src, tgt, confidence: 0.8, confirmed, origin: 'auto' });
const shape = (a: Alignment) => a.beads.map((x) => `${x.src.join(',')}:${x.tgt.join(',')}`);
const base: Alignment = { beads: [b([0], [0]), b([1], [1]), b([2, 3], [2]), b([4], []), b([], [3]), b([5], [4, 5])], crossLinks: [] };

function roundTrip(a: Alignment, c: AlignmentChange): Alignment {
  const after = applyChange(a, c);
  expect(checkChain(after.beads, 6, 6)).toBeNull();
  // Undo restores exactly the state before.
  expect(applyChange(after, invertChange(c))).toEqual(a);
  return after;
}

describe('alignment operations', () => {
  it('the sample chain is valid and indexes sentences', () => {
    expect(checkChain(base.beads, 6, 6)).toBeNull();
    const idx = sentenceToBead(base.beads, 6, 6);
    expect([...idx.src]).toEqual([0, 1, 2, 2, 3, 5]);
    expect([...idx.tgt]).toEqual([0, 1, 2, 4, 5, 5]);
  });

  it('checkChain finds gaps, order errors, empty beads and bad confidence', () => {
    expect(checkChain([b([0], [0]), b([2], [1])], 3, 2)).toMatch(/out of order/);
    expect(checkChain([b([0], [0])], 2, 1)).toMatch(/in no bead/);
    expect(checkChain([b([], [])], 0, 0)).toMatch(/empty/);
    expect(checkChain([{ ...b([0], [0]), confidence: 2 }], 1, 1)).toMatch(/confidence/);
  });

  it('merges with next / previous and links a range', () => {
    expect(shape(roundTrip(base, mergeWithNext(base, 0)))).toEqual(['0,1:0,1', '2,3:2', '4:', ':3', '5:4,5']);
    expect(shape(roundTrip(base, mergeWithPrevious(base, 4)))).toEqual(['0:0', '1:1', '2,3:2', '4:3', '5:4,5']);
    const linked = roundTrip(base, mergeRange(base, 3, 4));
    expect(linked.beads[3]).toMatchObject({ src: [4], tgt: [3], origin: 'manual', confidence: 1 });
    expect(() => mergeWithNext(base, 5)).toThrow(AlignmentOpError);
    expect(() => mergeWithPrevious(base, 0)).toThrow(AlignmentOpError);
  });

  it('splits a bead at a chosen point or in the middle', () => {
    expect(shape(roundTrip(base, splitBead(base, 2)))).toEqual(['0:0', '1:1', '2:2', '3:', '4:', ':3', '5:4,5']);
    expect(shape(roundTrip(base, splitBead(base, 5, 1, 1)))).toEqual(['0:0', '1:1', '2,3:2', '4:', ':3', '5:4', ':5']);
    expect(shape(roundTrip(base, splitBead(base, 0)))).toEqual(['0:', ':0', '1:1', '2,3:2', '4:', ':3', '5:4,5']);
    expect(() => splitBead(base, 3)).toThrow(/one sentence/);
    expect(() => splitBead(base, 2, 0, 0)).toThrow(AlignmentOpError);
  });

  it('unlinks a bead into single sentences and detaches one side', () => {
    expect(shape(roundTrip(base, unlinkBead(base, 5)))).toEqual(['0:0', '1:1', '2,3:2', '4:', ':3', '5:', ':4', ':5']);
    expect(shape(roundTrip(base, detachSide(base, 1, 'src')))).toEqual(['0:0', '1:', ':1', '2,3:2', '4:', ':3', '5:4,5']);
    expect(() => unlinkBead(base, 3)).toThrow(/not linked/);
  });

  it('moves a sentence across a bead boundary, dropping a bead left empty', () => {
    expect(shape(roundTrip(base, moveSentence(base, 2, 'src', 'down')))).toEqual(['0:0', '1:1', '2:2', '3,4:', ':3', '5:4,5']);
    expect(shape(roundTrip(base, moveSentence(base, 1, 'tgt', 'up')))).toEqual(['0:0,1', '1:', '2,3:2', '4:', ':3', '5:4,5']);
    expect(shape(roundTrip(base, moveSentence(base, 3, 'src', 'up')))).toEqual(['0:0', '1:1', '2,3,4:2', ':3', '5:4,5']);
    // At the end of the document the sentence becomes a bead of its own.
    expect(shape(roundTrip(base, moveSentence(base, 5, 'tgt', 'down')))).toEqual(['0:0', '1:1', '2,3:2', '4:', ':3', '5:4', ':5']);
  });

  it('confirms one bead or every bead above', () => {
    const one = roundTrip(base, setConfirmed(base, 1, true));
    expect(one.beads.map((x) => x.confirmed)).toEqual([false, true, false, false, false, false]);
    const above = roundTrip(base, confirmAllAbove(base, 3));
    expect(above.beads.map((x) => x.confirmed)).toEqual([true, true, true, true, false, false]);
  });

  it('adds and removes crossing links', () => {
    const c = toggleCrossLink(base, 4, 3);
    const after = roundTrip(base, c);
    expect(after.crossLinks).toEqual([{ src: 4, tgt: 3, confirmed: true }]);
    expect(applyChange(after, toggleCrossLink(after, 4, 3)).crossLinks).toEqual([]);
  });

  it('random operation sequences keep the chain valid and undo all the way back', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let trial = 0; trial < 30; trial++) {
      const n = 3 + rnd(12);
      const m = 3 + rnd(12);
      let a: Alignment = { beads: [...Array.from({ length: n }, (_, i) => b([i], [])), ...Array.from({ length: m }, (_, j) => b([], [j]))], crossLinks: [] };
      const start = a;
      const done: AlignmentChange[] = [];
      for (let step = 0; step < 40; step++) {
        const i = rnd(a.beads.length);
        const ops = [
          () => mergeWithNext(a, i),
          () => mergeWithPrevious(a, i),
          () => splitBead(a, i),
          () => unlinkBead(a, i),
          () => detachSide(a, i, rnd(2) ? 'src' : 'tgt'),
          () => moveSentence(a, i, rnd(2) ? 'src' : 'tgt', rnd(2) ? 'up' : 'down'),
          () => setConfirmed(a, i, true),
        ];
        let c: AlignmentChange;
        try {
          c = ops[rnd(ops.length)]!();
        } catch (e) {
          expect(e).toBeInstanceOf(AlignmentOpError);
          continue;
        }
        a = applyChange(a, c);
        expect(checkChain(a.beads, n, m)).toBeNull();
        done.push(c);
      }
      for (const c of done.reverse()) a = applyChange(a, invertChange(c));
      expect(a).toEqual(start);
    }
  });
});
