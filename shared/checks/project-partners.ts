// What the editor decided about pairs and alignments, as the checks' partner links. The checks
// read the project's pairs instead of pairing again: rejected pairs are no partners, confirmed
// and hand-made pairs are, and an alignment's beads are used as the editor left them (merged,
// split, relinked, confirmed). Pure: the caller reads the files and maps offsets.
import type { Bead, PartnerLink } from './types.js';

interface Span {
  start: number;
  end: number;
}

export interface DecidedPair {
  /** Source document (its sentences are the alignment's `src`). */
  a: string;
  b: string;
  kind: 'translation' | 'version';
  status: 'suggested' | 'confirmed' | 'rejected';
  origin: 'auto' | 'manual';
  /** The pair's stored alignment, sentence spans in the ORIGINAL texts; null when never aligned. */
  alignment?: {
    src: Span[];
    tgt: Span[];
    beads: Array<{ src: number[]; tgt: number[]; confidence: number; confirmed: boolean; origin: 'auto' | 'manual' }>;
    /** Sentence links across the chain (comparable documents, or linked by the editor). */
    crossLinks?: Array<{ src: number; tgt: number; confirmed: boolean }>;
  } | null;
}

export interface ProjectPartners {
  partners: PartnerLink[];
  /** Pairs the editor rejected: never partners, not even when their wording looks alike. */
  rejectedPairs: Array<{ a: string; b: string }>;
}

/**
 * Partner links of the pairs in effect, and the rejected pairs. `toChecked(docId, pos)` maps an original offset to the
 * checked (cleaned) text; identity when the checks run on the original texts.
 */
export function partnersFromPairs(pairs: readonly DecidedPair[], toChecked: (docId: string, pos: number) => number = (_d, p) => p): ProjectPartners {
  const out: PartnerLink[] = [];
  const rejected: Array<{ a: string; b: string }> = [];
  for (const p of pairs) {
    if (p.a === p.b) continue;
    if (p.status === 'rejected') {
      rejected.push({ a: p.a, b: p.b });
      continue;
    }
    const link: PartnerLink = { a: p.a, b: p.b, kind: p.kind, ...(p.status === 'confirmed' || p.origin === 'manual' ? { confirmed: true } : {}) };
    const al = p.alignment;
    if (al) {
      const map = (doc: string, spans: Span[]) => spans.map((s) => ({ start: toChecked(doc, s.start), end: toChecked(doc, s.end) }));
      link.sentences = { a: map(p.a, al.src), b: map(p.b, al.tgt) };
      // A bead the editor confirmed or made is certain: no confidence (rules take it as decided).
      link.beads = al.beads.map((b): Bead =>
        b.confirmed || b.origin === 'manual' ? { src: b.src, tgt: b.tgt } : { src: b.src, tgt: b.tgt, confidence: b.confidence },
      );
      // Crossing links the editor confirmed are certain links too (unconfirmed ones carry no confidence to judge them by).
      for (const c of al.crossLinks ?? []) if (c.confirmed) link.beads.push({ src: [c.src], tgt: [c.tgt] });
    }
    out.push(link);
  }
  return { partners: out, rejectedPairs: rejected };
}
