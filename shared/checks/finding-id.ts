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
function rankOf(text: string, needle: string, at: number): number {
  if (!needle) return 0;
  let rank = 0;
  for (let i = text.indexOf(needle); i >= 0 && i < at; i = text.indexOf(needle, i + 1)) rank++;
  return rank;
}

/**
 * The id of a finding of `rule` with text `findingText`, whose span is [start, end) in `text`
 * (the text the id is anchored in: the original text in the app, the checked text elsewhere).
 */
export function findingIdIn(text: string, docId: string, rule: string, findingText: string, start: number, end: number, ranks?: RankIndex): string {
  const { before, after } = contextAround(text, start, end);
  const needle = before + text.slice(start, end) + after;
  const at = start - before.length;
  const rank = ranks ? ranks.rank(needle, at) : rankOf(text, needle, at);
  return 'f_' + hash53(`${docId}\u0000${rule}\u0000${findingText}\u0000${before}\u0000${after}${rank ? `\u0000${rank}` : ''}`);
}

/** Windows are located by their first GRAM characters; shorter windows are counted directly. */
const GRAM = 8;

/**
 * rankOf for many findings of one text at once: one pass over the text records where the needed
 * 8-character prefixes start, then each rank checks only those places. (rankOf scans the text up
 * to each finding: thousands of findings in a long document took seconds.)
 */
export class RankIndex {
  private readonly at = new Map<string, number[]>();
  constructor(
    private readonly text: string,
    spans: Iterable<{ start: number; end: number }>,
  ) {
    for (const s of spans) {
      const { before, after } = contextAround(text, s.start, s.end);
      const w = before + text.slice(s.start, s.end) + after;
      if (w.length >= GRAM) this.at.set(w.slice(0, GRAM), []);
    }
    if (this.at.size === 0) return;
    for (let i = 0; i + GRAM <= text.length; i++) this.at.get(text.slice(i, i + GRAM))?.push(i);
  }

  /** Where each window (already asked for) occurs in full, ascending. */
  private readonly full = new Map<string, number[]>();

  rank(needle: string, at: number): number {
    if (needle.length < GRAM) return rankOf(this.text, needle, at);
    let hits = this.full.get(needle);
    if (!hits) {
      const places = this.at.get(needle.slice(0, GRAM));
      if (!places) return rankOf(this.text, needle, at);
      // Filtered once per distinct window: a repetitive text has few distinct windows and very
      // many findings, and counting per finding was quadratic (a 1 MB run of words took 30 s).
      hits = places.filter((p) => this.text.startsWith(needle, p));
      this.full.set(needle, hits);
    }
    // Occurrences before `at`: binary search in the ascending list.
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Sets each finding's id, anchored in its document's text. */
export function assignFindingIds<T extends { id: string; docId: string; rule: string; text: string; start: number; end: number }>(
  findings: T[],
  textOf: (docId: string) => string,
  checkpoint?: () => void,
): T[] {
  const byDoc = new Map<string, T[]>();
  for (const f of findings) (byDoc.get(f.docId) ?? byDoc.set(f.docId, []).get(f.docId)!).push(f);
  for (const [docId, list] of byDoc) {
    const text = textOf(docId);
    checkpoint?.();
    const ranks = new RankIndex(text, list);
    for (const f of list) {
      // Tens of thousands of findings on one huge document take seconds: the run stays cancellable.
      checkpoint?.();
      f.id = findingIdIn(text, f.docId, f.rule, f.text, f.start, f.end, ranks);
    }
  }
  return findings;
}
