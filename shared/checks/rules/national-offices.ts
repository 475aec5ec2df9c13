// Wrong titles of national offices (titles knowledge base, data/offices.ts NATIONAL_OFFICES):
// "the US Foreign Minister", "le ministre des Affaires étrangères américain", "the German Prime
// Minister", and a generic title given to a person the corpus names by the country's own title
// elsewhere ("Secretary of State Antony J. Blinken" in one text, "Foreign Secretary Antony J.
// Blinken" or "after he became Foreign Minister" in another).
import { NATIONAL_OFFICES, type NationalOffice } from '../data/offices.js';
import type { DocView } from '../corpus.js';
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const S = '[ \\u00a0]+';
/** A title as a pattern: spaces flexible, each word's first letter in either case. */
const flex = (t: string) =>
  t
    .split(' ')
    .map((w) => {
      const c = w[0]!;
      const rest = esc(w.slice(1));
      return c.toLowerCase() !== c.toUpperCase() ? `[${c.toUpperCase()}${c.toLowerCase()}]${rest}` : esc(w);
    })
    .join(S);
const alt = (xs: string[], f: (s: string) => string = esc) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(f)
    .join('|');
// A person's name after a title: up to three given names or initials, then the surname.
const NAME = `(?<name>(?:\\p{Lu}[\\p{L}’'-]*\\.?${S}){0,3}\\p{Lu}[\\p{Ll}’'-]+)`;
const BECAME = /(?:became|become|becomes|becoming|named|appointed|appointed as|devenu|devenue|nommé|nommée)[ \u00a0]+$/u;
// Words before a title that name another country or region ("Vatican", "Latin American").
const NOT_THIS_COUNTRY = /(?:Latin|South|Central|North|Pan)[ \u00a0-]+$/u;

