// Lines that recur across unrelated documents are page furniture (site slogans, widget labels),
// not article text. Documents linked as versions/translations are allowed to share lines.
import type { Rule } from '../rule.js';
import { msg, type MessageRef } from '../messages/ref.js';
import { sameWords, wordsHash } from '../corpus.js';

// Documents named in a finding's evidence: a line on every page of a site would otherwise make
// the evidence (and the report) quadratic in the number of documents.
const MAX_EVIDENCE = 5;

export const recurringLinesRule: Rule = {
  id: 'boilerplate.recurring-line',
  category: 'boilerplate',
  severity: 'info',
  scope: 'corpus',
  inputs: ['text', 'partners'],
  defaults: { minDocs: 2, maxWords: 15, minWords: 2 },
  run(env) {
    const { model } = env;
    const minDocs = env.opt<number>('minDocs');
    const maxWords = env.opt<number>('maxWords');
    const minWords = env.opt<number>('minWords');
    // Lines are grouped by the hash of their words; a group keeps the words of its first line to
    // confirm the others (a colliding line is left out, not mixed in).
    const byKey = new Map<number, { words: number[]; list: Array<{ doc: number; start: number; end: number }> }>();
    model.views.forEach((v, d) => {
      const seen = new Set<number>();
      const pwords = model.paragraphWords(v);
      for (let i = 0; i < v.paragraphs.length; i++) {
        const p = v.paragraphs[i]!;
        const words = pwords[i]!;
        const n = words.length;
        if (n < minWords || n > maxWords) continue;
        const key = wordsHash(words);
        if (seen.has(key)) continue;
        seen.add(key);
        const lead = p.text.length - p.text.trimStart().length;
        let group = byKey.get(key);
        if (!group) byKey.set(key, (group = { words, list: [] }));
        else if (!sameWords(words, group.words)) continue;
        group.list.push({ doc: d, start: p.start + lead, end: p.start + p.text.trimEnd().length });
      }
    });
    const links = new Set(model.partners.flatMap((l) => [`${l.a}\u0000${l.b}`, `${l.b}\u0000${l.a}`]));
    const linked = (a: string, b: string) => links.has(`${a}\u0000${b}`);
    for (const { list } of byKey.values()) {
      if (list.length < minDocs) continue;
      const ids = list.map((x) => model.views[x.doc]!.doc.id);
      const unrelated = ids.some((a, i) => ids.some((b, j) => j > i && !linked(a, b)));
      if (!unrelated) continue;
      const evidenceFor = (doc: number): MessageRef[] => {
        // Each document holds a key once, so the others are list.length - 1.
        const names: MessageRef[] = [];
        for (const y of list) {
          if (names.length === MAX_EVIDENCE) break;
          if (y.doc !== doc) names.push(msg('text', { text: model.views[y.doc]!.doc.name }));
        }
        const more = list.length - 1 - MAX_EVIDENCE;
        if (more > 0) names.push(msg('boilerplate.recurring-line.ev.more', { count: more }));
        return names;
      };
      for (const x of list) {
        env.emit(model.views[x.doc]!, {
          start: x.start,
          end: x.end,
          suggestions: [''],
          message: msg('boilerplate.recurring-line', { count: list.length }),
          evidence: evidenceFor(x.doc),
        });
      }
    }
  },
};
