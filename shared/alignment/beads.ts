// An alignment between two documents' sentences, as the editor works on it: a monotone chain of
// beads (each sentence of each side in exactly one bead, in order) plus crossing links for
// sentences that correspond out of order (news rewrites move paragraphs).
export interface AlignedBead {
  /** 0-based sentence indices of side A (source), ascending and contiguous; may be empty. */
  src: number[];
  /** 0-based sentence indices of side B (target), ascending and contiguous; may be empty. */
  tgt: number[];
  /** The aligner's confidence in [0,1]; 1 for beads the editor made. */
  confidence: number;
  confirmed: boolean;
  /** 'auto' from the aligner, 'manual' once the editor changed it. */
  origin: 'auto' | 'manual';
}

/** A link between sentences that sit in different beads of the chain (drawn as a crossing). */
export interface CrossLink {
  src: number;
  tgt: number;
  confirmed: boolean;
}

export interface Alignment {
  beads: AlignedBead[];
  crossLinks: CrossLink[];
}

/** Checks the chain invariant; returns the first problem found, or null. */
export function checkChain(beads: readonly AlignedBead[], nSrc: number, nTgt: number): string | null {
  let nextSrc = 0;
  let nextTgt = 0;
  for (let i = 0; i < beads.length; i++) {
    const b = beads[i]!;
    if (b.src.length === 0 && b.tgt.length === 0) return `bead ${i} is empty`;
    for (const s of b.src) {
      if (s !== nextSrc) return `bead ${i}: source sentence ${s} out of order (expected ${nextSrc})`;
      nextSrc++;
    }
    for (const t of b.tgt) {
      if (t !== nextTgt) return `bead ${i}: target sentence ${t} out of order (expected ${nextTgt})`;
      nextTgt++;
    }
    if (!(b.confidence >= 0 && b.confidence <= 1)) return `bead ${i}: confidence out of range`;
  }
  if (nextSrc !== nSrc) return `source sentences ${nextSrc}..${nSrc - 1} are in no bead`;
  if (nextTgt !== nTgt) return `target sentences ${nextTgt}..${nTgt - 1} are in no bead`;
  return null;
}

/** For each sentence, the index of the bead that holds it (-1 for none). */
export function sentenceToBead(beads: readonly AlignedBead[], nSrc: number, nTgt: number): { src: Int32Array; tgt: Int32Array } {
  const src = new Int32Array(nSrc).fill(-1);
  const tgt = new Int32Array(nTgt).fill(-1);
  beads.forEach((b, i) => {
    for (const s of b.src) if (s < nSrc) src[s] = i;
    for (const t of b.tgt) if (t < nTgt) tgt[t] = i;
  });
  return { src, tgt };
}

/** Type of a bead as "n-m", e.g. "1-1", "2-1", "0-1". */
export function beadType(b: Pick<AlignedBead, 'src' | 'tgt'>): string {
  return `${b.src.length}-${b.tgt.length}`;
}
