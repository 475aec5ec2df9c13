// Anchors of a translation pair: names and numbers written the same on both sides ("Blinken",
// "NATO", "2021", "1,34" ~ "1.34"). They are what an editor checks first to see why two
// sentences were linked, so the Pair view highlights them.
import { pushPiece, type Piece } from './text-pieces.js';

// A capitalised word (letters, inner apostrophes or hyphens) or a number with separators.
const TOKEN = /\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*|\p{N}+(?:[.,\u00a0\u202f ]\p{N}+)*/gu;

/** The comparison key: numbers by their digits (1,200 = 1 200), names without accents or case. */
export function anchorKey(token: string): string | null {
  if (/^\p{N}/u.test(token)) return `#${token.replace(/\D/g, '')}`;
  if (token.length < 2) return null;
  return token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function keysOf(texts: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(TOKEN)) {
      const k = anchorKey(m[0]);
      if (k) keys.add(k);
    }
  return keys;
}

/** Keys of the tokens found on both sides. */
export function findAnchors(srcTexts: readonly string[], tgtTexts: readonly string[]): Set<string> {
  const src = keysOf(srcTexts);
  const shared = new Set<string>();
  for (const k of keysOf(tgtTexts)) if (src.has(k)) shared.add(k);
  return shared;
}

/** A sentence cut into plain runs and anchor runs. */
export function anchorPieces(text: string, anchors: ReadonlySet<string>): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  if (anchors.size > 0) {
    for (const m of text.matchAll(TOKEN)) {
      const k = anchorKey(m[0]);
      if (!k || !anchors.has(k)) continue;
      pushPiece(out, text.slice(at, m.index), 'same');
      pushPiece(out, m[0], 'anchor');
      at = m.index + m[0].length;
    }
  }
  pushPiece(out, text.slice(at), 'same');
  return out;
}
