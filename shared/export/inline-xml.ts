// Segment text with placeholders (inline.ts) → the inline markup of each XML format. A TMX code
// goes back into TMX exactly as it came; elsewhere a code is written as that format's paired or
// standalone code holding its native text, so that CAT tools show it as a tag and keep it.
import { pairCodes, splitCodes, type InlineCode } from './inline.js';
import { escapeXmlText } from './xml-escape.js';

function runs(
  text: string,
  codes: readonly InlineCode[] | undefined,
  code: (i: number, c: InlineCode | undefined, n: number, pair: number | null) => string,
): string {
  if (!codes?.length) return escapeXmlText(text);
  const paired = pairCodes(text, codes);
  let pos = 0;
  let out = '';
  for (const r of splitCodes(text)) {
    if ('text' in r) {
      out += escapeXmlText(r.text);
      pos += r.text.length;
      continue;
    }
    const p = paired.get(pos)!;
    out += code(r.code, p.code, p.n, p.pair);
    pos++;
  }
  return out;
}

/** TMX <seg> content. */
export function tmxInline(text: string, codes?: readonly InlineCode[]): string {
  return runs(text, codes, (_k, c, n, pair) => {
    if (!c) return '';
    if (c.format === 'tmx') return c.xml;
    const native = escapeXmlText(c.native);
    if (c.kind === 'standalone') return `<ph x="${n}">${native}</ph>`;
    if (pair === null) return `<it pos="${c.kind === 'open' ? 'begin' : 'end'}" x="${n}">${native}</it>`;
    return c.kind === 'open' ? `<bpt i="${pair}" x="${n}">${native}</bpt>` : `<ept i="${pair}">${native}</ept>`;
  });
}

/** XLIFF 1.2 <source>/<target> content: bpt/ept (rid links a pair), it, ph; ids unique per segment. */
export function xliff12Inline(text: string, codes?: readonly InlineCode[]): string {
  return runs(text, codes, (_k, c, n, pair) => {
    if (!c) return '';
    const native = escapeXmlText(c.native);
    if (c.kind === 'standalone') return `<ph id="${n}">${native}</ph>`;
    if (pair === null) return `<it id="${n}" pos="${c.kind === 'open' ? 'open' : 'close'}">${native}</it>`;
    return c.kind === 'open' ? `<bpt id="${n}" rid="${pair}">${native}</bpt>` : `<ept id="${n}" rid="${pair}">${native}</ept>`;
  });
}

/**
 * XLIFF 2 content: <ph>, <sc>/<ec> (isolated when unmatched), each pointing to its native text in
 * the unit's <originalData> (`data`, filled here; ids prefixed by the side so they stay unique).
 */
export function xliff2Inline(text: string, codes: readonly InlineCode[] | undefined, side: 's' | 't', data: Array<[string, string]>): string {
  return runs(text, codes, (_k, c, n, pair) => {
    if (!c) return '';
    const id = `c${side}${n}`;
    const ref = `d${side}${n}`;
    data.push([ref, c.native]);
    if (c.kind === 'standalone') return `<ph id="${id}" dataRef="${ref}"/>`;
    if (pair === null) return c.kind === 'open' ? `<sc id="${id}" isolated="yes" dataRef="${ref}"/>` : `<ec id="${id}" isolated="yes" dataRef="${ref}"/>`;
    return c.kind === 'open' ? `<sc id="c${side}p${pair}" dataRef="${ref}"/>` : `<ec startRef="c${side}p${pair}" dataRef="${ref}"/>`;
  });
}
