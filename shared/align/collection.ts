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
import { HIGH_CONFIDENCE } from './confidence.js';
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
  /** Stop aligning pairs once this many confident 1-1 links are gathered (default ENOUGH_LINKS). */
  enoughLinks?: number;
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

/** Confident 1-1 links gathered before the remaining pairs are left unaligned: learnLexicon
 *  trains on at most 5,000 of them, so aligning a big project's every pair would be wasted. */
export const ENOUGH_LINKS = 10_000;

/** FNV-1a of a string: an order for pairs that depends on their texts only (not on ids). */
function fnv(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The word translations the collection's translation pairs show (empty when none is parallel).
 *  Pairs are aligned in an order given by their texts, until ENOUGH_LINKS confident links. */
export function learnFromCollection(docs: CollectionDoc[], pairs: CollectionPair[], o: CollectionOptions = {}): LearnedLexicon {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const todo = translationPairs(docs, pairs).map((p) => {
    // Oriented by language, so a pair listed either way is the same work.
    let a = byId.get(p.a)!,
      b = byId.get(p.b)!;
    if (primary(b.language) < primary(a.language)) [a, b] = [b, a];
    return { a, b, order: fnv(b.text, fnv(a.text)) };
  });
  todo.sort((x, y) => x.order - y.order || (x.a.text < y.a.text ? -1 : x.a.text > y.a.text ? 1 : x.b.text < y.b.text ? -1 : x.b.text > y.b.text ? 1 : 0));
  const inputs: LearnInput[] = [];
  let links = 0;
  for (let k = 0; k < todo.length && links < (o.enoughLinks ?? ENOUGH_LINKS); k++) {
    const { a, b } = todo[k]!;
    const src = documentSentences(a.text, a.language),
      tgt = documentSentences(b.text, b.language);
    const res = alignDocuments(src, tgt, { srcLang: a.language, tgtLang: b.language, ...(o.signal ? { signal: o.signal } : {}) });
    inputs.push({ srcLang: a.language, tgtLang: b.language, src, tgt, beads: res.beads, method: res.method });
    if (res.method === 'parallel') for (const x of res.beads) if (x.src.length === 1 && x.tgt.length === 1 && x.confidence >= HIGH_CONFIDENCE) links++;
    o.onProgress?.(k + 1, todo.length);
  }
  return learnLexicon(inputs, o.signal ? { signal: o.signal } : {});
}

/** Entries in a lexicon (all directions). */
export function lexiconSize(l: LearnedLexicon | undefined): number {
  let n = 0;
  for (const list of l?.values() ?? []) n += list.length;
  return n;
}
