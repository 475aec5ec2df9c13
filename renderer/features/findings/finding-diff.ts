// The fix as a diff: the text around the span, then what goes (removed) and what comes (added).
// Word-level with jsdiff so a one-character quote fix does not show the whole phrase as changed.
import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

export interface FixDiffModel {
  before: string;
  parts: DiffPart[];
  after: string;
  /** The fix removes the span from the cleaned text (boilerplate, repeated line). */
  exclude: boolean;
}

/** Long spans (a repeated paragraph) are not diffed word by word: it would only be noise. */
const MAX_DIFF_CHARS = 2000;

export function diffParts(from: string, to: string): DiffPart[] {
  if (from === to) return from ? [{ kind: 'same', text: from }] : [];
  if (from === '') return [{ kind: 'added', text: to }];
  if (to === '') return [{ kind: 'removed', text: from }];
  if (from.length + to.length > MAX_DIFF_CHARS)
    return [
      { kind: 'removed', text: from },
      { kind: 'added', text: to },
    ];
  const out: DiffPart[] = [];
  for (const c of diffWordsWithSpace(from, to)) {
    const kind: DiffPart['kind'] = c.added ? 'added' : c.removed ? 'removed' : 'same';
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += c.value;
    else out.push({ kind, text: c.value });
  }
  return out;
}

export function fixDiff(context: { before: string; after: string }, from: string, to: string): FixDiffModel {
  return { before: context.before, parts: diffParts(from, to), after: context.after, exclude: to === '' };
}

/**
 * Makes a changed piece's invisible characters visible: a no-break space (U+00A0, U+202F) as ⍽, a
 * piece that is only spaces as ␣, a line break as ↵. Only for changed pieces; context stays as is.
 */
export function showInvisible(text: string): string {
  const shown = text.replace(/[\u00a0\u202f]/g, '⍽').replace(/\n/g, '↵');
  return /^[ \t]+$/.test(shown) ? shown.replace(/[ \t]/g, '␣') : shown;
}

/** The core cuts context at this many characters, often mid-word. */
const CORE_CONTEXT = 60;

/**
 * Context cut to `max` characters each side, at a word boundary, with … where text was left out
 * (here or by the core, which cuts at 60 characters without looking at words).
 */
export function clipContext(context: { before: string; after: string }, max: number): { before: string; after: string } {
  const { before: b, after: a } = context;
  const cutBefore = b.length > max || b.length >= CORE_CONTEXT;
  const cutAfter = a.length > max || a.length >= CORE_CONTEXT;
  const before = cutBefore ? `…${b.slice(Math.max(0, b.length - max)).replace(/^\S*\s+/, '')}` : b;
  const after = cutAfter ? `${a.slice(0, max).replace(/\s+\S*$/, '')}…` : a;
  return { before, after };
}
