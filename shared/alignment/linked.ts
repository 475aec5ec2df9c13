// Beads with a sentence on both sides: the only ones the bilingual exports can hold (a bead with
// an empty side is a gap). Counted into the alignment index so the Export view can say how many
// beads can go into the files without reading every alignment.
import type { AlignedBead } from './beads.js';

export function linkedCounts(beads: readonly Pick<AlignedBead, 'src' | 'tgt' | 'confirmed'>[]): { linked: number; linkedConfirmed: number } {
  let linked = 0;
  let linkedConfirmed = 0;
  for (const b of beads) {
    if (b.src.length === 0 || b.tgt.length === 0) continue;
    linked++;
    if (b.confirmed) linkedConfirmed++;
  }
  return { linked, linkedConfirmed };
}
