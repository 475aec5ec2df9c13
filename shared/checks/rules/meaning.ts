// Meaning drift between versions of the same text: they agree on the surrounding words and
// differ on one to three words ("improve the rules" ↔ "undercut the rules"). Two translations of
// one text differ all the time by paraphrase ("posh" ↔ "elegant", "phone call" ↔ "call"); a
// difference is worth an editor's time only when
//  - a third version sides with one of the two: the odd one out is flagged, the majority's words
//    suggested (round trips and several MT outputs of one article); where the three disagree
//    every way, or the third backs both, they paraphrase;
//  - or, with no third version, the two are not synonyms by the bilingual lexicon (both render
//    into the same word of the other language), not forms of one word ("come" ↔ "came"), and,
//    when one side only adds words, what it adds is a negation or a number.
// Spelling variants (behavior/behaviour), function-word swaps and reorderings are ignored.
import { lookup, translationsFor } from '../../align/lexicon.js';
import { foldKey } from '../../text/index.js';
import type { CorpusModel, DocView } from '../corpus.js';
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { FUNCTION_WORDS } from '../util/lexicon.js';
import { editDistance, findSubstitutions } from '../util/substitutions.js';
import type { Token } from '../util/text.js';
import { versionPairs } from '../util/versions.js';

const NEGATION: Record<string, ReadonlySet<string>> = {
  en: new Set(['not', 'no', 'never', 'nor', "n't", 'without']),
  fr: new Set(['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'sans', 'ni']),
};
// The lexicon's other language for each checked one.
const OTHER_LANG = new Map([
  ['en', 'fr'],
  ['fr', 'en'],
]);

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
    const pairs = versionPairs(model, env.opt<number>('minShared'));
    // The other versions of each document, for a third opinion.
    const versionsOf = new Map<DocView, Set<DocView>>();
    for (const [a, b] of pairs) {
      if (!versionsOf.has(a)) versionsOf.set(a, new Set());
      if (!versionsOf.has(b)) versionsOf.set(b, new Set());
      versionsOf.get(a)!.add(b);
      versionsOf.get(b)!.add(a);
    }
    for (const [a, b] of pairs) {
      const fw = FUNCTION_WORDS[a.lang] ?? new Set<string>();
      const thirds = [...new Set([...versionsOf.get(a)!, ...versionsOf.get(b)!])].filter((v) => v !== a && v !== b);
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
        // One side holds all the other's words plus some ("call" / "phone call"): an addition.
        const within = (x: string[], y: string[]) => x.every((w) => y.includes(w));
        const addition = within(la, lb) || within(lb, la);
        let flag: Array<'a' | 'b'> | undefined;
        if (thirds.length) {
          const before = a.tokens[sub.a[0]!.index - 1];
          const backs = (words: string[]) => {
            const cw = words.filter((w) => !fw.has(w));
            return before !== undefined && thirds.some((c) => backedBy(model, c, before.lower, cw.length ? cw : words, words.length + 2));
          };
          const backsA = backs(la);
          const backsB = backs(lb);
          // Backed by both or by none: the versions paraphrase each other here (every way).
          if (backsA === backsB) continue;
          flag = backsA ? ['b'] : ['a'];
        }
        if (!flag) {
          if (addition) {
            const added = la.length > lb.length ? la.filter((w) => !lb.includes(w)) : lb.filter((w) => !la.includes(w));
            const neg = NEGATION[a.lang] ?? new Set<string>();
            if (!added.some((w) => neg.has(w) || /\p{N}/u.test(w))) continue;
          } else if (sameWordForms(sub.a, sub.b) || synonyms(a.lang, la, lb, fw)) continue;
          flag = ['a', 'b'];
        }
        const sides = { a: [a, sub.a, wb, b] as const, b: [b, sub.b, wa, a] as const };
        for (const side of flag) {
          const [view, toks, other, otherView] = sides[side];
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

/** Whether the document has `before` followed, within `span` words, by these words in order. */
function backedBy(model: CorpusModel, v: DocView, before: string, words: string[], span: number): boolean {
  const b = model.intern(before);
  const ids = words.map((w) => model.intern(w));
  const t = v.tokens;
  const id = (i: number) => t[i]!.id || model.intern(t[i]!.lower);
  for (let i = 0; i < t.length; i++) {
    if (id(i) !== b) continue;
    let j = 0;
    for (let k = i + 1; k < t.length && k <= i + span && j < ids.length; k++) if (id(k) === ids[j]) j++;
    if (j === ids.length) return true;
  }
  return false;
}

/** One content word each, forms of one word: a long shared beginning ("adopted" / "adopts"). */
function sameWordForms(a: Token[], b: Token[]): boolean {
  if (a.length !== 1 || b.length !== 1) return false;
  const x = a[0]!.lower;
  const y = b[0]!.lower;
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  return p >= 4 && p >= Math.min(x.length, y.length) - 2;
}

/** Synonyms by the bilingual lexicon: every content word of one side shares a translation
 *  with a content word of the other ("posh" / "elegant" both "élégant"). */
function synonyms(lang: string, la: string[], lb: string[], fw: ReadonlySet<string>): boolean {
  const other = OTHER_LANG.get(lang);
  if (!other) return false;
  const t = translationsFor(lang, other);
  const keys = (w: string) => new Set(lookup(t, foldKey(w))?.keys() ?? []);
  const ca = la.filter((w) => !fw.has(w)).map(keys);
  const cb = lb.filter((w) => !fw.has(w)).map(keys);
  if (!ca.length || !cb.length || ca.some((k) => k.size === 0) || cb.some((k) => k.size === 0)) return false;
  const meets = (x: Set<string>, ys: Set<string>[]) => ys.some((y) => [...x].some((k) => y.has(k)));
  return ca.every((x) => meets(x, cb)) && cb.every((y) => meets(y, ca));
}
