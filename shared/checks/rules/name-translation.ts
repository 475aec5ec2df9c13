// Names translated as common words ("Flashing"/"Clignote" for Blinken, whose name is a German
// verb). Evidence, combined:
//  (a) glossary: do-not-translate names and their known wrong variants;
//  (b) speaker slots ("said X", "X a déclaré", "selon X") holding a capitalised ordinary word
//      that the corpus never uses as a name, while the document's main person fits the slot;
//  (c) a partner document (version or aligned translation) with a name at that place.
// Then the same wrong form anywhere in the corpus gets the same suggestion.
import type { DocView } from '../corpus.js';
import { msg, type MessageRef } from '../messages/ref.js';
import type { Rule, RuleEnv } from '../rule.js';
import { termsOf, preferredOf } from '../glossary/types.js';
import { DETERMINERS, FUNCTION_WORDS, TITLE_HEADS } from '../util/lexicon.js';
import { findSubstitutions } from '../util/substitutions.js';
import { versionPairs } from '../util/versions.js';
import { isAllCaps, isUpperInitial, tokenize, tokensWithin, type Token } from '../util/text.js';

interface Wrong {
  suggestion: string;
  why: MessageRef;
}

const SAME_FORM_ELSEWHERE = msg('name-translation.common-word.ev.elsewhere');

export const nameTranslationRule: Rule = {
  id: 'name-translation.common-word',
  category: 'name-translation',
  severity: 'error',
  scope: 'corpus',
  inputs: ['text', 'corpus', 'partners'],
  defaults: { minNameUses: 2, partnerEvidence: true, minBeadConfidence: 0.5 },
  run(env) {
    const { model } = env;
    const wrong = new Map<string, Wrong>();
    const done = new Set<string>();
    const emit = (v: DocView, t: Token, w: Wrong, extra?: MessageRef) => {
      const k = `${v.doc.id}:${t.start}`;
      if (done.has(k)) return;
      done.add(k);
      // Glossary, partner and main-person-slot evidence is strong; a form found only because it
      // was wrong elsewhere needs the editor's eye.
      env.emit(v, {
        start: t.start,
        end: t.end,
        suggestions: [w.suggestion],
        message: msg('name-translation.common-word', { form: t.text, name: w.suggestion }),
        evidence: extra ? [w.why, extra] : [w.why],
        safe: extra === undefined,
      });
    };

    // Capitalised mid-sentence uses outside speaker slots: a word consistently used as a name.
    // Each document's counts from its own text, kept across re-checks (model.memo per document).
    const midCaps = new Map<string, number>();
    for (const v of model.views) {
      const mine = model.memo(`common-word:mid-caps:${v.doc.id}`, () => {
        const out = new Map<string, number>();
        const slots = model.slotStarts(v);
        for (const t of v.tokens) {
          if (!isUpperInitial(t.text) || slots.has(t.start) || model.isSentenceInitial(v, t)) continue;
          out.set(t.text, (out.get(t.text) ?? 0) + 1);
        }
        return out;
      });
      for (const [f, n] of mine) midCaps.set(f, (midCaps.get(f) ?? 0) + n);
    }
    const minUses = env.opt<number>('minNameUses');
    const looksLikeRenderedName = (v: DocView, t: Token): boolean => {
      if (isAllCaps(t.text) || /[-‑’']/u.test(t.text) || t.text.length < 3) return false;
      if ((FUNCTION_WORDS[v.lang] ?? new Set()).has(t.lower)) return false;
      if (model.isKnownName(t.text) || (midCaps.get(t.text) ?? 0) >= minUses) return false;
      // Part of a multi-word name or title ("National Security Advisor", "White House").
      if (inNameRun(v, t)) return false;
      // The dictionary lists it capitalised: a proper noun (Turkey, Bush) in its own right.
      if (model.spell?.languages().includes(v.lang) && model.spell.has(t.text, v.lang)) return false;
      return model.isOrdinaryWord(t.lower, v.lang);
    };

    // (a) glossary variants.
    for (const entry of model.glossary.entries) {
      if (entry.kind !== 'name') continue;
      for (const v of model.views) {
        const name = preferredOf(entry, v.lang) ?? preferredOf(entry, '*');
        if (!name) continue;
        for (const variant of termsOf(entry, v.lang, 'forbidden')) {
          const vt = tokenize(variant);
          if (!vt.length) continue;
          for (let i = 0; i + vt.length <= v.tokens.length; i++) {
            if (!vt.every((x, j) => v.tokens[i + j]!.text === x.text)) continue;
            const t0 = v.tokens[i]!;
            const t1 = v.tokens[i + vt.length - 1]!;
            const w = { suggestion: name, why: msg('name-translation.common-word.ev.glossary', { variant, name }) };
            wrong.set(variant, w);
            emit(v, { ...t0, end: t1.end, text: v.text.slice(t0.start, t1.end) }, w);
          }
        }
      }
    }

    // (b) speaker slots.
    for (const v of model.views) {
      const main = model.mainPerson(v);
      if (!main) continue;
      const dets = DETERMINERS[v.lang] ?? new Set<string>();
      for (const s of model.speakerSlots(v)) {
        const t = s.token;
        if (t.text === main || !looksLikeRenderedName(v, t)) continue;
        const prev = v.tokens[t.index - 1];
        if (prev && dets.has(prev.lower) && /^\s+$/u.test(v.text.slice(prev.end, t.start))) continue; // "the Pentagon said"
        if (s.slot === 'subject' && model.isSentenceInitial(v, t) && v.lang === 'en' && /s$/u.test(t.lower)) continue; // "Officials said"
        if (s.slot === 'subject' && v.lang === 'en' && /ing$/u.test(t.lower)) continue; // "Having said so": a participle clause
        const slot = s.slot === 'subject' ? `${t.text} ${s.cue}` : `${s.cue} ${t.text}`;
        const w = { suggestion: main, why: msg('name-translation.common-word.ev.speaker-slot', { slot, word: t.lower, lang: v.lang, main }) };
        if (!wrong.has(t.text)) wrong.set(t.text, w);
        emit(v, t, w);
      }
    }

    // (c) partner documents.
    if (env.opt<boolean>('partnerEvidence')) partnerEvidence(env, looksLikeRenderedName, wrong, emit);

    // Propagate: the same wrong form elsewhere (any language), when used like a name.
    if (!wrong.size) return;
    for (const v of model.views) {
      for (const t of v.tokens) {
        const w = wrong.get(t.text);
        if (!w || (model.isSentenceInitial(v, t) && !model.slotStarts(v).has(t.start))) continue;
        emit(v, t, w, SAME_FORM_ELSEWHERE);
      }
    }
  },
};

const spacesOnly = (text: string, from: number, to: number): boolean => {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 0x202f) return false;
  }
  return true;
};
// Lowercase words that may join the words of a title ("Secretary of State", "ministre de l’Intérieur").
const TITLE_JOINERS = new Set(['of', 'for', 'the', 'de', 'du', 'des', 'la', 'le', 'and', 'et']);

