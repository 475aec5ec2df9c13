// Turns an editor command on the focused bead into the API operation, or says why it cannot
// apply (so the grid can announce it instead of sending a request that would fail).
import type { AlignmentOp } from '../../../shared/api/contract.js';
import type { AlignedBead } from '../../../shared/alignment/beads.js';

export type Side = 'src' | 'tgt';

/** Where the keyboard is in the grid: a bead, one of its two sides, and a sentence of that side. */
export interface GridFocus {
  bead: number;
  side: Side;
  /** Position of the focused sentence within the side of the bead (0 when the side is empty). */
  sentence: number;
}

export type EditCommand = 'mergeNext' | 'mergePrev' | 'split' | 'link' | 'detach' | 'moveUp' | 'moveDown' | 'confirm' | 'confirmAbove';

/** Why a command does not apply; each has a message in pair.cannot.*. */
export type CannotReason = 'merge' | 'split' | 'link' | 'detach' | 'move';

export const other = (side: Side): Side => (side === 'src' ? 'tgt' : 'src');

const isGap = (b: AlignedBead) => b.src.length === 0 || b.tgt.length === 0;

/** A split at the focused sentence, the other side cut in proportion; the middle when at the first sentence. */
export function splitCounts(b: AlignedBead, focus: GridFocus): { srcCount?: number; tgtCount?: number } {
  const here = b[focus.side].length;
  const pos = Math.min(focus.sentence, here - 1);
  if (pos <= 0) return {};
  const there = b[other(focus.side)].length;
  const cut = Math.round((there * pos) / here);
  return focus.side === 'src' ? { srcCount: pos, tgtCount: cut } : { srcCount: cut, tgtCount: pos };
}

/** For a gap bead: the neighbour holding only the opposite side (next one first). */
export function oppositeGap(beads: readonly AlignedBead[], i: number): number {
  const b = beads[i];
  if (!b || !isGap(b)) return -1;
  const filled: Side = b.src.length ? 'src' : 'tgt';
  for (const j of [i + 1, i - 1]) {
    const n = beads[j];
    if (n && n[filled].length === 0) return j;
  }
  return -1;
}

export function opFor(command: EditCommand, beads: readonly AlignedBead[], focus: GridFocus): AlignmentOp | { cannot: CannotReason } {
  const i = focus.bead;
  const b = beads[i];
  if (!b) return { cannot: 'merge' };
  switch (command) {
    case 'mergeNext':
      return i + 1 < beads.length ? { type: 'merge-next', bead: i } : { cannot: 'merge' };
    case 'mergePrev':
      return i > 0 ? { type: 'merge-prev', bead: i } : { cannot: 'merge' };
    case 'split':
      return b.src.length + b.tgt.length < 2 ? { cannot: 'split' } : { type: 'split', bead: i, ...splitCounts(b, focus) };
    case 'link': {
      if (!isGap(b)) return { type: 'unlink', bead: i };
      const j = oppositeGap(beads, i);
      return j < 0 ? { cannot: 'link' } : { type: 'merge-range', from: Math.min(i, j), to: Math.max(i, j) };
    }
    case 'detach':
      return isGap(b) ? { cannot: 'detach' } : { type: 'detach', bead: i, side: focus.side };
    case 'moveUp':
    case 'moveDown':
      return b[focus.side].length === 0 ? { cannot: 'move' } : { type: 'move', bead: i, side: focus.side, dir: command === 'moveUp' ? 'up' : 'down' };
    case 'confirm':
      return { type: 'confirm', bead: i, confirmed: !b.confirmed };
    case 'confirmAbove':
      return { type: 'confirm-above', bead: i };
  }
}
