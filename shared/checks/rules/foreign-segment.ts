// A line in another language than its document ("Descriptive text here" in a French article).
// Uses the injected language detector; otherwise dictionary coverage of the line's words.
import type { Rule } from '../rule.js';
import { msg, type MessageRef } from '../messages/ref.js';
import { stripClitics } from '../util/text.js';

export const foreignSegmentRule: Rule = {
  id: 'language.foreign-segment',
  category: 'language',
  severity: 'info',
  scope: 'doc',
  inputs: ['text'],
  defaults: { minWords: 3, minConfidence: 0.8 },
  run(env, view) {
    if (!view) return;
    const { spell } = env.model;
    const detect = env.model.tools?.detectLanguage;
    const minWords = env.opt<number>('minWords');
    const minConf = env.opt<number>('minConfidence');
    const langs = spell?.languages() ?? ['en', 'fr'];
    for (const p of view.paragraphs) {
      const words = p.text.match(/[\p{L}’'-]+/gu) ?? [];
      if (words.length < minWords || words.length > 60) continue;
      let found: string | undefined;
      let why: MessageRef | undefined;
      let ownCover = -1;
      if (spell && langs.includes(view.lang)) {
        // Dictionary coverage: lowercase words only (names belong to every language).
        // The first words decide; long paragraphs are left to the detector.
        // Capitalised words inside the line are names (a line of place names is no foreign
        // passage); the first word is judged, it is capitalised as the line's start.
        const lw = words
          .slice(0, 20)
          .filter((w, i) => /^\p{Ll}/u.test(w) || (i === 0 && /^\p{Lu}\p{Ll}+$/u.test(w)))
          .map((w) => stripClitics(w, view.lang).core);
        if (lw.length < minWords) continue;
        const cover = (l: string) => lw.filter((w) => spell.correct(w, l)).length / lw.length;
        const own = cover(view.lang);
        ownCover = own;
        // A line mostly in its own language is never flagged by coverage: skip the other languages.
        for (const l of own <= 0.34 ? langs : []) {
          if (l === view.lang) continue;
          const c = cover(l);
          if (c >= 0.9 && own <= 0.34) {
            found = l;
            why = msg('language.foreign-segment.ev.coverage', { other: Math.round(c * 100), own: Math.round(own * 100), found: l, lang: view.lang });
          }
        }
      }
      // The detector is costly: ask it only when the dictionary does not vouch for the line.
      // Few words suffice when the dictionary knows almost none of them (a short line left in the source language).
      if (!found && detect && words.length >= (ownCover >= 0 && ownCover <= 0.34 ? 3 : 6) && ownCover < 0.6) {
        const r = detect(p.text, { prior: view.lang });
        if (r.language !== view.lang && r.language !== 'und' && r.confidence >= minConf) {
          found = r.language;
          why = msg('language.foreign-segment.ev.detector', { found: r.language, confidence: r.confidence });
        }
      }
      if (!found || !why) continue;
      const lead = p.text.length - p.text.trimStart().length;
      env.emit(view, {
        start: p.start + lead,
        end: p.start + p.text.trimEnd().length,
        message: msg('language.foreign-segment', { found, lang: view.lang }),
        evidence: [why],
      });
    }
  },
};
