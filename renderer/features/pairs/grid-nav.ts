// Moving the keyboard focus in the Pair grid: between beads (all of them, or only the rows the
// "doubtful only" filter shows), between the sentences of a bead, and between the two sides.
import type { AlignedBead } from '../../../shared/alignment/beads.js';
import { other, type GridFocus } from './bead-commands.js';

export type NavCommand = 'up' | 'down' | 'home' | 'end' | 'pageUp' | 'pageDown' | 'sentenceUp' | 'sentenceDown' | 'nextSide' | 'prevSide';

/** The focus made valid for the current beads (after a merge the last bead may be gone). */
export function clampFocus(f: GridFocus, beads: readonly AlignedBead[]): GridFocus {
  const bead = Math.max(0, Math.min(f.bead, beads.length - 1));
  const n = beads[bead]?.[f.side].length ?? 0;
  const sentence = Math.max(0, Math.min(f.sentence, n - 1));
  return bead === f.bead && sentence === f.sentence ? f : { ...f, bead, sentence };
}

/** Row position of a bead among the shown rows (rows = null: every bead is a row). */
export function rowOf(bead: number, rows: readonly number[] | null): number {
  if (!rows) return bead;
  // First shown row at or after the bead, else the last one.
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]! < bead) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, rows.length - 1);
}

export function beadAt(row: number, rows: readonly number[] | null): number {
  return rows ? (rows[row] ?? -1) : row;
}

export function navigate(cmd: NavCommand, f: GridFocus, beads: readonly AlignedBead[], rows: readonly number[] | null, pageSize: number): GridFocus {
  const count = rows ? rows.length : beads.length;
  if (count === 0) return f;
  const toRow = (r: number): GridFocus => ({ bead: beadAt(Math.max(0, Math.min(count - 1, r)), rows), side: f.side, sentence: 0 });
  const here = rowOf(f.bead, rows);
  switch (cmd) {
    case 'up':
      return toRow(here - 1);
    case 'down':
      return toRow(here + 1);
    case 'home':
      return toRow(0);
    case 'end':
      return toRow(count - 1);
    case 'pageUp':
      return toRow(here - pageSize);
    case 'pageDown':
      return toRow(here + pageSize);
    case 'sentenceUp':
      return { ...f, sentence: Math.max(0, f.sentence - 1) };
    case 'sentenceDown':
      return { ...f, sentence: Math.min(Math.max(0, (beads[f.bead]?.[f.side].length ?? 1) - 1), f.sentence + 1) };
    case 'nextSide':
    case 'prevSide':
      return { ...f, side: other(f.side), sentence: 0 };
  }
}
