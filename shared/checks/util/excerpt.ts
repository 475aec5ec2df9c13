// Scraped excerpts often stop mid-word or mid-sentence ("… the talks ended withou"): the
// cut is the collector's, not the translation's. Checks leave the cut-off tail alone.

/** Offset where the text's last paragraph starts, when the text ends without closing its sentence; else -1. */
export function cutTailStart(text: string): number {
  const end = text.trimEnd().length;
  if (end === 0 || /[.!?…»”"'’)\]:;]$/u.test(text.slice(0, end))) return -1;
  const nl = text.lastIndexOf('\n', end - 1);
  return nl + 1;
}

/** The last word of a text that stops mid-sentence: [start, end) of that word, or undefined. */
export function cutLastWord(text: string): [number, number] | undefined {
  if (cutTailStart(text) < 0) return undefined;
  const end = text.trimEnd().length;
  let s = end;
  while (s > 0 && /[\p{L}\p{N}’'-]/u.test(text[s - 1]!)) s--;
  return s < end ? [s, end] : undefined;
}
