// Counts read as ages: sources write a person's age in brackets after the name ("Müller (34)");
// MT reads any such number as an age, also after a group, an organisation or a thing — "the
// members (34 years old)", "le SPD (34 ans)". An age bracket after a plural noun, an acronym or a
// singular noun that names no person is flagged, with the bare number as the suggestion.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { TITLE_HEADS } from '../util/lexicon.js';

// "(34 ans)", "(34 years old)", "(34 years)", "(aged 34)", "(34 ans,".
const AGE = {
  en: /\((?:aged\s+)?(\d{1,3})(?:\s+(?:years?(?:\s+old)?|yrs?))?\)/gu,
  fr: /\((\d{1,3})\s+ans\)/gu,
} as const;
// Nouns that name a person (an age after them is an age). Titles are people too (TITLE_HEADS).
const PERSON: Record<'en' | 'fr', ReadonlySet<string>> = {
  en: new Set(
    (
      'man woman boy girl child baby person victim driver suspect mother father son daughter wife husband ' +
      'brother sister widow student pupil worker resident pensioner teenager patient player pilot soldier officer ' +
      'nurse doctor teacher farmer owner tenant partner friend neighbour neighbor passenger cyclist pedestrian ' +
      'candidate leader founder journalist reporter author singer actor actress artist athlete coach'
    ).split(' '),
  ),
  fr: new Set(
    (
      'homme femme garçon fille enfant bébé personne victime conducteur conductrice suspect suspecte mère ' +
      'père fils épouse époux mari frère sœur veuve veuf étudiant étudiante élève ouvrier ouvrière habitant habitante ' +
      'retraité retraitée adolescent adolescente patient patiente joueur joueuse pilote soldat policier policière ' +
      'infirmier infirmière médecin enseignant enseignante agriculteur agricultrice propriétaire locataire compagnon ' +
      'compagne ami amie voisin voisine passager passagère cycliste piéton candidat candidate dirigeant dirigeante ' +
      'fondateur fondatrice journaliste auteur auteure autrice chanteur chanteuse acteur actrice artiste athlète ' +
      'entraîneur chef cheffe'
    ).split(' '),
  ),
};

export const countAgesRule: Rule = {
  id: 'meaning.count-as-age',
  category: 'meaning',
  severity: 'warning',
  languages: ['en', 'fr'],
  scope: 'doc',
  inputs: ['text'],
  run(env, view) {
    if (!view || (view.lang !== 'en' && view.lang !== 'fr')) return;
    const lang = view.lang;
    const { text } = view;
    if (!text.includes('(')) return;
    for (const m of text.matchAll(AGE[lang])) {
      if (lang === 'en' && !/\s|aged/u.test(m[0])) continue; // a bare "(34)" is the source's own form
      const before = /([\p{L}’'-]+)[\s\u00a0]*$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
      if (!before) continue;
      const w = before[1]!;
      const lower = w.toLowerCase();
      const acronym = w.length >= 2 && w === w.toUpperCase();
      const capitalised = !acronym && /^\p{Lu}/u.test(w);
      // A capitalised word is usually the person's name; a person noun or a title is a person.
      if (capitalised || PERSON[lang].has(lower) || TITLE_HEADS.has(lower)) continue;
      const plural = lower.length > 3 && /[sx]$/u.test(lower) && !PERSON[lang].has(lower.replace(/[sx]$/u, ''));
      if (!acronym && !plural && PERSON[lang].has(lower.replace(/s$/u, ''))) continue;
      env.emit(view, {
        start: m.index,
        end: m.index + m[0].length,
        suggestions: [`(${m[1]})`],
        safe: false,
        message: msg('meaning.count-as-age', { form: m[0], word: w }),
      });
    }
  },
};
