// A finding's id: stable across re-runs and across edits elsewhere in the document, so the
// editor's decisions (rejected, accepted) stay attached to it. Offsets are NOT part of it — an
// edit earlier in the text shifts every offset after it. What identifies a finding is its
// document, its rule, its text and the few characters around it on its line; the same finding
// repeated word for word in the same surroundings is told apart by its rank.
import { hash53 } from './util/hash.js';

/** Characters of context each side: enough to tell two "the the" apart, small enough that an edit must be close to change it. */
export const ID_CONTEXT = 16;

export interface IdParts {
  docId: string;
  rule: string;
  text: string;
  /** Context before and after the span, on the same line (see contextAround). */
  before: string;
  after: string;
}

const WORD = /[\p{L}\p{N}]/u;

/** Whole words only: a cut word at either end of the window is dropped (an edit to it is not "near"). */
export function contextAround(text: string, start: number, end: number, n = ID_CONTEXT): { before: string; after: string } {
  const from = Math.max(0, start - n);
  let before = text.slice(from, start);
  let after = text.slice(end, end + n);
  if (from > 0 && WORD.test(text[from - 1]!) && WORD.test(before[0] ?? '')) before = before.replace(/^[\p{L}\p{N}]+/u, '');
  if (end + n < text.length && WORD.test(text[end + n]!) && WORD.test(after.at(-1) ?? '')) after = after.replace(/[\p{L}\p{N}]+$/u, '');
  const nl = before.lastIndexOf('\n');
  if (nl >= 0) before = before.slice(nl + 1);
  const nl2 = after.indexOf('\n');
  if (nl2 >= 0) after = after.slice(0, nl2);
  return { before, after };
}

export function findingId(p: IdParts, rank = 0): string {
  return 'f_' + hash53(`${p.docId}\u0000${p.rule}\u0000${p.text}\u0000${p.before}\u0000${p.after}${rank ? `\u0000${rank}` : ''}`);
}

/**
 * Ids for findings in document order: the n-th finding with the same parts gets rank n (so
 * identical findings keep distinct, stable ids).
 */
export function assignFindingIds<T extends { id: string; docId: string; rule: string; text: string; start: number; end: number }>(findings: T[], textOf: (docId: string) => string): T[] {
  const ranks = new Map<string, number>();
  for (const f of findings) {
    const parts = { docId: f.docId, rule: f.rule, text: f.text, ...contextAround(textOf(f.docId), f.start, f.end) };
    const base = findingId(parts);
    const rank = ranks.get(base) ?? 0;
    ranks.set(base, rank + 1);
    f.id = rank ? findingId(parts, rank) : base;
  }
  return findings;
}
