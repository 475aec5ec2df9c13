// Inline codes of bilingual files (TMX <bpt>/<ept>/<ph>/<it>/<ut>, XLIFF <g>/<x>/<bx>/<ex>/<pc>/
// <sc>/<ec>/<ph>) inside the workbench's plain text. Each code becomes ONE private-use character
// (U+E000 + index in the document's code table): one UTF-16 unit, so no edit, segmentation or
// check can cut it in half, and the editor can show it as a tag. Writers turn the characters back
// into elements of their own format (tmx.ts, xliff12.ts, xliff.ts); plain formats drop them.

export type CodeKind = 'open' | 'close' | 'standalone';
export type CodeFormat = 'tmx' | 'xliff12' | 'xliff2';

export interface InlineCode {
  kind: CodeKind;
  format: CodeFormat;
  /** The element as it was in its file (TMX codes are written back verbatim into TMX). */
  xml: string;
  /** What the code stands for in the original document (e.g. "<b>"), or a start/end tag; may be "". */
  native: string;
}

export const CODE_FIRST = 0xe000;
export const CODE_LAST = 0xf8ff;
const CODE_RE = /[\uE000-\uF8FF]/g;

export function codeChar(k: number): string {
  return String.fromCharCode(CODE_FIRST + k);
}

/** Index in the code table of a placeholder character, or -1. */
export function codeIndex(ch: string): number {
  const c = ch.charCodeAt(0);
  return c >= CODE_FIRST && c <= CODE_LAST && ch.length === 1 ? c - CODE_FIRST : -1;
}

export function hasCodes(s: string): boolean {
  CODE_RE.lastIndex = 0;
  return CODE_RE.test(s);
}

/** The text without its codes (plain-text exports, language detection of a side). */
export function stripCodes(s: string): string {
  return s.replace(CODE_RE, '');
}

/** Splits text into runs of text and codes (for the editor and the writers). */
export function splitCodes(s: string): Array<{ text: string } | { code: number }> {
  const out: Array<{ text: string } | { code: number }> = [];
  let last = 0;
  for (const m of s.matchAll(CODE_RE)) {
    if (m.index > last) out.push({ text: s.slice(last, m.index) });
    out.push({ code: m[0].charCodeAt(0) - CODE_FIRST });
    last = m.index + 1;
  }
  if (last < s.length) out.push({ text: s.slice(last) });
  return out;
}

/** Short label for a code in the editor: its native text, else its element. */
export function codeLabel(c: InlineCode | undefined): string {
  if (!c) return '⧫';
  if (c.native.trim()) return c.native.trim().slice(0, 24);
  const m = /^<\/?([\w:.-]+)/.exec(c.xml);
  return m ? `${c.kind === 'close' ? '/' : ''}${m[1]}` : '⧫';
}

/**
 * A document's code table while reading a file. Identical codes share one character, so that a
 * file with many repeated <bpt>s stays far from the 6,400 characters of the private-use area.
 */
export class CodeTable {
  readonly codes: InlineCode[] = [];
  private readonly index = new Map<string, number>();

  /** The placeholder of a code, or null when the table is full (the caller then drops it). */
  add(code: InlineCode): string | null {
    const key = `${code.kind}\u0000${code.format}\u0000${code.xml}\u0000${code.native}`;
    let k = this.index.get(key);
    if (k === undefined) {
      if (this.codes.length > CODE_LAST - CODE_FIRST) return null;
      k = this.codes.length;
      this.codes.push(code);
      this.index.set(key, k);
    }
    return codeChar(k);
  }
}

export interface PairedCode {
  code: InlineCode | undefined;
  /** 1-based number of the code in its segment. */
  n: number;
  /** Number shared by an open and its close in the same segment; null when unmatched. */
  pair: number | null;
}

/** The codes of one segment in order, with open/close pairs matched (innermost first). */
export function pairCodes(text: string, codes: readonly InlineCode[]): Map<number, PairedCode> {
  const out = new Map<number, PairedCode>();
  const stack: number[] = [];
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const k = codeIndex(text[i]!);
    if (k < 0) continue;
    const code = codes[k];
    const p: PairedCode = { code, n: ++n, pair: null };
    out.set(i, p);
    if (code?.kind === 'open') stack.push(i);
    else if (code?.kind === 'close' && stack.length) {
      const o = stack.pop()!;
      out.get(o)!.pair = p.n;
      p.pair = p.n;
    }
  }
  return out;
}
