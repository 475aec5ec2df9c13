// A fix that removes a whole sentence on one side of a bead (boilerplate excluded, a repeated
// sentence deleted) leaves a translation unit whose sides no longer say the same thing. Such a
// bead is left out of every bilingual export (TMX, XLIFF, TSV, Moses, JSONL all read
// pairSegments) and listed in the QA report. A bead whose sentences are removed on BOTH sides
// entirely is simply gone: nothing to export, nothing mismatched.
import { cleanedRange, editsIn } from './segments.js';
import type { BitextCorpus, CorpusDocument, SentenceRange } from './types.js';

/** Sentences (indices of idx) emptied by removals: cleaned text blank, original not. */
export function removedSentences(doc: CorpusDocument, spans: readonly SentenceRange[], idx: readonly number[]): number[] {
  const out: number[] = [];
  if (doc.edits.length === 0) return out;
  for (const i of idx) {
    const s = spans[i];
    if (!s || editsIn(doc.edits, s.start, s.end).length === 0) continue;
    if (doc.originalText.slice(s.start, s.end).trim() !== '' && cleanedRange(doc.originalText, doc.edits, s.start, s.end).trim() === '') out.push(i);
  }
  return out;
}

export interface OneSidedRemoval {
  /** Sentences removed on each side (document sentence indices, pair orientation a/b). */
  a: number[];
  b: number[];
}

/**
 * Whether removals made the bead one-sided: some sentence removed on a side while the bead is not
 * removed whole on both sides. Null when the bead's sides still match.
 */
export function oneSidedRemoval(
  docA: CorpusDocument,
  spansA: readonly SentenceRange[],
  idxA: readonly number[],
  docB: CorpusDocument,
  spansB: readonly SentenceRange[],
  idxB: readonly number[],
): OneSidedRemoval | null {
  const a = removedSentences(docA, spansA, idxA);
  const b = removedSentences(docB, spansB, idxB);
  if (a.length === 0 && b.length === 0) return null;
  if (a.length === idxA.length && b.length === idxB.length) return null; // gone on both sides
  return { a, b };
}

export interface DroppedBead {
  pairId: string;
  bead: number;
  aName: string;
  bName: string;
  aLang: string;
  bLang: string;
  /** Original text of each side (what was aligned), for the report. */
  aText: string;
  bText: string;
  removed: OneSidedRemoval;
}

/** Every bead of the corpus's pairs left out because of a one-sided removal (for the QA report). */
export function* droppedBeads(corpus: BitextCorpus): Generator<DroppedBead> {
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  for (const pair of corpus.pairs) {
    const a = docs.get(pair.a);
    const b = docs.get(pair.b);
    if (!a || !b || pair.status === 'rejected' || pair.kind === 'version') continue;
    for (let i = 0; i < pair.beads.length; i++) {
      const bead = pair.beads[i]!;
      if (bead.src.length === 0 || bead.tgt.length === 0) continue;
      const removed = oneSidedRemoval(a, pair.srcSentences, bead.src, b, pair.tgtSentences, bead.tgt);
      if (!removed) continue;
      const text = (d: CorpusDocument, spans: readonly SentenceRange[], idx: number[]) => {
        const first = spans[idx[0]!];
        const last = spans[idx[idx.length - 1]!];
        return first && last ? d.originalText.slice(first.start, last.end).trim() : '';
      };
      yield {
        pairId: pair.id,
        bead: i,
        aName: a.name,
        bName: b.name,
        aLang: a.language,
        bLang: b.language,
        aText: text(a, pair.srcSentences, bead.src),
        bText: text(b, pair.tgtSentences, bead.tgt),
        removed,
      };
    }
  }
}
