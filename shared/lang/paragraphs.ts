// Paragraph segmentation: one segment per non-blank line (text uses \n line endings;
// a stray \r is treated as trailing space). Offsets are UTF-16 code units, trimmed to
// the line's visible content.
export interface Range {
  start: number;
  end: number;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;

export function paragraphRanges(text: string): Range[] {
  const out: Range[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    lineStart = lineEnd + 1;
  }
  return out;
}
