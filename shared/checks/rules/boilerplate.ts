// Web-page debris left in scraped articles: widget labels, CMS placeholders, photo credits,
// sponsor notices, "NEXT …" teasers, truncated teasers ending in "…", and — in a page that
// shows such widgets — inline related-article headlines and trailing short lines.
import { firstMatch } from '../data/check-data.js';
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { countWords, type Line } from '../util/text.js';
import { cutLastWord } from '../util/excerpt.js';

// Widget labels, credit and sponsor patterns are versioned data (data/check-data.ts, env.model.data).
const PLACEHOLDER =
  /\b(?:descriptive text here|lorem ipsum|caption (?:here|goes here)|text goes here|insert (?:text|caption|image)|image description|alt text|placeholder|texte descriptif ici)\b/iu;
const NEXT = /^\s*(?:NEXT|PREVIOUS|PREV|SUIVANT|PRÉCÉDENT|À SUIVRE|LIRE LA SUITE|READ NEXT)\b/u;

const words = countWords;
// Words every SPONSOR phrase contains: lines without any skip the slower pattern.
const SPONSOR_CUE = /support|sponsor|partner|partenariat|editorial/iu;

export const boilerplateRule: Rule = {
  id: 'boilerplate.web-debris',
  category: 'boilerplate',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  defaults: { maxWidgetWords: 10, headlines: true },
  run(env, view) {
    if (!view) return;
    const { text, paragraphs } = view;
    const maxWidget = env.opt<number>('maxWidgetWords');
    const { widget: WIDGET, creditLine: CREDIT_LINE, credit: CREDIT_INLINE, sponsor: SPONSOR } = env.model.data;
    // The cue prefilter is written for the shipped sponsor patterns only.
    const customSponsor = env.model.profile.data?.sponsorPatterns !== undefined;
    const flagged = new Set<number>();
    let widgets = 0;
    let teasers = 0;
    const trimmed = (p: Line): [number, number] => {
      const lead = p.text.length - p.text.trimStart().length;
      return [p.start + lead, p.start + p.text.trimEnd().length];
    };
    // Only CMS placeholders are removed unattended: other debris is a judgement (safety.ts).
    const emit = (s: number, e: number, kind: string, severity?: 'info') =>
      env.emit(view, {
        start: s,
        end: e,
        suggestions: [''],
        message: msg(`boilerplate.web-debris.${kind}`),
        ...(severity ? { severity } : {}),
        ...(kind === 'placeholder' ? { safe: true } : {}),
      });

    paragraphs.forEach((p, idx) => {
      const [s, e] = trimmed(p);
      const line = text.slice(s, e);
      const n = words(line);
      const short = n <= 12;
      if (n <= maxWidget && WIDGET.some((re) => re.test(line))) {
        widgets++;
        flagged.add(idx);
        emit(s, e, 'widget');
        return;
      }
      if (short && PLACEHOLDER.test(line)) {
        widgets++;
        flagged.add(idx);
        emit(s, e, 'placeholder');
        return;
      }
      if ((short && NEXT.test(line)) || (n <= 25 && NEXT.test(line))) {
        widgets++;
        flagged.add(idx);
        emit(s, e, 'teaser');
        return;
      }
      if (n <= 8 && CREDIT_LINE.some((re) => re.test(line))) {
        flagged.add(idx);
        // A credit is page furniture that human-edited news keeps too: for review, not an error.
        emit(s, e, 'credit-line', 'info');
        return;
      }
      const credit = firstMatch(CREDIT_INLINE, line);
      if (credit) emit(s + credit.index, s + credit.index + credit[0].trimEnd().length, 'credit', 'info');
      const sponsor = customSponsor || SPONSOR_CUE.test(line) ? firstMatch(SPONSOR, line) : null;
      if (sponsor) {
        widgets++;
        flagged.add(idx);
        const from = Math.max(line.lastIndexOf('. ', sponsor.index) + 2, 0);
        const dot = line.indexOf('.', sponsor.index);
        emit(s + (from === 1 ? 0 : from), s + (dot < 0 ? line.length : dot + 1), 'sponsor');
        return;
      }
      // A paragraph cut short with an ellipsis: the teaser of a linked article.
      const teaser = /(?:…|\.\.\.)$/u.test(line) ? /(?:^|[,;:.!?]\s+)([^,;:.!?…]*(?:…|\.\.\.))$/u.exec(line) : null;
      if (teaser && !/[»”"]\s*$/u.test(line)) {
        widgets++;
        teasers++;
        flagged.add(idx);
        const ts = s + teaser.index + teaser[0].length - teaser[1]!.length - (teaser[0].length - teaser[0].trimEnd().length);
        emit(ts, e, 'truncated-teaser');
      }
    });

    if (!env.opt<boolean>('headlines') || widgets === 0) return;
    // In a page that shows widgets: trailing short lines; and, where related articles are
    // teased ("…"), short standalone lines between body paragraphs (their headlines).
    let tail = paragraphs.length - 1;
    // An excerpt cut off mid-word ("In th"): the collector's cut, not a line of the page.
    const cut = cutLastWord(text);
    const cutMidWord = cut !== undefined && env.model.spell !== undefined && !env.model.spell.correct(text.slice(cut[0], cut[1]), view.lang);
    while (tail > 0 && words(paragraphs[tail]!.text) <= 6 && !/[.!?…]\s*$/u.test(paragraphs[tail]!.text)) {
      if (tail === paragraphs.length - 1 && cutMidWord) {
        tail--;
        continue;
      }
      if (!flagged.has(tail)) {
        const [s, e] = trimmed(paragraphs[tail]!);
        flagged.add(tail);
        emit(s, e, 'trailing-line', 'info');
      }
      tail--;
    }
    for (let i = 1; i < paragraphs.length - 1 && teasers > 0; i++) {
      if (flagged.has(i)) continue;
      const p = paragraphs[i]!;
      const n = words(p.text);
      if (n < 4 || n > 14 || /[.!?…:»”]\s*$/u.test(p.text)) continue;
      const nextLen = words(paragraphs[i + 1]!.text);
      const prevLen = words(paragraphs[i - 1]!.text);
      if (nextLen < 15 || prevLen < 10) continue;
      const [s, e] = trimmed(p);
      emit(s, e, 'inserted-headline', 'info');
    }
  },
};
