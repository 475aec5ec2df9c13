// French direct object without determiner after an infinitive: "imposer sanctions" → "imposer
// des sanctions". Plural common nouns only (fixed expressions without article are singular:
// "prendre note", "faire face"); copulas and attributive verbs are excluded ("être prêts").
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';

const COPULAS = new Set([
  'être',
  'devenir',
  'sembler',
  'paraître',
  'rester',
  'demeurer',
  'rendre',
  'juger',
  'estimer',
  'considérer',
  'tenir',
  'croire',
  'trouver',
  'laisser',
  'faire',
  'voir',
  'avoir',
  'aller',
  'venir',
  'savoir',
  'pouvoir',
  'vouloir',
  'devoir',
  'falloir',
  'valoir',
]);

export const frenchMissingArticleRule: Rule = {
  id: 'grammar.fr-missing-article',
  category: 'grammar',
  severity: 'info',
  languages: ['fr'],
  scope: 'doc',
  inputs: ['text'],
  run(env, view) {
    const spell = env.model.spell;
    if (!view || !spell || !spell.languages().includes('fr')) return;
    const { tokens, text } = view;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const v = tokens[i]!;
      const n = tokens[i + 1]!;
      const after = tokens[i + 2]!;
      if (!/(?:er|ir)$/u.test(v.lower) || COPULAS.has(v.lower) || !/^\p{Ll}/u.test(v.text)) continue;
      if (!/^ $/u.test(text.slice(v.end, n.start)) || !/^\p{Ll}[\p{Ll}]{3,}s$/u.test(n.text)) continue;
      // The noun's singular must be a word, the plural not a verb form or adjective in -és/-ifs…
      const singular = n.text.slice(0, -1);
      if (!spell.has(singular, 'fr') || /(?:és|ées|ifs|ives|eux|ants|ents|ables|ibles|aires|els|elles)$/u.test(n.text)) continue;
      if (!spell.has(v.lower, 'fr')) continue;
      // Followed by a preposition or punctuation: the noun heads the object ("imposer sanctions contre").
      if (!/^(?:contre|à|aux|de|des|du|sur|pour|avec|en|dans|,)$/u.test(after.lower) && !/^[,.;]/u.test(text.slice(n.end, n.end + 1))) continue;
      env.emit(view, {
        start: v.start,
        end: n.end,
        suggestions: [`${v.text} des ${n.text}`, `${v.text} les ${n.text}`],
        message: msg('grammar.fr-missing-article', { phrase: `${v.text} ${n.text}`, fix: `${v.text} des ${n.text}` }),
      });
    }
  },
};
