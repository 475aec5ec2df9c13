// The same noun phrase on both sides of "and"/"et" ("des outils et des outils"): MT rendered two
// different source words by one. Single words repeated for emphasis ("more and more", "encore
// et encore") are idioms, so a determiner or two words are required.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';

const PAT: Record<string, RegExp> = {
  en: /(?<![\p{L}])((?:the|a|an|their|its|his|her|our|some|new|other) [\p{L}’'-]{3,}(?: [\p{L}’'-]{3,})?) (and|or) \1(?![\p{L}])/giu,
  fr: /(?<![\p{L}])((?:les|des|le|la|un|une|ses|leurs|de|du|d’|d') ?[\p{L}’'-]{3,}(?: [\p{L}’'-]{3,})?) (et|ou) \1(?![\p{L}])/giu,
};

export const coordinatedRepeatRule: Rule = {
  id: 'repetition.coordinated',
  category: 'repetition',
  severity: 'warning',
  scope: 'doc',
  languages: ['en', 'fr'],
  run(env, view) {
    if (!view) return;
    const re = PAT[view.lang];
    if (!re) return;
    re.lastIndex = 0;
    for (let m = re.exec(view.text); m; m = re.exec(view.text)) {
      env.emit(view, { start: m.index, end: m.index + m[0].length, message: msg('repetition.coordinated', { form: m[0], conj: m[2]! }) });
    }
  },
};
