// The German attribution "…", so Merkel. ("…", said Merkel) carried word for word into English or
// French: after a quotation's closing mark, "so" and a name, then the end of the clause or the
// next quotation. "so Smith left" (a consequence, a verb after the name) is English and not judged.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';

const PATTERN = /[”"»][ \u00a0]*,?[ \u00a0]+(?<so>[Ss]o)[ \u00a0]+(?<name>\p{Lu}[\p{L}’'-]+(?:[ \u00a0]+\p{Lu}[\p{L}’'-]+)?)(?=[ \u00a0]*(?:[.;:,“"«]|\n|$))/gu;

export const sourceAttributionRule: Rule = {
  id: 'language.source-attribution',
  category: 'language',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  languages: ['en', 'fr'],
  run(env, view) {
    if (!view) return;
    const { text } = view;
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
      const name = m.groups!['name']!;
      const start = m.index + m[0].length - name.length - 1 - m.groups!['so']!.length;
      const so = text.slice(start, m.index + m[0].length);
      env.emit(view, {
        start,
        end: m.index + m[0].length,
        suggestions: [view.lang === 'fr' ? `a déclaré ${name}` : `said ${name}`],
        safe: false,
        message: msg('language.source-attribution', { form: so, name }),
      });
    }
  },
};
