// Tokens and lines with UTF-16 offsets: every rule reports spans into the original text.
import { wordEnd } from '../../text/index.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  index: number;
  /** Interned id of `lower` (CorpusModel.intern), 0 when tokenised without a model. */
  id: number;
}
export interface Line {
  text: string;
  start: number;
  end: number;
  index: number;
}

/** The product's one word count (shared/text): "aujourd'hui" is one word. */
export { countWords } from '../../text/index.js';

export function tokenize(text: string, intern?: (lower: string) => number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const end = wordEnd(text, i);
    if (end === i) {
      i++;
      continue;
    }
    const s = i;
    i = end;
    const w = text.slice(s, i);
    const lower = w.toLowerCase();
    out.push({ text: w, lower, start: s, end: i, index: out.length, id: intern ? intern(lower) : 0 });
  }
  return out;
}

/** Index of the first token ending after pos (binary search over document order). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens lying wholly inside [start, end), in order: the same as filtering every token,
 *  in log time plus the span's length (rules that look at one sentence of a long document). */
export function tokensWithin(tokens: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenAt(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) {
    const t = tokens[i]!;
    if (t.start >= start && t.end <= end) out.push(t);
  }
  return out;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ text: text.slice(start, end), start, end, index: out.length });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

// Hot paths: ASCII by range; otherwise compare case forms instead of running a Unicode regex.
export const isUpperInitial = (w: string): boolean => {
  const x = w.charCodeAt(0);
  if (x < 128) return x >= 65 && x <= 90;
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
};
export const isLowerInitial = (w: string): boolean => {
  const x = w.charCodeAt(0);
  if (x < 128) return x >= 97 && x <= 122;
  const c = w.charAt(0);
  return c !== c.toUpperCase() && c === c.toLowerCase();
};
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{N}\-]+$/u;
export const isAllCaps = (w: string): boolean => w.length > 1 && isUpperInitial(w) && ALL_CAPS.test(w);
export const hasDigit = (w: string): boolean => /\p{N}/u.test(w);

/** True when the token starts a sentence or line (ignoring quotes and brackets before it). */
export function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && SKIP_BEFORE.has(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === 10) return true;
    i--;
  }
  if (i < 0) return true;
  return END_BEFORE.has(text.charCodeAt(i));
}
const codes = (s: string) => new Set([...s].map((c) => c.charCodeAt(0)));
const SKIP_BEFORE = codes(' \t\n\r\u00a0\u202f“”"«»‘([—–-');
const END_BEFORE = codes('.!?:…');

/** Word without French elided article/pronoun or English possessive: "l’OTAN" → "OTAN". */
export function stripClitics(word: string, lang: string): { core: string; offset: number } {
  if (lang === 'fr') {
    const m = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]/iu.exec(word);
    if (m) return { core: word.slice(m[0].length), offset: m[0].length };
  }
  if (lang === 'en') {
    const m = /['’]s?$/u.exec(word);
    if (m && m.index > 0) return { core: word.slice(0, m.index), offset: 0 };
  }
  return { core: word, offset: 0 };
}

export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();
}

/** Key for comparing lines/sentences: lowercase words only. */
const keyCache = new Map<string, string>();
export function wordKey(s: string): string {
  const hit = keyCache.get(s);
  if (hit !== undefined) return hit;
  const k = (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  // Lines recur (copies, boilerplate): a small cache avoids re-keying them in every check.
  if (keyCache.size > 200_000) keyCache.clear();
  keyCache.set(s, k);
  return k;
}

export function capitalize(w: string): string {
  return w ? w[0]!.toUpperCase() + w.slice(1) : w;
}

/** `s` capitalised when `model` starts with a capital: a fix keeps the case of the text it replaces. */
export function matchInitialCase(model: string, s: string): string {
  return /^\p{Lu}/u.test(model) ? capitalize(s) : s;
}

/** Exactly one ordinary space (U+0020) between two tokens. */
export function oneSpaceApart(text: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && text.charCodeAt(a.end) === 32;
}

/** Neighbouring tokens one ordinary space apart, with the token after them: the word pairs the
 *  grammar rules judge ("a apple", "que une"). */
export function* spacedPairs(tokens: readonly Token[], text: string): Generator<{ a: Token; b: Token; next: Token | undefined }> {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (oneSpaceApart(text, a, b)) yield { a, b, next: tokens[i + 2] };
  }
}
