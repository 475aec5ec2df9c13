// Sentence-break debris beyond stranded words (fragment.ts): a line that ends on an article or a
// preposition while the text goes on in the next paragraph ("After a\n\nthreat"); punctuation
// left by a join (". ,"); a lowercase word after a full stop inside a line ("under the roof. of"); an
// acronym split by a full stop ("N.ATO"); a document whose first line starts mid-sentence.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { matchesAtCues } from '../util/cue-scan.js';

// Words a sentence cannot end on: articles, prepositions, conjunctions.
const DANGLING: Record<string, ReadonlySet<string>> = {
  en: new Set('a an the of to for with from by at in on into and or but than as that its their his her our'.split(' ')),
  fr: new Set('le la les un une des du de d au aux à par pour avec sur dans et ou mais que qui son sa ses leur leurs ce cette'.split(' ')),
};
const ABBREV =
  /^(?:etc|approx|vs|incl|cf|no|fig|pp|ca|env|av|apr|jr|sr|st|mr|mrs|ms|dr|prof|gen|col|lt|sgt|rev|corp|inc|ltd|co|dept|univ|vol|ed|eds|op|cit|ibid|al|jan|feb|mar|aug|sept|sep|oct|nov|dec|min|max|sq|ft|in|oz|lb|km|mio|mrd|bzw|nr|tel|art|al|p|pp|e|i|a|m|h)$/iu;
const STRAY = /[.!?][ \u00a0]+[,;:](?=[ \u00a0]*[\p{L}\p{N}])/gu;
const ACRONYM_SPLIT = /(?<![\p{L}\p{N}.])(\p{Lu})\.(\p{Lu}{2,4})(?![\p{L}\p{N}]|\.\p{L})/uy;
const STRANDED_TAIL = /^(?:[ \t]+\p{Ll}[\p{L}’'-]*)?[ \t\u00a0]*(?:[.!?»”]|\n|$)/u;
const LOWER_CUE = /\.[ \u00a0]+\p{Ll}/gu;
const LOWER_AFTER_STOP = /(\p{L}{3,})\.[ \u00a0]+(\p{Ll}[\p{L}’'-]*)/uy;

export const brokenLinesRule: Rule = {
  id: 'fragment.broken-line',
  category: 'fragment',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text', 'corpus'],
  languages: ['en', 'fr'],
  run(env, view) {
    if (!view) return;
    const { text, paragraphs } = view;
    const dangling = DANGLING[view.lang]!;
    for (let i = 0; i + 1 < paragraphs.length; i++) {
      const p = paragraphs[i]!;
      const body = p.text.trimEnd();
      // The paragraph's last word (found from the end: a pattern anchored at $ is tried at every position).
      let ws = body.length;
      while (ws > 0 && !/\s/u.test(body[ws - 1]!)) ws--;
      const word = body.slice(ws);
      if (!word || !/^[\p{L}’']+$/u.test(word)) continue;
      if (!dangling.has(word.toLowerCase()) || body.split(/\s+/u).length < 4) continue;
      const next = paragraphs[i + 1]!;
      // Infobox layouts put a date or a number on the next line ("En fonction du\n19 septembre").
      if (/^\s*\p{N}/u.test(next.text)) continue;
      const nextLead = next.text.length - next.text.trimStart().length;
      const nextWord = /^[^\s]+/u.exec(next.text.trimStart())?.[0] ?? '';
      const start = p.start + body.length - word.length;
      env.emit(view, {
        start,
        end: next.start + nextLead + nextWord.length,
        message: msg('fragment.broken-line.dangling', { word }),
      });
    }
    // An acronym split by a full stop ("N.ATO") that the corpus writes whole elsewhere ("NATO").
    // Cue first: a full stop between two capitals, then the pattern (sticky) from the capital before it.
    for (let dot = text.indexOf('.'); dot > 0; dot = text.indexOf('.', dot + 1)) {
      const a = text[dot - 1]!;
      const z = text[dot + 1];
      if (z === undefined || a === a.toLowerCase() || z === z.toLowerCase()) continue;
      ACRONYM_SPLIT.lastIndex = dot - 1;
      const m = ACRONYM_SPLIT.exec(text);
      if (!m) continue;
      const whole = m[1]! + m[2]!;
      if (!(env.model.capitalised.get(whole.toLowerCase()) ?? 0)) continue;
      env.emit(view, { start: m.index, end: m.index + m[0].length, suggestions: [whole], message: msg('fragment.broken-line.acronym', { form: m[0], whole }) });
    }
    // A document that starts in the middle of a sentence (the scraper cut its beginning).
    const head = paragraphs.find((p) => !/^\s*(?:date[ \u00a0]+)?\d{4}-\d\d(?:-\d\d)?\s*$/u.test(p.text));
    if (head) {
      const stamp = /^\s*(?:date[ \u00a0]+\d{4}-\d\d(?:-\d\d)?|\d{4}-\d\d-\d\d)?\s*/u.exec(head.text)![0].length;
      const lower = /^\p{Ll}[\p{L}’'-]*(?:[ \u00a0]+[\p{L}’'-]+)?/u.exec(head.text.slice(stamp));
      if (lower && !/^(?:https?|www)/u.test(lower[0])) {
        const s = head.start + stamp;
        env.emit(view, { start: s, end: s + lower[0].length, message: msg('fragment.broken-line.cut-start', { form: lower[0] }) });
      }
    }
    STRAY.lastIndex = 0;
    for (let m = STRAY.exec(text); m; m = STRAY.exec(text)) {
      // After a word, with optional spaces between ("mardi. , 2025").
      let s = m.index;
      while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\u00a0')) s--;
      if (s === 0 || !/\p{L}/u.test(text[s - 1]!)) continue;
      const whole = text.slice(s, m.index + m[0].length);
      env.emit(view, {
        start: s,
        end: m.index + m[0].length,
        suggestions: [whole.replace(/[ \u00a0]*[.!?][ \u00a0]+/u, '')],
        message: msg('fragment.broken-line.stray-punct', { form: whole.trim() }),
      });
    }
    for (const m of matchesAtCues(text, LOWER_CUE, LOWER_AFTER_STOP, (st) => st === 0 || !/[\p{L}\p{N}.]/u.test(text[st - 1]!))) {
      const prev = m[1]!;
      if (ABBREV.test(prev) || /^\p{Lu}+$/u.test(prev)) continue;
      // One or two words closed by a full stop are fragment.stranded-words' finding.
      if (STRANDED_TAIL.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      // Inside a quotation or a list marker the lowercase may be right ("… etc. and"): needs a word before.
      const form = m[0];
      env.emit(view, { start: m.index, end: m.index + form.length, message: msg('fragment.broken-line.lower-start', { form }) });
    }
  },
};