interface Pats {
  bind: RegExp[];
  wrong: RegExp[];
  /** EN: the country's name or adjective right before the title ("US Foreign Minister"). */
  before?: RegExp;
  /** Lowercase words one of which a text must hold for the patterns to be tried. */
  cues: string[];
}
const cache = new Map<NationalOffice, Record<string, Pats>>();
function patterns(o: NationalOffice): Record<string, Pats> {
  let p = cache.get(o);
  if (p) return p;
  const enMark = alt(o.markers.en);
  const frMark = alt(o.markers.fr);
  const wrongFr = o.wrong.fr.map((w) => {
    // "ministre (américain) des Affaires étrangères (américain)": the marker may stand after the head word.
    const [head, ...rest] = w.split(' ');
    return `${flex(head!)}(?:${S}(?<mid>${frMark}))?${rest.length ? S + rest.map(esc).join(S) : ''}`;
  });
  p = {
    en: {
      bind: o.binds.map((b) => new RegExp(`${flex(b)}${S}${NAME}`, 'gu')),
      cues: [...o.wrong.en, ...o.binds].map((w) => w.toLowerCase()),
      before: new RegExp(`(?<![\\p{L}-])(?<pre>${enMark})(?:[’']s)?${S}$`, 'u'),
      wrong: [new RegExp(`(?<w>${alt(o.wrong.en, flex)})(?![\\p{L}])(?:${S}of${S}(?<of>${alt(o.of.en)})(?![\\p{L}]))?(?:${S}${NAME})?`, 'gu')],
    },
    fr: {
      cues: [...o.wrong.fr, o.title.fr].map((w) => w.toLowerCase().split(/[ ’']/u).pop()!),
      bind: [new RegExp(`${flex(o.title.fr).replace(/’/gu, "[’']")}${S}(?:${frMark}),?${S}${NAME}`, 'gu')],
      // One pattern per title: a group name appears once per pattern.
      wrong: wrongFr.map((w) => new RegExp(`(?<w>${w})(?![\\p{L}])(?:${S}(?<post>${frMark}|${alt(o.of.fr)})(?![\\p{L}]))?(?:,?${S}${NAME})?`, 'gu')),
    },
  };
  cache.set(o, p);
  return p;
}

const surnameOf = (name: string) =>
  name
    .split(/[ \u00a0]+/u)
    .pop()!
    .replace(/[’']s$/u, '');

export const nationalOfficesRule: Rule = {
  id: 'terminology.national-office',
  category: 'terminology',
  severity: 'warning',
  scope: 'corpus',
  inputs: ['text'],
  languages: ['en', 'fr'],
  run(env) {
    const views = env.model.views.filter((v) => v.lang === 'en' || v.lang === 'fr');
    // Texts lowercased once: the patterns are tried only on texts holding one of their words.
    const lower = new Map(views.map((v) => [v, v.text.toLowerCase().replace(/\u00a0/gu, ' ')]));
    const holds = (v: DocView, cues: string[]) => cues.some((c) => lower.get(v)!.includes(c));
    const wordBefore = (text: string, at: number) => /(\p{Lu}[\p{L}.]*)[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
    // 1. People the corpus names by the country's own title.
    const bound = new Map<NationalOffice, Map<string, string>>();
    for (const o of NATIONAL_OFFICES) {
      const people = new Map<string, string>();
      for (const v of views) {
        const p = patterns(o)[v.lang]!;
        if (!holds(v, p.cues)) continue;
        for (const re of p.bind) {
          re.lastIndex = 0;
          for (let m = re.exec(v.text); m; m = re.exec(v.text)) {
            if (m.index > 0 && /[\p{L}]/u.test(v.text[m.index - 1]!)) continue;
            const pre = v.lang === 'en' ? wordBefore(v.text, m.index) : undefined;
            // "Vatican Secretary of State X": another country's office of that name.
            if (pre && !o.markers.en.includes(pre) && !/^(?:The|A|An|And|But|Then|When|As|If|Former|Now)$/u.test(pre)) continue;
            people.set(surnameOf(m.groups!['name']!), m.groups!['name']!);
          }
        }
      }
      bound.set(o, people);
    }
    // 2. The generic title with the country named, or given to a person bound to the office.
    for (const v of views) {
      for (const o of NATIONAL_OFFICES) {
        const lang = v.lang as 'en' | 'fr';
        const people = bound.get(o)!;
        const p = patterns(o)[lang]!;
        if (!holds(v, p.cues)) continue;
        for (const re of p.wrong) {
          re.lastIndex = 0;
          for (let m = re.exec(v.text); m; m = re.exec(v.text)) {
            if (m.index > 0 && /[\p{L}-]/u.test(v.text[m.index - 1]!)) continue;
            const g = m.groups ?? {};
            // EN: the country right before the title ("US Foreign Minister"), taken into the span.
            const pre = p.before?.exec(v.text.slice(Math.max(0, m.index - 30), m.index));
            const start = pre ? m.index - pre[0].length : m.index;
            const marked = Boolean(pre || g['of'] || g['mid'] || g['post']);
            const name = g['name'];
            const before = v.text.slice(Math.max(0, start - 30), start);
            if (marked && NOT_THIS_COUNTRY.test(before)) continue;
            let who: string | undefined;
            if (!marked) {
              // Another country's adjective before the title: its own minister ("German Foreign Minister").
              if (/\p{Lu}[\p{L}.]*[ \u00a0]+$/u.test(before) && !/(?:^|[ \u00a0])(?:The|A|An)[ \u00a0]+$/u.test(before)) continue;
              if (name && people.has(surnameOf(name))) who = people.get(surnameOf(name));
              else if (!name && BECAME.test(before)) who = personInSentence(v, m.index, people);
              if (!who) continue;
            }
            // The span: the title with its country words, without the person's name.
            const nameAt = name ? m[0].lastIndexOf(name) : -1;
            const form = v.text.slice(start, m.index) + (nameAt > 0 ? m[0].slice(0, nameAt) : m[0]).replace(/[ \u00a0,]+$/u, '');
            const title = o.title[lang];
            // "ministre américain des Affaires étrangères" → "secrétaire d’État américain".
            const fixed = form.replace(g['w']!, g['mid'] ? `${title} ${g['mid']}` : title);
            env.emit(v, {
              start,
              end: start + form.length,
              suggestions: [fixed],
              message: msg('terminology.national-office', { form, country: o.country, title }),
              evidence: who ? [msg('terminology.national-office.ev.person', { name: who, title })] : [],
            });
          }
        }
      }
    }
  },
};

/** A person bound to the office named in the sentence around `at` (the last one before it). */
function personInSentence(v: DocView, at: number, people: Map<string, string>): string | undefined {
  const s = v.sentences.find((x) => x.start <= at && at < x.end);
  if (!s || people.size === 0) return undefined;
  const text = v.text.slice(s.start, at);
  let best: string | undefined;
  let bestAt = -1;
  for (const [surname, full] of people) {
    const i = text.search(new RegExp(`(?<![\\p{L}])${esc(surname)}(?![\\p{L}])`, 'u'));
    if (i > bestAt) {
      best = full;
      bestAt = i;
    }
  }
  return best;
}
