// Tokens and lines with UTF-16 offsets: every rule reports spans into the original text.

export interface Token { text: string; lower: string; start: number; end: number; index: number }
export interface Line { text: string; start: number; end: number; index: number }

// A word: letters/digits, with inner apostrophes and hyphens (l’OTAN, re-education, États-Unis).
const WORD = /[\p{L}\p{N}]+(?:[’'\-‑][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, index: out.length });
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

// Hot paths: compare case forms instead of running a Unicode regex per word.
export const isUpperInitial = (w: string): boolean => {
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
};
export const isLowerInitial = (w: string): boolean => {
  const c = w.charAt(0);
  return c !== c.toUpperCase() && c === c.toLowerCase();
};
export const isAllCaps = (w: string): boolean => /^\p{Lu}[\p{Lu}\p{N}\-]+$/u.test(w);
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
