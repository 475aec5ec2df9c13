// Lines that recur across unrelated documents are page furniture (site slogans, widget labels),
// not article text. Documents linked as versions/translations are allowed to share lines.
import type { Rule } from '../rule.js';
import { wordKey } from '../util/text.js';

export const recurringLinesRule: Rule = {
  id: 'boilerplate.recurring-line',
  category: 'boilerplate',
  severity: 'info',
  scope: 'corpus',
  defaults: { minDocs: 2, maxWords: 15, minWords: 2 },
  description: { en: 'Line that recurs across documents', fr: 'Ligne qui se répète d’un document à l’autre' },
  run(env) {
    const { model } = env;
    const minDocs = env.opt<number>('minDocs');
    const maxWords = env.opt<number>('maxWords');
    const minWords = env.opt<number>('minWords');
    const byKey = new Map<string, Array<{ doc: number; start: number; end: number }>>();
    model.views.forEach((v, d) => {
      const seen = new Set<string>();
      for (const p of v.paragraphs) {
        const key = wordKey(p.text);
        const n = key ? key.split(' ').length : 0;
        if (n < minWords || n > maxWords || seen.has(key)) continue;
        seen.add(key);
        const lead = p.text.length - p.text.trimStart().length;
        let list = byKey.get(key);
        if (!list) byKey.set(key, (list = []));
        list.push({ doc: d, start: p.start + lead, end: p.start + p.text.trimEnd().length });
      }
    });
    const linked = (a: string, b: string) => model.partners.some((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a));
    for (const list of byKey.values()) {
      if (list.length < minDocs) continue;
      const ids = list.map((x) => model.views[x.doc]!.doc.id);
      const unrelated = ids.some((a, i) => ids.some((b, j) => j > i && !linked(a, b)));
      if (!unrelated) continue;
      for (const x of list) {
        env.emit(model.views[x.doc]!, {
          start: x.start, end: x.end, suggestions: [''],
          message: { en: `Line recurs in ${list.length} documents (page furniture?)`, fr: `Ligne présente dans ${list.length} documents (élément de page ?)` },
          evidence: ids.filter((id) => id !== model.views[x.doc]!.doc.id).map((id) => model.byId.get(id)!.doc.name),
        });
      }
    }
  },
};
