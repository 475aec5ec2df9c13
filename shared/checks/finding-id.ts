// A finding's id: stable across re-runs and across edits, so the editor's decisions (rejected,
// accepted) stay attached to it. Offsets are NOT part of it — an edit earlier in the text shifts
// every offset after it. What identifies a finding is its document, its rule, its text and the
// few words around it on its line; when those words occur more than once in the text, the
// occurrence's rank among them (counted in the text itself, not among the findings) tells them
// apart. The app computes ids against the ORIGINAL text, which edits never change: fixing or
// removing one of three identical lines does not renumber the other two.
import { hash53 } from './util/hash.js';

/** Characters of context each side: enough to tell two "the the" apart, small enough that an edit must be close to change it. */
export const ID_CONTEXT = 16;

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

/** How many times the window (context + span) occurs in the text before this occurrence. */
function rankOf(text: string, window: string, at: number): number {
  if (!window) return 0;
  let rank = 0;
  for (let i = text.indexOf(window); i >= 0 && i < at; i = text.indexOf(window, i + 1)) rank++;
  return rank;
}

/**
 * The id of a finding of `rule` with text `findingText`, whose span is [start, end) in `text`
 * (the text the id is anchored in: the original text in the app, the checked text elsewhere).
 */
export function findingIdIn(text: string, docId: string, rule: string, findingText: string, start: number, end: number): string {
  const { before, after } = contextAround(text, start, end);
  const rank = rankOf(text, before + text.slice(start, end) + after, start - before.length);
  return 'f_' + hash53(`${docId}\u0000${rule}\u0000${findingText}\u0000${before}\u0000${after}${rank ? `\u0000${rank}` : ''}`);
}

/** Sets each finding's id, anchored in its document's text. */
export function assignFindingIds<T extends { id: string; docId: string; rule: string; text: string; start: number; end: number }>(findings: T[], textOf: (docId: string) => string): T[] {
  for (const f of findings) f.id = findingIdIn(textOf(f.docId), f.docId, f.rule, f.text, f.start, f.end);
  return findings;
}
