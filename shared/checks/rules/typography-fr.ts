// French typography: no-break space inside « » and before ; : ! ?. These are house-style
// points, judged against the document's own convention: a mark written without a space is a
// warning where the document spaces these marks most of the time (an inconsistency of its own),
// info where it spaces them only some of the time, and nothing where it never does (a consistent
// convention, common in scraped and Swiss/Belgian text). An ordinary space where a no-break space
// is wanted is invisible in reading: flagged (info) only where the document uses no-break spaces
// elsewhere or the profile names a no-break space style.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

export const frenchTypographyRule: Rule = {
  id: 'typography.fr-spaces',
  category: 'typography',
  severity: 'info',
  languages: ['fr'],
  scope: 'doc',
  inputs: ['text'],
  defaults: { flagOrdinarySpace: true },
  run(env, view) {
    if (!view) return;
    const { text } = view;
    const style = env.model.profile.houseStyle?.frenchNoBreakSpace ?? 'either';
    const want = style === 'narrow' ? NNBSP : NBSP;
    const flagOrdinary = env.opt<boolean>('flagOrdinarySpace');
    const ok = (c: string | undefined) => (c === NBSP || c === NNBSP ? style === 'either' || c === want : false);
    const classify = (c: string | undefined): 'missing' | 'ordinary' | 'other-nbsp' | 'ok' =>
      c === undefined || /[\p{L}\p{N}.,…'’"]/u.test(c) ? 'missing' : c === ' ' ? 'ordinary' : ok(c) ? 'ok' : c === NBSP || c === NNBSP ? 'other-nbsp' : 'ok';
    // The document's own house style: how often it spaces these marks at all.
    let spaced = 0;
    let unspaced = 0;
    for (const m of text.matchAll(/([^\s\u00a0\u202f])?([ \u00a0\u202f]?)[;:!?]|«([ \u00a0\u202f]?)/gu)) {
      // Which group holds the space depends on the mark: « before its text, ;:!? after a word.
      const isSpaced = m[0].startsWith('«') ? Boolean(m[3]) : m[1] !== undefined && !/[;:!?.)\]\p{N}]/u.test(m[1]) ? Boolean(m[2]) : undefined;
      if (isSpaced === true) spaced++;
      else if (isSpaced === false) unspaced++;
    }
    // Glued marks the document never spaces are its convention, not an error.
    const flagMissing = spaced > 0;
    const missingSeverity = spaced > unspaced ? 'warning' : 'info';
    // An ordinary space is a point of house style only when one was chosen or the document
    // itself uses no-break spaces there.
    const usesNoBreak = /[\u00a0\u202f][;:!?»]|«[\u00a0\u202f]/u.test(text);
    const flagOrdinarySpace = flagOrdinary && (style !== 'either' || usesNoBreak);
    const opens: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === '«') opens.push(i);
      else if (c === '»' && opens.length) {
        const o = opens.pop()!;
        if (i - o > 400 || text.slice(o, i).includes('\n')) continue;
        const inner = [classify(text[o + 1]), classify(text[i - 1])];
        const worst = inner.includes('missing') ? 'missing' : inner.includes('ordinary') ? 'ordinary' : inner.includes('other-nbsp') ? 'other-nbsp' : 'ok';
        if (worst === 'ok' || (worst === 'ordinary' && !flagOrdinarySpace) || (worst === 'missing' && !flagMissing)) continue;
        const body = text.slice(o + 1, i).replace(/^[ \u00a0\u202f]+|[ \u00a0\u202f]+$/gu, '');
        const short = i - o <= 80;
        env.emit(view, {
          start: short ? o : inner[0] !== 'ok' ? o : i - 1,
          end: short ? i + 1 : inner[0] !== 'ok' ? o + 2 : i + 1,
          severity: worst === 'missing' ? missingSeverity : 'info',
          suggestions: short ? [`«${want}${body}${want}»`] : [],
          message: worst === 'missing' ? msg('typography.fr-spaces.guillemets-missing') : msg('typography.fr-spaces.guillemets-ordinary'),
        });
      }
    }
    for (const m of text.matchAll(/([^\s\u00a0\u202f])?([ \u00a0\u202f]?)([;:!?])/gu)) {
      const punct = m[3]!;
      const prevChar = m[1];
      if (prevChar === undefined || (/[;:!?.)\]]/u.test(prevChar) && m[2] === '')) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (punct === ':' && (/^\/\//u.test(after) || (/\p{N}/u.test(prevChar) && /^\p{N}/u.test(after)))) continue;
      const space = m[2] === '' ? undefined : m[2];
      const kind = space === undefined ? 'missing' : classify(space);
      if (kind === 'ok' || (kind === 'ordinary' && !flagOrdinarySpace) || (kind === 'missing' && !flagMissing)) continue;
      const start = m.index + (prevChar?.length ?? 0);
      env.emit(view, {
        start: kind === 'missing' ? m.index : start,
        end: m.index + m[0].length,
        severity: kind === 'missing' ? missingSeverity : 'info',
        suggestions: [(kind === 'missing' ? prevChar : '') + want + punct],
        message: msg('typography.fr-spaces.before-punct', { mark: punct }),
      });
    }
  },
};