/**
 * A capitalised word inside a run of capitalised words: followed by another ("National Security"),
 * or preceded by one where the run before it is not a title ("White House", "State Department";
 * "Secretary of State X" and "President X" keep X a candidate surname).
 */
export function inNameRun(v: DocView, t: Token): boolean {
  const toks = v.tokens;
  const next = toks[t.index + 1];
  if (next && isUpperInitial(next.text) && spacesOnly(v.text, t.end, next.start)) return true;
  let j = t.index - 1;
  let cur = t;
  let capsBefore = 0;
  let titled = false;
  while (j >= 0) {
    const p = toks[j]!;
    if (!spacesOnly(v.text, p.end, cur.start)) break;
    if (isUpperInitial(p.text)) {
      capsBefore++;
      if (TITLE_HEADS.has(p.lower)) titled = true;
    } else if (!(TITLE_JOINERS.has(p.lower) && j > 0 && isUpperInitial(toks[j - 1]!.text))) break;
    cur = p;
    j--;
  }
  return capsBefore > 0 && !titled;
}

function partnerEvidence(
  env: RuleEnv,
  suspect: (v: DocView, t: Token) => boolean,
  wrong: Map<string, Wrong>,
  emit: (v: DocView, t: Token, w: Wrong) => void,
): void {
  const { model } = env;
  // Versions: a one-word substitution between a name and a capitalised ordinary word.
  for (const [a, b] of versionPairs(model, 8)) {
    for (const sub of findSubstitutions(model, a, b, 3)) {
      if (sub.a.length !== 1 || sub.b.length !== 1) continue;
      const x = sub.a[0]!;
      const y = sub.b[0]!;
      for (const [v, t, name] of [
        [a, x, y],
        [b, y, x],
      ] as Array<[DocView, Token, Token]>) {
        if (isUpperInitial(t.text) && model.isKnownName(name.text) && suspect(v, t)) {
          const w = { suggestion: name.text, why: msg('name-translation.common-word.ev.other-version', { name: name.text }) };
          if (!wrong.has(t.text)) wrong.set(t.text, w);
          emit(v, t, w);
        }
      }
    }
  }
  // Translations with a sentence alignment: the aligned sentence names a person this one lacks.
  for (const link of model.partners) {
    if (!link.beads) continue;
    const a = model.byId.get(link.a);
    const b = model.byId.get(link.b);
    if (!a || !b) continue;
    const minConf = env.opt<number>('minBeadConfidence');
    for (const bead of link.beads) {
      // A weak bead pairs unrelated sentences: no evidence. (No confidence: a confirmed alignment.)
      if (bead.confidence !== undefined && bead.confidence < minConf) continue;
      for (const [v, mine, other, otherIdx] of [
        [a, bead.src, b, bead.tgt],
        [b, bead.tgt, a, bead.src],
      ] as Array<[DocView, number[], DocView, number[]]>) {
        const people = new Set<string>();
        for (const i of otherIdx) {
          const s = model.linkSentences(link, other)[i];
          if (!s) continue;
          // People only: names that speak somewhere in the corpus (not places such as San Francisco).
          for (const t of tokensWithin(other.tokens, s.start, s.end))
            if (model.isKnownName(t.text) && model.speakers().has(t.text) && !model.isOrdinaryWord(t.lower, other.lang)) people.add(t.text);
        }
        for (const i of mine) {
          const s = model.linkSentences(link, v)[i];
          if (!s) continue;
          const toks = tokensWithin(v.tokens, s.start, s.end);
          const missing = [...people].filter((p) => !toks.some((t) => t.text === p));
          if (missing.length !== 1) continue;
          for (const t of toks) {
            if (!isUpperInitial(t.text) || !suspect(v, t)) continue;
            if (model.isSentenceInitial(v, t) && !model.speakerSlots(v).some((h) => h.token.start === t.start)) continue;
            const prev = v.tokens[t.index - 1];
            if (prev && (DETERMINERS[v.lang] ?? new Set<string>()).has(prev.lower)) continue; // "le Sénat": a noun phrase
            const w = { suggestion: missing[0]!, why: msg('name-translation.common-word.ev.aligned', { doc: other.doc.name, name: missing[0]! }) };
            if (!wrong.has(t.text)) wrong.set(t.text, w);
            emit(v, t, w);
          }
        }
      }
    }
  }
}
