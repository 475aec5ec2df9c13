// Public types of the aligner (re-exported by index.ts).

/** 0-based sentence indices, each side ascending and contiguous; either side may be empty. */
export interface Bead {
  src: number[];
  tgt: number[];
  confidence: number;
}

export interface AlignOptions {
  /** 'en' | 'fr' | ...; equal languages switch to version mode (align on wording). */
  srcLang?: string;
  tgtLang?: string;
  /** User bilingual dictionary pairs (source word/phrase, target word/phrase). */
  dictionary?: Array<[string, string]>;
  /** Word translations learned from the collection's translation pairs (learned-lexicon.ts),
   *  used by the comparable linker beside the shipped lexicon and the dictionary. */
  learned?: Map<string, Array<[string, string, number]>>;
  /** Sentence pairs the editor confirmed: extra training for the lexicon. */
  confirmed?: Array<{ src: string[]; tgt: string[] }>;
  /** Cooperative cancellation: checked periodically; throws an Error named 'AbortError'. */
  signal?: { aborted: boolean };
  onProgress?: (done: number, total: number) => void;
}
