// A name written with and without its accents in one document ("Jürgen Schäfer" … "Jurgen
// Schafer", "Zürich" … "Zrich"): MT or a scraper dropped the accented letter. The accented
// form is the name's; the other is flagged with it as the suggestion. Within one document only —
// across documents both spellings are in use ("Muller", "Müller").
import { foldKey } from '../../text/fold.js';
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { isAllCaps, isUpperInitial } from '../util/text.js';

const ASCII = /^[\x00-\x7f]*$/u;

export const nameAccentsRule: Rule = {
  id: 'spelling.name-accents',
  category: 'spelling',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  run(env, view) {
    if (!view) return;
    const spell = env.model.spell;
    // Accented capitalised forms of the document, by folded form and by the form without their
    // non-ASCII letters ("Zürich" → "Zrich").
    const byFold = new Map<string, string>();
    const byDrop = new Map<string, string>();
    for (const t of view.tokens) {
      if (t.text.length < 4 || !isUpperInitial(t.text) || isAllCaps(t.text) || ASCII.test(t.text)) continue;
      byFold.set(foldKey(t.text), t.text);
      const dropped = t.text.replace(/[^\x00-\x7f]/gu, '');
      if (dropped.length >= 4 && dropped !== t.text) byDrop.set(dropped, t.text);
    }
    if (!byFold.size) return;
    for (const t of view.tokens) {
      if (t.text.length < 4 || !isUpperInitial(t.text) || isAllCaps(t.text)) continue;
      const accented = byFold.get(foldKey(t.text)) ?? (ASCII.test(t.text) ? byDrop.get(t.text) : undefined);
      if (!accented || accented === t.text || accents(accented) <= accents(t.text)) continue;
      // A word of the document's language in its own right ("Marie" / "Marié" both exist): leave it.
      if (spell?.languages().includes(view.lang) && spell.has(t.text, view.lang) && spell.has(accented, view.lang)) continue;
      env.emit(view, {
        start: t.start,
        end: t.end,
        suggestions: [accented],
        safe: false,
        message: msg('spelling.name-accents', { form: t.text, name: accented }),
      });
    }
  },
};

/** Letters outside ASCII. */
function accents(s: string): number {
  let n = 0;
  for (const ch of s) if (ch.charCodeAt(0) > 0x7f) n++;
  return n;
}
