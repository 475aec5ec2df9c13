// Regex search started from cheap cues. A pattern that begins with a word (\p{L}{3,}\.…) or a
// look-behind is tried by V8 at every position of the text; finding a short cue first (". x",
// ".X") and running the pattern sticky from the start of the word before it is many times faster,
// with the same matches, left to right and without overlap.
const WORD_CH = /[\p{L}\p{N}]/u;

/** Start of the run of letters/digits ending at pos (spans.ts's wordStartBefore also takes ’ ' -). */
function alnumStartBefore(text: string, pos: number): number {
  let s = pos;
  while (s > 0 && WORD_CH.test(text[s - 1]!)) s--;
  return s;
}

/**
 * Matches of `sticky` (flag y) starting at the word before each match of `cue` (flag g).
 * `accept` may veto a start (e.g. what precedes the word).
 */
export function* matchesAtCues(text: string, cue: RegExp, sticky: RegExp, accept: (start: number) => boolean = () => true): Generator<RegExpExecArray> {
  let from = 0;
  cue.lastIndex = 0;
  for (let c = cue.exec(text); c; c = cue.exec(text)) {
    const s = alnumStartBefore(text, c.index);
    if (s === c.index || s < from || !accept(s)) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(text);
    if (!m) continue;
    from = m.index + m[0].length;
    cue.lastIndex = Math.max(cue.lastIndex, from);
    yield m;
  }
}
