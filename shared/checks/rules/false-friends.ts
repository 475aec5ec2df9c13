// False friends in their institutional slot (data/false-friends.ts): "the SPD faction", "faction
// leader", "la fraction SPD", "le chef de la faction" where the document discusses German or
// Austrian party politics: a parliamentary group. Elsewhere "faction" is left alone ("rival
// factions of the party", "the LDP faction leader" in Japanese politics).
import { FALSE_FRIENDS, type FalseFriend } from '../data/false-friends.js';
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { publicLifeKB } from '../names/kb.js';
import type { DocView } from '../corpus.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const alt = (xs: string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

interface Compiled {
  parties: string[];
  en: RegExp;
  fr: RegExp;
}
const cache = new Map<FalseFriend, Compiled>();
function compile(f: FalseFriend): Compiled {
  let c = cache.get(f);
  if (c) return c;
  // Party short names of those countries (3+ characters: "Z" or "BP" say nothing alone).
  const parties = [
    ...new Set(
      publicLifeKB()
        .parties.filter((p) => f.countries.includes(p.country) && p.short.length >= 3)
        .map((p) => p.short),
    ),
  ];
  const before = alt([...parties, ...f.namesBefore]);
  const S = '[ \\u00a0]+';
  c = {
    parties,
    en: new RegExp(
      `(?<![\\p{L}])(?:(?<name>${before})${S}(?<w1>${alt(f.en.words)})|(?<w2>${alt(f.en.words)})${S}(?:${alt(f.en.rolesAfter)}))(?![\\p{L}])`,
      'giu',
    ),
    fr: new RegExp(
      `(?<![\\p{L}])(?:(?<w1>${alt(f.fr.words)})${S}(?:du${S}|de${S}la${S})?(?<name>${before})|(?:${alt(f.fr.rolesBefore)})${S}de${S}la${S}(?<w2>${alt(f.fr.words)}))(?![\\p{L}])`,
      'giu',
    ),
  };
  cache.set(f, c);
  return c;
}

const namesParty = (v: DocView, parties: string[]) => parties.some((p) => new RegExp(`(?<![\\p{L}])${esc(p)}(?![\\p{L}])`, 'u').test(v.text));

export const falseFriendsRule: Rule = {
  id: 'terminology.false-friend',
  category: 'terminology',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  languages: ['en', 'fr'],
  run(env, view) {
    if (!view) return;
    const lang = view.lang as 'en' | 'fr';
    const lower = view.text.toLowerCase();
    for (const f of FALSE_FRIENDS) {
      if (!f[lang].words.some((w) => lower.includes(w))) continue;
      const c = compile(f);
      if (!namesParty(view, c.parties)) continue;
      const re = c[lang];
      re.lastIndex = 0;
      for (let m = re.exec(view.text); m; m = re.exec(view.text)) {
        const word = m.groups!['w1'] ?? m.groups!['w2']!;
        // Lowercase "green"/"left" before "faction" are adjectives, not the party.
        const name = m.groups!['name'];
        if (name && /^\p{Ll}/u.test(name) && name !== 'parliamentary') continue;
        const at = m.index + m[0].indexOf(word, name && lang === 'en' ? name.length : 0);
        const plural = lang === 'en' && /s$/u.test(word);
        env.emit(view, {
          start: at,
          end: at + word.length,
          suggestions: [plural ? `${f.en.suggestion}s` : f[lang].suggestion],
          safe: false,
          message: msg('terminology.false-friend', { form: word, meant: f[lang].suggestion }),
        });
      }
    }
  },
};
