// A courtesy title that contradicts the person it is bound to: the document names "Annalena X"
// (a given name listed as female only) and later writes "M. X" / "Mr X" — MT picks the title
// from the source's grammar or a default. The person's given name (names KB gender lists) decides;
// a surname borne in the document by people of both genders says nothing.
import { msg } from '../messages/ref.js';
import { givenGender } from '../names/kb.js';
import type { Rule } from '../rule.js';
import { isAllCaps, isUpperInitial } from '../util/text.js';

const TITLES: Record<'en' | 'fr', { f: string; m: string; re: RegExp }> = {
  en: { f: 'Ms', m: 'Mr', re: /\b(Mr|Mrs|Ms|Miss)(\.?)\s+(\p{Lu}[\p{L}’'-]+)/gu },
  fr: { f: 'Mme', m: 'M.', re: /(?<![\p{L}.])(M\.|Mme|Madame|Monsieur)()\s+(\p{Lu}[\p{L}’'-]+)/gu },
};
const GENDER: Record<string, 'f' | 'm'> = { Mr: 'm', Mrs: 'f', Ms: 'f', Miss: 'f', 'M.': 'm', Mme: 'f', Madame: 'f', Monsieur: 'm' };

export const genderedTitlesRule: Rule = {
  id: 'terminology.gendered-title',
  category: 'terminology',
  severity: 'warning',
  languages: ['en', 'fr'],
  scope: 'doc',
  inputs: ['text'],
  run(env, view) {
    if (!view || (view.lang !== 'en' && view.lang !== 'fr')) return;
    const t = TITLES[view.lang];
    const { text, tokens } = view;
    // Surname → genders of the people the document names with a given name.
    const people = new Map<string, Set<'f' | 'm'>>();
    for (let i = 0; i + 1 < tokens.length; i++) {
      const g = tokens[i]!,
        s = tokens[i + 1]!;
      if (!isUpperInitial(s.text) || isAllCaps(s.text) || text.slice(g.end, s.start) !== ' ') continue;
      const gender = givenGender(g.text);
      if (!gender) continue;
      const set = people.get(s.text);
      if (set) set.add(gender);
      else people.set(s.text, new Set([gender]));
    }
    if (!people.size) return;
    for (const m of text.matchAll(t.re)) {
      const title = m[1]! + (m[2] ?? '');
      const sur = m[3]!;
      const known = people.get(sur);
      if (!known || known.size !== 1) continue;
      const gender = [...known][0]!;
      if (GENDER[m[1]!] === gender) continue;
      const right = gender === 'f' ? t.f : t.m;
      env.emit(view, {
        start: m.index,
        end: m.index + m[0].length,
        suggestions: [`${right} ${sur}`],
        safe: false,
        message: msg('terminology.gendered-title', { form: `${title} ${sur}`, title: right }),
      });
    }
  },
};
