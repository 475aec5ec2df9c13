// Wrong titles bound to offices (titles knowledge base, data/offices.ts): the head of a German
// Land or a Belgian region is a Minister-President; MT writes "the Bavarian Prime Minister",
// "Brandenburg’s Prime Minister", "le Premier ministre de Basse-Saxe".
import { OFFICES, type Office } from '../data/offices.js';
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const alt = (xs: string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
const S = '[ \\u00a0]+';

interface Pat {
  re: RegExp;
  office: (m: RegExpExecArray) => Office | undefined;
}
let cache: Record<string, Pat[]> | undefined;

function patterns(): Record<string, Pat[]> {
  if (cache) return cache;
  const byForm = new Map<string, Office>();
  const words = new Map<string, Office>();
  for (const o of OFFICES) {
    for (const f of [...o.names, ...o.adjectives.en, ...o.adjectives.fr]) byForm.set(f.toLowerCase(), o);
    // Single words of the names (≥ 4 letters) for half-translated forms ("Rhineland-Palatinat").
    for (const n of o.names) for (const w of n.split(/[ -]/u)) if (w.length >= 4 && !/^(?:Lower|North|Western|Upper)$/u.test(w)) words.set(w.toLowerCase(), o);
  }
  const names = alt(OFFICES.flatMap((o) => o.names));
  const enAdj = alt(OFFICES.flatMap((o) => o.adjectives.en));
  const frAdj = alt(OFFICES.flatMap((o) => o.adjectives.fr));
  const pick = (m: RegExpExecArray) => byForm.get((m.groups?.['r'] ?? '').toLowerCase());
  const loose = (m: RegExpExecArray) => {
    const r = m.groups?.['r'] ?? '';
    return (
      byForm.get(r.toLowerCase()) ??
      r
        .split(/[ \u00a0-]+/u)
        .map((w) => words.get(w.toLowerCase()))
        .find((o) => o)
    );
  };
  const pm = `(?:Prime${S}Minister|Premier)`;
  cache = {
    en: [
      { re: new RegExp(`(?<![\\p{L}])(?<r>${enAdj})${S}${pm}(?![\\p{L}-])`, 'gu'), office: pick },
      { re: new RegExp(`(?<![\\p{L}])(?<r>${names})[’']s?${S}${pm}(?![\\p{L}-])`, 'gu'), office: pick },
      { re: new RegExp(`(?<![\\p{L}])${pm}${S}of${S}(?<r>${names})(?![\\p{L}-])`, 'gu'), office: pick },
    ],
    fr: [
      { re: new RegExp(`(?<![\\p{L}])[Pp]remier${S}ministre${S}(?<r>${frAdj})(?![\\p{L}-])`, 'gu'), office: pick },
      // "Premier ministre de (la) Bavière", also half-translated names ("de Rhineland-Palatinat").
      {
        re: new RegExp(`(?<![\\p{L}])[Pp]remier${S}ministre${S}(?:de${S}(?:la${S})?|du${S}|d[’'])(?<r>\\p{Lu}[\\p{L}-]+(?:${S}\\p{Lu}[\\p{L}-]+)?)`, 'gu'),
        office: loose,
      },
    ],
  };
  return cache;
}

export const officeTitlesRule: Rule = {
  id: 'terminology.office-title',
  category: 'terminology',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  languages: ['en', 'fr'],
  run(env, view) {
    if (!view) return;
    for (const p of patterns()[view.lang] ?? []) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(view.text); m; m = p.re.exec(view.text)) {
        const o = p.office(m);
        if (!o) continue;
        const lang = view.lang === 'fr' ? 'fr' : 'en';
        const form = m[0];
        const title = o.title[lang];
        const region = m.groups?.['r'] ?? '';
        const fixed = lang === 'en' ? form.replace(/Prime[ \u00a0]+Minister|Premier/u, title) : form.replace(/[Pp]remier[ \u00a0]+ministre/u, title);
        env.emit(view, {
          start: m.index,
          end: m.index + form.length,
          suggestions: [fixed],
          message: msg('terminology.office-title', { form, region }),
          evidence: [msg('terminology.office-title.ev.office', { region, country: o.country, title })],
        });
      }
    }
  },
};
