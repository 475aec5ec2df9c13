// Public API of the sentence aligner.
import type { AlignOptions, Bead } from './types.js';
import { alignWithTuning } from './pipeline.js';

export type { AlignOptions, Bead } from './types.js';
export { formatBeads } from './format.js';
export { parseHunalignDictionary } from './hunalign-dictionary.js';
export { alignDocuments, toChain, HIGH_CONFIDENCE, type AlignMethod, type DocumentAlignment, type ChainAlignment } from './documents.js';
export {
  learnFromCollection,
  documentSentences,
  translationPairs,
  lexiconSize,
  LEARN_FROM_COLLECTION,
  type CollectionDoc,
  type CollectionPair,
} from './collection.js';
export type { LearnedLexicon } from './learned-lexicon.js';

/**
 * Aligns two sentence lists monotonically. Every sentence of each side is in exactly one
 * bead; beads are in order; confidence is the bead's posterior probability in [0, 1].
 */
export function alignSentences(src: string[], tgt: string[], opts: AlignOptions = {}): Bead[] {
  return alignWithTuning(src, tgt, opts);
}
