// Words glued where a link or a line break used to be (the scraper dropped the space):
//  - "World.Garcia", "EU.Martens": a full stop directly followed by a capitalised word;
//  - "ofAnna", "Grantsaid", "Haraldor": a lowercase function word glued to a name (of the corpus or
//    a given name of the names knowledge base), or a name the corpus knows glued to a function word.
// Not safe: URLs, domain names and brand spellings look alike; an editor decides.
import type { DocView } from '../corpus.js';
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { matchesAtCues } from '../util/cue-scan.js';
import { isGivenName } from '../names/kb.js';
import { FUNCTION_WORDS } from '../util/lexicon.js';

// Lowercase left parts and right parts that glue to a name at a former boundary.
const LEFT: Record<string, string[]> = {
  en: ['of', 'the', 'and', 'to', 'in', 'for', 'by', 'with', 'from', 'on', 'at'],
  fr: ['de', 'du', 'des', 'le', 'la', 'les', 'et', 'à', 'par', 'pour', 'avec', 'sur'],
};
const RIGHT: Record<string, string[]> = {
  en: ['said', 'says', 'told', 'and', 'or', 'is', 'was', 'has', 'had', 'the', 'who'],
  fr: ['a', 'et', 'ou', 'est', 'qui', 'le', 'la', 'les', 'de', 'du'],
};
const PERIOD_CUE = /\.\p{Lu}/gu;
const PERIOD = /(\p{L}{2,})\.(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}]*\.[\p{L}])(?![\p{L}]*[/@])/uy;
const URLISH = /(?:https?:|www\.|@|\/)\S*$/u;

export const gluedBoundaryRule: Rule = {
  id: 'spacing.glued-boundary',
  category: 'spacing',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text', 'corpus'],
  languages: ['en', 'fr'],
  run(env, view) {
    if (!view) return;
    periodGlue(view);
    nameGlue(view);

    function periodGlue(v: DocView): void {
      for (const m of matchesAtCues(v.text, PERIOD_CUE, PERIOD, (st) => st === 0 || !/[\p{L}\p{N}.@/]/u.test(v.text[st - 1]!))) {
        const before = v.text.slice(Math.max(0, m.index - 40), m.index);
        if (URLISH.test(before)) continue;
        const left = m[1]!;
        // Abbreviations and initials ("St.Petersburg" stays, "U.S.Army" has single letters).
        if (left.length < 2 || /^(?:St|Dr|Mr|Mrs|Ms|Mt|Ste|Jr|Sr|Co|No|Nr|Vol|Prof|Gen)$/u.test(left)) continue;
        const form = m[0];
        env.emit(v, {
          start: m.index,
          end: m.index + form.length,
          suggestions: [`${left}. ${m[2]}`],
          safe: false,
          message: msg('spacing.glued-boundary.period', { form }),
        });
      }
    }

    function nameGlue(v: DocView): void {
      const { model } = env;
      const left = LEFT[v.lang] ?? [];
      const right = RIGHT[v.lang] ?? [];
      const fw = FUNCTION_WORDS[v.lang] ?? new Set<string>();
      for (const t of v.tokens) {
        const w = t.text;
        if (w.length < 5) continue;
        // "ofAnna": lowercase function word + capitalised rest that is a name in the corpus.
        if (/^\p{Ll}/u.test(w)) {
          for (const l of left) {
            if (!w.startsWith(l) || w.length - l.length < 3) continue;
            const rest = w.slice(l.length);
            if (!/^\p{Lu}\p{Ll}+$/u.test(rest) || (!(model.capitalised.get(rest.toLowerCase()) ?? 0) && !model.isKnownName(rest) && !isGivenName(rest)))
              continue;
            env.emit(v, {
              start: t.start,
              end: t.end,
              suggestions: [`${l} ${rest}`],
              safe: false,
              message: msg('spacing.glued-boundary.camel', { form: w, left: l, right: rest }),
            });
            break;
          }
          continue;
        }
        // "Haraldor", "Grantsaid": a name the corpus has on its own, glued to a function word.
        if (!/^\p{Lu}\p{Ll}+$/u.test(w) || model.isOrdinaryWord(t.lower, v.lang) || fw.has(t.lower)) continue;
        if (model.spell?.languages().includes(v.lang) && model.spell.has(w, v.lang)) continue;
        for (const r of right) {
          if (!w.endsWith(r) || w.length - r.length < 3) continue;
          const name = w.slice(0, w.length - r.length);
          if (!model.isKnownName(name) || (model.capitalised.get(name.toLowerCase()) ?? 0) < 2) continue;
          env.emit(v, {
            start: t.start,
            end: t.end,
            suggestions: [`${name} ${r}`],
            safe: false,
            message: msg('spacing.glued-boundary.name-word', { form: w, name, word: r }),
            evidence: [msg('spacing.glued-boundary.ev.name', { name })],
          });
          break;
        }
      }
    }
  },
};
