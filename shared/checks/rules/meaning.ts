// Meaning drift between two versions of the same text: they agree on the surrounding words and
// differ on one to three words ("improve the rules" ↔ "undercut the rules"). Spelling variants
// (behavior/behaviour) and function-word swaps are ignored.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { FUNCTION_WORDS } from '../util/lexicon.js';
import { editDistance, findSubstitutions } from '../util/substitutions.js';
import { versionPairs } from '../util/versions.js';

export const meaningRule: Rule = {
  id: 'meaning.version-diff',
  category: 'meaning',
  severity: 'warning',
  scope: 'corpus',
  inputs: ['text', 'partners'],
  defaults: { maxWords: 3, minShared: 8 },
  run(env) {
    const { model } = env;
    const maxWords = env.opt<number>('maxWords');
    for (const [a, b] of versionPairs(model, env.opt<number>('minShared'))) {
      const fw = FUNCTION_WORDS[a.lang] ?? new Set<string>();
      for (const sub of findSubstitutions(model, a, b, maxWords)) {
        const wa = sub.a.map((t) => t.text).join(' ');
        const wb = sub.b.map((t) => t.text).join(' ');
        const content = (ts: typeof sub.a) => ts.some((t) => !fw.has(t.lower) && !/^\p{N}+$/u.test(t.lower));
        if (!content(sub.a) || !content(sub.b)) continue;
        if (wa.toLowerCase() === wb.toLowerCase() || (Math.min(wa.length, wb.length) >= 5 && editDistance(wa.toLowerCase(), wb.toLowerCase()) <= 2)) continue;
        // Both are capitalised: names differ, the name-translation check judges those.
        if (sub.a.length === 1 && sub.b.length === 1 && /^\p{Lu}/u.test(wa) && /^\p{Lu}/u.test(wb)) continue;
        // The same words in another order ("said Merkel" / "Merkel said"): no drift.
        const la = sub.a.map((t) => t.lower);
        const lb = sub.b.map((t) => t.lower);
        if (la.length === lb.length && [...la].sort().join(' ') === [...lb].sort().join(' ')) continue;
        // One side holds all the other's words plus some ("call" / "phone call"): an addition, for reading.
        const within = (x: string[], y: string[]) => x.every((w) => y.includes(w));
        const addition = within(la, lb) || within(lb, la);
        const sides: Array<[typeof a, typeof sub.a, string, typeof b]> = [
          [a, sub.a, wb, b],
          [b, sub.b, wa, a],
        ];
        for (const [view, toks, other, otherView] of sides) {
          const mine = toks.map((t) => t.text).join(' ');
          env.emit(view, {
            start: toks[0]!.start,
            end: toks[toks.length - 1]!.end,
            suggestions: [other],
            ...(addition ? { severity: 'info' as const } : {}),
            message: msg('meaning.version-diff', { mine, other }),
            evidence: [msg('meaning.version-diff.ev.other', { doc: otherView.doc.name, other })],
          });
        }
      }
    }
  },
};
