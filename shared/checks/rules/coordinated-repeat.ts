// The same noun phrase on both sides of "and"/"et" ("des outils et des outils"): MT rendered two
// different source words by one. Single words repeated for emphasis ("more and more", "encore
// et encore") are idioms, so a determiner or two words are required.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';

// Determiners a repeated noun phrase starts with, and the coordinators between the copies.
const HEADS: Record<string, ReadonlySet<string>> = {
  en: new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'some', 'new', 'other']),
  fr: new Set(['les', 'des', 'le', 'la', 'un', 'une', 'ses', 'leurs', 'de', 'du']),
};
const CONJ: Record<string, ReadonlySet<string>> = { en: new Set(['and', 'or']), fr: new Set(['et', 'ou']) };

export const coordinatedRepeatRule: Rule = {
  id: 'repetition.coordinated',
  category: 'repetition',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  languages: ['en', 'fr'],
  run(env, view) {
    if (!view) return;
    const heads = HEADS[view.lang];
    const conj = CONJ[view.lang];
    if (!heads || !conj) return;
    const { tokens: t, text } = view;
    const spaced = (a: number, b: number) => b > a && /^[ \u00a0]+$/u.test(text.slice(a, b));
    for (let i = 2; i + 2 < t.length; i++) {
      if (!conj.has(t[i]!.lower)) continue;
      // Copies of 2 or 3 words: a determiner (or l’/d’ joined to the noun) and one or two words of 3+ letters.
      for (const k of [3, 2, 1]) {
        if (i - k < 0 || i + k >= t.length) continue;
        let same = true;
        for (let j = 0; j < k && same; j++) same = t[i - k + j]!.id === t[i + 1 + j]!.id;
        if (!same) continue;
        const first = t[i - k]!;
        const elided = /^(?:l|d)[’']/u.test(first.lower);
        if (!((k >= 2 && heads.has(first.lower)) || elided)) continue;
        if (t.slice(i - k + (elided ? 0 : 1), i).some((x) => x.text.length < 3)) continue;
        let joined = spaced(t[i - 1]!.end, t[i]!.start) && spaced(t[i]!.end, t[i + 1]!.start);
        for (let j = 0; j + 1 < k && joined; j++) joined = spaced(t[i - k + j]!.end, t[i - k + j + 1]!.start) && spaced(t[i + 1 + j]!.end, t[i + 2 + j]!.start);
        if (!joined) continue;
        const start = first.start;
        const end = t[i + k]!.end;
        env.emit(view, { start, end, message: msg('repetition.coordinated', { form: text.slice(start, end), conj: t[i]!.text }) });
        break;
      }
    }
  },
};
