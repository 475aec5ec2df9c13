// What each document contributes to pairing, as bags of "type:value" features (→ count).
// "cross" features survive translation and score documents in different languages; "lexical"
// and "phrases" score documents in the same language.
import { extractNumbers, isCalendarWord } from './numbers.js';
import { COMMON_WORDS } from './common-words.js';
import { STOPWORDS } from './stopwords.js';
import { tokenize, type Token } from './text.js';

export type Bag = Map<string, number>;

export interface DocFeatures {
  /** Survive translation: names, numbers, dates, cognate stems, glossary concepts. */
  cross: Bag;
  /** Same-language vocabulary: content words, word pairs, names, numbers, dates. */
  lexical: Bag;
  /** Same-language four-word phrases (shared quotations, copied sentences). */
  phrases: Bag;
  /** Shared-evidence keys shown to the editor. */
  names: Set<string>;
  numbers: Set<string>;
}

export interface GlossaryMatcher {
  /** Concept indexes whose terms occur in the tokens. */
  find(tokens: Token[]): number[];
}

const COGNATE_PREFIX = 5;
const NAME_PREFIX = 4;
const PHRASE_LENGTH = 4;

function add(bag: Bag, key: string, n = 1): void {
  bag.set(key, (bag.get(key) ?? 0) + n);
}

/** Glossary concepts as folded token sequences, indexed by their first token. */
export function glossaryMatcher(glossary: Array<{ terms: string[] }>): GlossaryMatcher {
  const byFirst = new Map<string, Array<{ concept: number; words: string[] }>>();
  glossary.forEach((entry, concept) => {
    for (const term of entry.terms) {
      const words = tokenize(term).map((t) => t.folded);
      const first = words[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ concept, words });
      byFirst.set(first, list);
    }
  });
  return {
    find(tokens) {
      const found = new Set<number>();
      tokens.forEach((t, i) => {
        for (const cand of byFirst.get(t.folded) ?? []) {
          if (cand.words.every((w, k) => tokens[i + k]?.folded === w)) found.add(cand.concept);
        }
      });
      return [...found];
    },
  };
}

/**
 * Capitalised words that look like names. A capital at a sentence start says nothing, so such a
 * word counts only if the document never writes it in lower case ("Taiwan is …" yes, "Tensions
 * rose …" no).
 */
function nameTokens(tokens: Token[]): string[] {
  const lower = new Set<string>();
  for (const t of tokens) if (!t.capital) lower.add(t.folded);
  return tokens
    .filter((t) => t.capital && t.folded.length >= 2 && !STOPWORDS.has(t.folded) && !/^\d/.test(t.folded) && !isCalendarWord(t.folded))
    .filter((t) => !t.initial || !lower.has(t.folded))
    .map((t) => t.folded);
}

export function extractFeatures(text: string, glossary?: GlossaryMatcher): DocFeatures {
  const tokens = tokenize(text);
  const cross: Bag = new Map();
  const lexical: Bag = new Map();
  const phrases: Bag = new Map();

  for (const n of nameTokens(tokens)) {
    // "State", "President", "Foreign" are capitalised titles, not story-specific names.
    add(cross, COMMON_WORDS.has(n) ? `title:${n}` : `name:${n}`);
    if (n.length > NAME_PREFIX) add(cross, `nameprefix:${n.slice(0, NAME_PREFIX)}`); // China ≈ Chine
  }
  const nums = extractNumbers(text);
  for (const n of nums.numbers) add(cross, `num:${n}`);
  for (const d of nums.dates) add(cross, `date:${d}`);
  for (const c of nums.calendar) add(cross, c);
  for (const c of glossary?.find(tokens) ?? []) add(cross, `term:${c}`);

  // Word pairs skip function words, so "close the gaps in areas like" and "fill the gaps in
  // areas such as" share "gaps areas".
  let prev: string | undefined;
  for (const t of tokens) {
    const w = t.folded;
    if (STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    const common = COMMON_WORDS.has(w);
    if (w.length >= COGNATE_PREFIX) add(cross, `${common ? 'cstem' : 'stem'}:${w.slice(0, COGNATE_PREFIX)}`);
    add(lexical, `${common ? 'cword' : 'word'}:${w}`);
    if (prev !== undefined) add(lexical, `${common && COMMON_WORDS.has(prev) ? 'cpair' : 'pair'}:${prev} ${w}`);
    prev = w;
  }
  // Four-word phrases catch shared quotations and sentences; phrases that are mostly names
  // ("Secretary of State Antony Blinken") are the topic, not the story, and are left out.
  for (let i = 0; i + PHRASE_LENGTH <= tokens.length; i++) {
    let capitals = 0;
    let functionWords = 0;
    let key = 'phrase:';
    for (let k = i; k < i + PHRASE_LENGTH; k++) {
      const t = tokens[k] as Token;
      if (t.capital) capitals++;
      if (STOPWORDS.has(t.folded)) functionWords++;
      key += k === i ? t.folded : ` ${t.folded}`;
    }
    if (capitals < 2 && functionWords < PHRASE_LENGTH) add(phrases, key);
  }
  const names = new Set<string>();
  const numbers = new Set<string>();
  for (const [k, v] of cross) {
    const type = k.slice(0, k.indexOf(':'));
    if (type === 'num' || type === 'date' || type === 'name' || type === 'title') add(lexical, k, v);
    if (type === 'name') names.add(k);
    if (type === 'num' || type === 'date') numbers.add(k);
  }
  return { cross, lexical, phrases, names, numbers };
}
