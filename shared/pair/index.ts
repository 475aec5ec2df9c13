// Document pairing: which documents tell the same story, across languages (a translation or a
// comparable article) or within one (two versions). Every pair gets a score in [0, 1].
import { calibrate, CROSS_WEIGHTS, LEXICAL_WEIGHTS, PHRASE_BOOST, TRANSLATION_MIDPOINT, VERSION_MIDPOINT } from './calibration.js';
import { extractFeatures, glossaryMatcher, type DocFeatures } from './features.js';
import { cosineAllPairs, triangleIndex, type Similarity } from './similarity.js';

export interface PairDoc {
  id: string;
  /** BCP 47 code; only the primary subtag matters ("fr-CA" pairs with "fr" as a version). */
  language: string;
  text: string;
}

export interface PairScore {
  a: string;
  b: string;
  score: number;
  kind: 'translation' | 'version';
  evidence: {
    /** Shared names (accent-folded, lower case), most specific first. */
    names: string[];
    /** Shared numbers and dates, normalised (1000, 3.5, 2021-03-24, --03-24 for day-month). */
    numbers: string[];
    /** Number of features the two documents share in the space used for their kind. */
    shared: number;
  };
}

export interface PairOptions {
  /** Concepts whose terms (in any language) count as shared when both documents use one. */
  glossary?: Array<{ terms: string[] }>;
  /** Leave out pairs scoring below this (default 0: every pair). Bounds output on big collections. */
  minScore?: number;
}

const MAX_EVIDENCE = 12;

function primary(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The set's keys, most specific (highest idf) first: pairs then list shared keys in this order. */
function bySpecificity(keys: Set<string>, idf: Map<string, number>): string[] {
  return [...keys].sort((x, y) => (idf.get(y) ?? 0) - (idf.get(x) ?? 0) || (x < y ? -1 : x > y ? 1 : 0));
}

/** Up to MAX_EVIDENCE keys of `ordered` also in `other`, without their type prefix. */
function sharedKeys(ordered: string[], other: Set<string>): string[] {
  const out: string[] = [];
  for (const k of ordered) {
    if (!other.has(k)) continue;
    out.push(k.slice(k.indexOf(':') + 1));
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}

interface LanguageGroup {
  members: number[];
  lexical: Similarity;
  phrases: Similarity;
}

export function scorePairs(docs: PairDoc[], opts: PairOptions = {}): PairScore[] {
  const matcher = opts.glossary?.length ? glossaryMatcher(opts.glossary) : undefined;
  const feats: DocFeatures[] = docs.map((d) => extractFeatures(d.text, matcher));
  const langs = docs.map((d) => primary(d.language));
  const n = docs.length;
  const cross = cosineAllPairs(
    feats.map((f) => f.cross),
    CROSS_WEIGHTS,
  );

  // Same-language similarity uses that language's documents only: IDF learnt from French
  // documents says nothing about which English words are common.
  const groupOf = new Map<string, LanguageGroup>();
  const position = new Int32Array(n);
  for (const lang of new Set(langs)) {
    const members = langs.flatMap((l, i) => (l === lang ? [i] : []));
    members.forEach((doc, p) => (position[doc] = p));
    groupOf.set(lang, {
      members,
      lexical: cosineAllPairs(
        members.map((i) => (feats[i] as DocFeatures).lexical),
        LEXICAL_WEIGHTS,
      ),
      phrases: cosineAllPairs(members.map((i) => (feats[i] as DocFeatures).phrases)),
    });
  }

  const orderedNames = feats.map((f) => bySpecificity(f.names, cross.idf));
  const orderedNumbers = feats.map((f) => bySpecificity(f.numbers, cross.idf));
  const minScore = opts.minScore ?? 0;
  const out: PairScore[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const same = langs[i] === langs[j];
      let raw: number;
      let shared: number;
      if (same) {
        const g = groupOf.get(langs[i] as string) as LanguageGroup;
        const k = triangleIndex(g.members.length, position[i] as number, position[j] as number);
        raw = (g.lexical.cosine[k] ?? 0) + PHRASE_BOOST * (g.phrases.cosine[k] ?? 0);
        shared = (g.lexical.shared[k] ?? 0) + (g.phrases.shared[k] ?? 0);
      } else {
        const k = triangleIndex(n, i, j);
        raw = cross.cosine[k] ?? 0;
        shared = cross.shared[k] ?? 0;
      }
      const score = calibrate(raw, same ? VERSION_MIDPOINT : TRANSLATION_MIDPOINT);
      if (score < minScore) continue;
      const fj = feats[j] as DocFeatures;
      const [a, b] = [(docs[i] as PairDoc).id, (docs[j] as PairDoc).id];
      out.push({
        ...(a <= b ? { a, b } : { a: b, b: a }),
        score,
        kind: same ? 'version' : 'translation',
        evidence: {
          names: shared > 0 ? sharedKeys(orderedNames[i] as string[], fj.names) : [],
          numbers: shared > 0 ? sharedKeys(orderedNumbers[i] as string[], fj.numbers) : [],
          shared,
        },
      });
    }
  }
  return out.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}

export { pairDocuments, inOrderSentences, SUGGEST_AT, STRONG_AT, type PairDecision, type PairDecisionOptions } from './decide.js';
