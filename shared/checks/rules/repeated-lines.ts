// Lines and sentences repeated within a document (title line twice, standfirst repeated at the
// start of the body), and near-duplicate sentences (same facts re-told with a few words changed).
import type { Rule } from '../rule.js';
import { wordKey } from '../util/text.js';

export const repeatedLinesRule: Rule = {
  id: 'repetition.lines',
  category: 'repetition',
  severity: 'warning',
  scope: 'doc',
  defaults: { minWords: 4, nearMinWords: 12, nearJaccard: 0.55 },
  description: { en: 'Repeated or near-duplicate lines and sentences', fr: 'Lignes et phrases répétées ou presque identiques' },
  run(env, view) {
    if (!view) return;
    const { text } = view;
    const minWords = env.opt<number>('minWords');
    const flagged: Array<[number, number]> = [];
    const overlaps = (s: number, e: number) => flagged.some(([a, b]) => s < b && e > a);
    const emitCopy = (s: number, e: number, first: number, kind: 'line' | 'sentence') => {
      if (overlaps(s, e)) return;
      flagged.push([s, e]);
      const firstLine = text.slice(0, first).split('\n').length;
      env.emit(view, {
        start: s, end: e, suggestions: [''],
        message: kind === 'line'
          ? { en: `Line repeated (first at line ${firstLine})`, fr: `Ligne répétée (d’abord à la ligne ${firstLine})` }
          : { en: `Sentence repeated (first at line ${firstLine})`, fr: `Phrase répétée (d’abord à la ligne ${firstLine})` },
      });
    };
    // 1. Whole lines.
    const seenLine = new Map<string, number>();
    for (const p of view.paragraphs) {
      const key = wordKey(p.text);
      if (key.split(' ').length < minWords) continue;
      const first = seenLine.get(key);
      if (first !== undefined) emitCopy(p.start + (p.text.length - p.text.trimStart().length), p.start + p.text.trimEnd().length, first, 'line');
      else seenLine.set(key, p.start);
    }
    // 2. A line that reappears as the start of a later paragraph (standfirst copied into the body).
    const byPrefix = new Map<string, typeof view.paragraphs>();
    for (const b of view.paragraphs) {
      const k = b.text.trimStart().slice(0, 24);
      const l = byPrefix.get(k);
      if (l) l.push(b); else byPrefix.set(k, [b]);
    }
    for (const a of view.paragraphs) {
      const ak = a.text.trim();
      if (ak.length < 30 || wordKey(ak).split(' ').length < 6) continue;
      for (const b of byPrefix.get(ak.slice(0, 24)) ?? []) {
        if (b.start <= a.start) continue;
        const bt = b.text.trimStart();
        if (bt.length > ak.length && bt.startsWith(ak) && /^[\s"”»]/u.test(bt.slice(ak.length))) {
          const s = b.start + (b.text.length - bt.length);
          emitCopy(s, s + ak.length, a.start, 'sentence');
        }
      }
    }
    // 3. Sentences: exact repeats, then near-duplicates by word-set overlap.
    const nearMin = env.opt<number>('nearMinWords');
    const jac = env.opt<number>('nearJaccard');
    const sents = view.sentences.map((s) => {
      const key = wordKey(s.text);
      const words = key ? key.split(' ') : [];
      return { s, key, n: words.length, set: new Set(words) };
    });
    const seenSent = new Map<string, number>();
    const candidates: typeof sents = [];
    for (let i = 0; i < sents.length; i++) {
      const cur = sents[i]!;
      if (cur.n < minWords + 2) continue;
      const first = seenSent.get(cur.key);
      if (first !== undefined) { emitCopy(cur.s.start, cur.s.end, first, 'sentence'); continue; }
      seenSent.set(cur.key, cur.s.start);
      if (cur.n < nearMin) continue;
      for (const prev of candidates) {
        // Jaccard can never reach the threshold when the sizes are too different.
        const small = Math.min(cur.set.size, prev.set.size);
        const big = Math.max(cur.set.size, prev.set.size);
        if (small < jac * big) continue;
        let inter = 0;
        for (const w of cur.set) if (prev.set.has(w)) inter++;
        const union = cur.set.size + prev.set.size - inter;
        if (union && inter / union >= jac && !overlaps(cur.s.start, cur.s.end)) {
          flagged.push([cur.s.start, cur.s.end]);
          env.emit(view, {
            start: cur.s.start, end: cur.s.end, suggestions: [''], severity: 'info',
            message: { en: `Near-duplicate of an earlier sentence (${Math.round((100 * inter) / union)} % same words)`, fr: `Presque identique à une phrase précédente (${Math.round((100 * inter) / union)} % de mots communs)` },
            evidence: [prev.s.text.slice(0, 160)],
          });
          break;
        }
      }
      if (candidates.length < 1000) candidates.push(cur);
    }
  },
};
