// The collection-level step of the one pipeline: a collection's own translation pairs (documents
// in different languages that pairing suggested or the editor confirmed) teach the comparable
// linker word translations (learned-lexicon.ts), for the collection's other cross-language
// pairs. The app, `bitext clean` and the checks run this same step on the same pairs, so the
// same corpus gives the same links everywhere.
//
// Each pair is aligned here by alignDocuments with the shipped resources only (no learned
// entries, no user dictionary): the lexicon depends on the documents and the pairs, not on the
// order pairs were aligned in nor on an earlier lexicon.
import { splitSentences, segmentationLanguage } from '../segment/index.js';
import { alignDocuments } from './documents.js';
import { learnLexicon, type LearnedLexicon, type LearnInput } from './learned-lexicon.js';

export interface CollectionDoc {
  id: string;
  /** BCP 47 code; only the primary subtag matters. */
  language: string;
  text: string;
}

export interface CollectionPair {
  a: string;
  b: string;
}

export interface CollectionOptions {
  signal?: { aborted: boolean };
  /** Called after each pair aligned (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** Whether the collection step is on by default (measured in docs/benchmarks.md, alignment). */
export const LEARN_FROM_COLLECTION = true;

const primary = (l: string): string => l.toLowerCase().split(/[-_]/)[0] ?? '';

/** A document's sentences as pairing and the collection step see them (trimmed, none empty). */
export function documentSentences(text: string, language: string): string[] {
  return splitSentences(text, segmentationLanguage(language))
    .map((s) => s.text.trim())
    .filter((s) => s !== '');
}

/** Pairs in different languages, each once, whatever their order or orientation. */
export function translationPairs(docs: CollectionDoc[], pairs: CollectionPair[]): CollectionPair[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const out: CollectionPair[] = [];
  for (const p of pairs) {
    const a = byId.get(p.a),
      b = byId.get(p.b);
    if (!a || !b || primary(a.language) === primary(b.language)) continue;
    const key = p.a < p.b ? `${p.a}|${p.b}` : `${p.b}|${p.a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

/** The word translations the collection's translation pairs show (empty when none is parallel). */
export function learnFromCollection(docs: CollectionDoc[], pairs: CollectionPair[], o: CollectionOptions = {}): LearnedLexicon {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const todo = translationPairs(docs, pairs);
  const inputs: LearnInput[] = [];
  todo.forEach((p, k) => {
    const a = byId.get(p.a)!,
      b = byId.get(p.b)!;
    const src = documentSentences(a.text, a.language),
      tgt = documentSentences(b.text, b.language);
    const res = alignDocuments(src, tgt, { srcLang: a.language, tgtLang: b.language, ...(o.signal ? { signal: o.signal } : {}) });
    inputs.push({ srcLang: a.language, tgtLang: b.language, src, tgt, beads: res.beads, method: res.method });
    o.onProgress?.(k + 1, todo.length);
  });
  return learnLexicon(inputs, o.signal ? { signal: o.signal } : {});
}

/** Entries in a lexicon (all directions). */
export function lexiconSize(l: LearnedLexicon | undefined): number {
  let n = 0;
  for (const list of l?.values() ?? []) n += list.length;
  return n;
}
