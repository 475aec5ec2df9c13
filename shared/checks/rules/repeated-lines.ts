// Lines and sentences repeated within a document (title line twice, standfirst repeated at the
// start of the body), and near-duplicate sentences (same facts re-told with a few words changed).
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { sameWords, wordsHash } from '../corpus.js';
import { countWords } from '../util/text.js';
import { DisjointSpans } from '../util/span-set.js';

/** Words from which an exact copy of a line or sentence is removed without review. */
const SAFE_MIN_WORDS = 8;
const EMPTY: Int32Array = new Int32Array(0);
/** Sentences kept per word in the near-duplicate index (see run()). */
const MAX_POSTINGS = 64;
const NONE: readonly number[] = [];
const NEAR_SAME = 0.75;
const NEAR_CONTAINED = 0.9;

/** Size of the intersection of two sorted arrays of distinct numbers. */
function intersection(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/** Longest common subsequence of two word-id lists (sentences: short). */
function lcs(a: readonly number[], b: readonly number[]): number {
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

export const repeatedLinesRule: Rule = {
  id: 'repetition.lines',
  category: 'repetition',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  defaults: { minWords: 4, nearMinWords: 12, nearJaccard: 0.55 },
  run(env, view) {
    if (!view) return;
    const { text } = view;
    const minWords = env.opt<number>('minWords');
    const flagged = new DisjointSpans();
    // Line numbers by binary search over the line starts (built once): slicing and splitting the
    // text for every finding was quadratic on long, repetitive documents.
    let lineStarts: number[] | null = null;
    const lineOf = (offset: number): number => {
      if (!lineStarts) {
        lineStarts = [0];
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
      }
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    };
    const overlaps = (s: number, e: number) => flagged.overlaps(s, e);
    const emitCopy = (s: number, e: number, first: number, kind: 'line' | 'sentence') => {
      if (overlaps(s, e)) return;
      flagged.add(s, e);
      const firstLine = lineOf(first);
      env.emit(view, {
        start: s,
        end: e,
        suggestions: [''],
        // Short lines recur by structure (infobox rows, list items, "Précédé par …"): an editor
        // decides; a long sentence said twice word for word is a copy, removed unattended.
        ...(countWords(text.slice(s, e)) < SAFE_MIN_WORDS ? { safe: false } : {}),
        message: msg(kind === 'line' ? 'repetition.lines.line' : 'repetition.lines.sentence', { line: firstLine }),
      });
    };
    // 1. Whole lines.
    const pwords = env.model.paragraphWords(view);
    const seenLine = new Map<number, number>();
    for (let i = 0; i < view.paragraphs.length; i++) {
      env.checkpoint();
      const p = view.paragraphs[i]!;
      const words = pwords[i]!;
      if (words.length < minWords) continue;
      const h = wordsHash(words);
      const first = seenLine.get(h);
      // A short label recurring further down is structure (infobox rows "Précédé par …", list
      // items, file names of images); right after its first copy it is a duplicate.
      const structural = (j: number) => j < i - 1 && words.length < SAFE_MIN_WORDS && !/[.!?…»”"]$/u.test(p.text.trimEnd());
      if (first !== undefined && sameWords(words, pwords[first]!) && !structural(first))
        emitCopy(p.start + (p.text.length - p.text.trimStart().length), p.start + p.text.trimEnd().length, view.paragraphs[first]!.start, 'line');
      else if (first === undefined) seenLine.set(h, i);
    }
    // 2. A line that reappears as the start of a later paragraph (standfirst copied into the body).
    // Paragraphs grouped by their first characters, each group sorted by text: the paragraphs
    // starting with a given line are then one run found by binary search (scanning the whole group
    // for every paragraph was quadratic on long documents whose paragraphs open alike).
    type Para = { b: (typeof view.paragraphs)[number]; bt: string };
    const byPrefix = new Map<string, Para[]>();
    for (const b of view.paragraphs) {
      const bt = b.text.trimStart();
      const k = bt.slice(0, 24);
      const l = byPrefix.get(k);
      if (l) l.push({ b, bt });
      else byPrefix.set(k, [{ b, bt }]);
    }
    for (const l of byPrefix.values()) l.sort((x, y) => (x.bt < y.bt ? -1 : x.bt > y.bt ? 1 : x.b.start - y.b.start));
    // Where each run of equal texts ends: an exact copy of a paragraph is not "a line starting a
    // longer paragraph" (step 1 handles it), so the run equal to the line is jumped over, not walked
    // (a paragraph repeated k times cost k² string comparisons).
    const runEnd = new Map<Para[], Int32Array>();
    for (const l of byPrefix.values()) {
      const ends = new Int32Array(l.length);
      for (let g = l.length - 1; g >= 0; g--) ends[g] = g + 1 < l.length && l[g + 1]!.bt === l[g]!.bt ? ends[g + 1]! : g + 1;
      runEnd.set(l, ends);
    }
    for (let i = 0; i < view.paragraphs.length; i++) {
      const a = view.paragraphs[i]!;
      const ak = a.text.trim();
      if (ak.length < 30 || pwords[i]!.length < 6) continue;
      const group = byPrefix.get(ak.slice(0, 24)) ?? [];
      let lo = 0;
      let hi = group.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (group[mid]!.bt < ak) lo = mid + 1;
        else hi = mid;
      }
      if (lo < group.length && group[lo]!.bt === ak) lo = runEnd.get(group)![lo]!;
      for (let g = lo; g < group.length && group[g]!.bt.startsWith(ak); g++) {
        env.checkpoint();
        const { b, bt } = group[g]!;
        if (b.start <= a.start) continue;
        if (bt.length > ak.length && /^[\s"”»]/u.test(bt.slice(ak.length))) {
          const s = b.start + (b.text.length - bt.length);
          emitCopy(s, s + ak.length, a.start, 'sentence');
        }
      }
    }
    // 3. Sentences: exact repeats, then near-duplicates by word-set overlap (Jaccard). Candidate
    // pairs come from a prefix-filter index (words in one fixed order, rare first: two sets reaching the
    // threshold must share a word among the first |x| - ceil(t·|x|) + 1 of each), so long
    // documents are not compared sentence by sentence; every candidate is then verified exactly.
    const nearMin = env.opt<number>('nearMinWords');
    const jac = env.opt<number>('nearJaccard');
    // Above nearJaccard a pair is a candidate; a copy needs most words the same in the same
    // order (same) or the shorter one's words nearly all in the longer (contain).
    const same = NEAR_SAME;
    const contain = NEAR_CONTAINED;
    const swords = env.model.sentenceWords(view);
    const sents = view.sentences.map((s, i) => ({ s, words: swords[i]!, n: swords[i]!.length, ranks: EMPTY as Int32Array }));
    // Global order of the words: interned ids, later-seen first (the corpus meets its frequent
    // words early, so high ids are the rarer words and the prefixes stay selective). Stored
    // negated, so that ascending order is the order.
    const ranksOf = (words: number[]): Int32Array => {
      const ids = new Int32Array(words.length);
      for (let j = 0; j < words.length; j++) ids[j] = -words[j]!;
      ids.sort();
      let k = 0;
      for (let j = 0; j < ids.length; j++) if (j === 0 || ids[j] !== ids[j - 1]) ids[k++] = ids[j]!;
      return ids.subarray(0, k);
    };
    const index = new Map<number, number[]>();
    const stamp = new Int32Array(sents.length);
    const seenSent = new Map<number, number>();
    for (let i = 0; i < sents.length; i++) {
      env.checkpoint();
      const cur = sents[i]!;
      if (cur.n < minWords + 2) continue;
      const h = wordsHash(cur.words);
      const first = seenSent.get(h);
      if (first !== undefined && sameWords(cur.words, sents[first]!.words)) {
        emitCopy(cur.s.start, cur.s.end, sents[first]!.s.start, 'sentence');
        continue;
      }
      if (first === undefined) seenSent.set(h, i);
      if (cur.n < nearMin) continue;
      cur.ranks = ranksOf(cur.words);
      const size = cur.ranks.length;
      const prefix = size - Math.ceil(jac * size - 1e-9) + 1;
      const found: number[] = [];
      for (let k = 0; k < prefix; k++) {
        for (const j of index.get(cur.ranks[k]!) ?? NONE)
          if (stamp[j] !== i + 1) {
            stamp[j] = i + 1;
            found.push(j);
          }
      }
      // Earlier sentences first, as a scan in document order would find them.
      for (const j of found.sort((a, b) => a - b)) {
        const prev = sents[j]!;
        // Jaccard can never reach the threshold when the sizes are too different.
        const small = Math.min(size, prev.ranks.length);
        const big = Math.max(size, prev.ranks.length);
        if (small < jac * big) continue;
        const inter = intersection(cur.ranks, prev.ranks);
        const union = size + prev.ranks.length - inter;
        // A copy: most words the same, or one sentence's words nearly all in the other (a
        // teaser, an unclosed first copy of a quote); the shorter one goes. The same facts
        // re-told with other words (a lead restating the headline) are news style, not a copy.
        if (!union || inter / union < jac) continue;
        if (inter < contain * small && lcs(cur.words, prev.words) < same * Math.max(cur.n, prev.n)) continue;
        const [copy, kept] = size <= prev.ranks.length ? [cur, prev] : [prev, cur];
        if (!overlaps(copy.s.start, copy.s.end)) {
          flagged.add(copy.s.start, copy.s.end);
          env.emit(view, {
            start: copy.s.start,
            end: copy.s.end,
            suggestions: [''],
            severity: 'info',
            message: msg('repetition.lines.near', { percent: Math.round((100 * inter) / union) }),
            evidence: [msg('text', { text: kept.s.text.slice(0, 160) })],
          });
          break;
        }
      }
      for (let k = 0; k < prefix; k++) {
        const l = index.get(cur.ranks[k]!);
        if (!l) index.set(cur.ranks[k]!, [i]);
        else {
          l.push(i);
          // A word shared by very many sentences is a weak lead: only its latest sentences stay
          // candidates, which keeps a long repetitive document linear instead of quadratic.
          if (l.length > MAX_POSTINGS) l.shift();
        }
      }
    }
  },
};
