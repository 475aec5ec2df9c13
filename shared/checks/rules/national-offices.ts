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
    // Each document's titles are read from its text alone, once (model.memo by document: a
    // re-check after an edit reads the edited document again, not the others); then joined.
    const docs = views.map((v) => ({ v, t: env.model.memo(`national-office:doc:${v.doc.id}`, () => readTitles(v)) }));
    // 1. People the corpus names by the country's own title.
    const bound = NATIONAL_OFFICES.map(() => new Map<string, string>());
    for (const { t } of docs) for (const b of t.binds) bound[b.office]!.set(b.surname, b.name);
    // 2. The generic title with the country named, or given to a person bound to the office.
    for (const { v, t } of docs) {
      for (const c of t.titles) {
        const people = bound[c.office]!;
        let who: string | undefined;
        if (!c.marked) {
          if (c.name && people.has(surnameOf(c.name))) who = people.get(surnameOf(c.name));
          else if (c.became) who = personInSentence(v, c.start, people);
          if (!who) continue;
        }
        const o = NATIONAL_OFFICES[c.office]!;
        const title = o.title[v.lang as 'en' | 'fr'];
        env.emit(v, {
          start: c.start,
          end: c.start + c.form.length,
          suggestions: [c.fixed],
          message: msg('terminology.national-office', { form: c.form, country: o.country, title }),
          evidence: who ? [msg('terminology.national-office.ev.person', { name: who, title })] : [],
        });
      }
    }
  },
};

interface TitleAt {
  office: number;
  start: number;
  form: string;
  fixed: string;
  /** The country is named with the title: wrong whoever holds it. */
  marked: boolean;
  name?: string;
  /** "after he became Foreign Minister": the person is sought in the sentence. */
  became: boolean;
}

/** One document's own titles naming people, and its generic titles that may be wrong. */
function readTitles(v: DocView): { binds: Array<{ office: number; surname: string; name: string }>; titles: TitleAt[] } {
  const binds: Array<{ office: number; surname: string; name: string }> = [];
  const titles: TitleAt[] = [];
  const lower = v.text.toLowerCase().replace(/\u00a0/gu, ' ');
  const wordBefore = (at: number) => /(\p{Lu}[\p{L}.]*)[ \u00a0]+$/u.exec(v.text.slice(Math.max(0, at - 30), at))?.[1];
  NATIONAL_OFFICES.forEach((o, office) => {
    const p = patterns(o)[v.lang]!;
    // Tried only on texts holding one of the office's words.
    if (!p.cues.some((c) => lower.includes(c))) return;
    for (const re of p.bind) {
      re.lastIndex = 0;
      for (let m = re.exec(v.text); m; m = re.exec(v.text)) {
        if (m.index > 0 && /[\p{L}]/u.test(v.text[m.index - 1]!)) continue;
        const pre = v.lang === 'en' ? wordBefore(m.index) : undefined;
        // "Vatican Secretary of State X": another country's office of that name.
        if (pre && !o.markers.en.includes(pre) && !/^(?:The|A|An|And|But|Then|When|As|If|Former|Now)$/u.test(pre)) continue;
        binds.push({ office, surname: surnameOf(m.groups!['name']!), name: m.groups!['name']! });
      }
    }
    const lang = v.lang as 'en' | 'fr';
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
        // Another country's adjective before the title: its own minister ("German Foreign Minister").
        if (!marked && /\p{Lu}[\p{L}.]*[ \u00a0]+$/u.test(before) && !/(?:^|[ \u00a0])(?:The|A|An)[ \u00a0]+$/u.test(before)) continue;
        const became = !marked && !name && BECAME.test(before);
        if (!marked && !name && !became) continue;
        // The span: the title with its country words, without the person's name.
        const nameAt = name ? m[0].lastIndexOf(name) : -1;
        const form = v.text.slice(start, m.index) + (nameAt > 0 ? m[0].slice(0, nameAt) : m[0]).replace(/[ \u00a0,]+$/u, '');
        const title = o.title[lang];
        // "ministre américain des Affaires étrangères" → "secrétaire d’État américain".
        const fixed = form.replace(g['w']!, g['mid'] ? `${title} ${g['mid']}` : title);
        titles.push({ office, start, form, fixed, marked, ...(name ? { name } : {}), became });
      }
    }
  });
  return { binds, titles };
}

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
