// The editor's operations on an alignment. Each returns a Change: a range of beads replaced by
// new beads (or a crossing-link change), so it can be recorded, undone and redone exactly, and
// saved compactly even for a 20,000-bead alignment.
import type { AlignedBead, Alignment, CrossLink } from './beads.js';

export type AlignmentChange =
  { kind: 'beads'; start: number; before: AlignedBead[]; after: AlignedBead[] } | { kind: 'cross'; before: CrossLink[]; after: CrossLink[] };

export class AlignmentOpError extends Error {}

const manual = (src: number[], tgt: number[], confirmed = false): AlignedBead => ({ src, tgt, confidence: 1, confirmed, origin: 'manual' });

function bead(a: Alignment, i: number): AlignedBead {
  const b = a.beads[i];
  if (!b) throw new AlignmentOpError(`no bead ${i}`);
  return b;
}

function replace(a: Alignment, start: number, count: number, after: AlignedBead[]): AlignmentChange {
  return { kind: 'beads', start, before: a.beads.slice(start, start + count), after };
}

/** Joins beads i..j (inclusive) into one: the general "link" and both merges. */
export function mergeRange(a: Alignment, i: number, j: number): AlignmentChange {
  if (j <= i) throw new AlignmentOpError('nothing to merge');
  const parts = a.beads.slice(i, j + 1);
  if (parts.length !== j - i + 1) throw new AlignmentOpError(`no bead ${j}`);
  return replace(a, i, parts.length, [
    manual(
      parts.flatMap((b) => b.src),
      parts.flatMap((b) => b.tgt),
    ),
  ]);
}

export const mergeWithNext = (a: Alignment, i: number) => mergeRange(a, i, i + 1);
export const mergeWithPrevious = (a: Alignment, i: number) => mergeRange(a, i - 1, i);

/**
 * Splits bead i in two: the first `srcCount` source and `tgtCount` target sentences stay in the
 * first bead, the rest go to the second. Without counts: a 2-2 becomes 1-1 + 1-1, an n-m splits
 * at half of each side (rounded up), a 1-1 becomes 1-0 + 0-1.
 */
export function splitBead(a: Alignment, i: number, srcCount?: number, tgtCount?: number): AlignmentChange {
  const b = bead(a, i);
  const n = b.src.length;
  const m = b.tgt.length;
  if (n + m < 2) throw new AlignmentOpError('a bead with one sentence cannot be split');
  let s = srcCount ?? Math.ceil(n / 2);
  let t = tgtCount ?? Math.ceil(m / 2);
  if (srcCount === undefined && tgtCount === undefined && n === 1 && m === 1) {
    s = 1;
    t = 0;
  }
  if (s < 0 || s > n || t < 0 || t > m) throw new AlignmentOpError('split point outside the bead');
  const first = manual(b.src.slice(0, s), b.tgt.slice(0, t));
  const second = manual(b.src.slice(s), b.tgt.slice(t));
  if (first.src.length + first.tgt.length === 0 || second.src.length + second.tgt.length === 0) {
    throw new AlignmentOpError('a split must leave sentences on both halves');
  }
  return replace(a, i, 1, [first, second]);
}

/** Unlinks bead i: every sentence becomes its own 1-0 or 0-1 bead (source side first). */
export function unlinkBead(a: Alignment, i: number): AlignmentChange {
  const b = bead(a, i);
  if (b.src.length === 0 || b.tgt.length === 0) throw new AlignmentOpError('the bead is not linked');
  return replace(a, i, 1, [...b.src.map((s) => manual([s], [])), ...b.tgt.map((t) => manual([], [t]))]);
}

/** "Insert an empty partner": detach one side of bead i, so its other side stands alone. */
export function detachSide(a: Alignment, i: number, side: 'src' | 'tgt'): AlignmentChange {
  const b = bead(a, i);
  if (b.src.length === 0 || b.tgt.length === 0) throw new AlignmentOpError('the bead already has an empty side');
  return side === 'src' ? replace(a, i, 1, [manual(b.src, []), manual([], b.tgt)]) : replace(a, i, 1, [manual([], b.tgt), manual(b.src, [])]);
}

/**
 * Moves a sentence across a bead boundary: 'down' moves the last sentence of `side` in bead i to
 * the start of bead i+1; 'up' moves the first sentence of `side` in bead i to the end of bead i-1.
 * A bead left empty disappears.
 */
export function moveSentence(a: Alignment, i: number, side: 'src' | 'tgt', dir: 'up' | 'down'): AlignmentChange {
  const b = bead(a, i);
  if (b[side].length === 0) throw new AlignmentOpError('no sentence on that side');
  const j = dir === 'down' ? i + 1 : i - 1;
  const other = a.beads[j];
  const moved = dir === 'down' ? b[side][b[side].length - 1]! : b[side][0]!;
  const rest = dir === 'down' ? b[side].slice(0, -1) : b[side].slice(1);
  const self = manual(side === 'src' ? rest : b.src, side === 'tgt' ? rest : b.tgt);
  // At either end of the document the sentence becomes a bead of its own.
  const target = other
    ? manual(
        side === 'src' ? (dir === 'down' ? [moved, ...other.src] : [...other.src, moved]) : other.src,
        side === 'tgt' ? (dir === 'down' ? [moved, ...other.tgt] : [...other.tgt, moved]) : other.tgt,
      )
    : manual(side === 'src' ? [moved] : [], side === 'tgt' ? [moved] : []);
  const selfKept = self.src.length + self.tgt.length > 0 ? [self] : [];
  if (dir === 'down') return other ? replace(a, i, 2, [...selfKept, target]) : replace(a, i, 1, [...selfKept, target]);
  return other ? replace(a, j, 2, [target, ...selfKept]) : replace(a, i, 1, [target, ...selfKept]);
}

export function setConfirmed(a: Alignment, i: number, confirmed: boolean): AlignmentChange {
  const b = bead(a, i);
  return replace(a, i, 1, [{ ...b, confirmed }]);
}

/** Confirms every bead from the start up to and including i. */
export function confirmAllAbove(a: Alignment, i: number): AlignmentChange {
  bead(a, i);
  return replace(
    a,
    0,
    i + 1,
    a.beads.slice(0, i + 1).map((b) => (b.confirmed ? b : { ...b, confirmed: true })),
  );
}

/** Links two sentences out of order (a crossing link), or removes that link if it exists. */
export function toggleCrossLink(a: Alignment, src: number, tgt: number): AlignmentChange {
  const exists = a.crossLinks.some((l) => l.src === src && l.tgt === tgt);
  const after = exists ? a.crossLinks.filter((l) => !(l.src === src && l.tgt === tgt)) : [...a.crossLinks, { src, tgt, confirmed: true }];
  return { kind: 'cross', before: a.crossLinks, after };
}

export function applyChange(a: Alignment, c: AlignmentChange): Alignment {
  if (c.kind === 'cross') return { beads: a.beads, crossLinks: c.after };
  const beads = a.beads.slice(0, c.start).concat(c.after, a.beads.slice(c.start + c.before.length));
  return { beads, crossLinks: a.crossLinks };
}

export function invertChange(c: AlignmentChange): AlignmentChange {
  return c.kind === 'cross' ? { kind: 'cross', before: c.after, after: c.before } : { kind: 'beads', start: c.start, before: c.after, after: c.before };
}
