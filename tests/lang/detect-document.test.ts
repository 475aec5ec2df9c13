import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectDocument, detectSegmentsIn, type SegmentLanguage } from '../../shared/lang/index.js';
import type { SegmentLanguage as ContractSegment } from '../../shared/api/contract.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const read = (prefix: string): string => {
  const name = readdirSync(corpus).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`corpus file ${prefix}_* missing`);
  return readFileSync(corpus + name, 'utf8');
};

// Compile-time check that our segment type and the API contract's stay interchangeable.
const toContract = (s: SegmentLanguage): ContractSegment => s;
const fromContract = (s: ContractSegment): SegmentLanguage => s;

describe('detectDocument on the seed corpus', () => {
  it.each([
    ['000', 'en'],
    ['001', 'en'],
    ['002', 'en'],
    ['003', 'fr'],
    ['004', 'fr'],
  ])('%s is %s with confidence > 0.9', (prefix, lang) => {
    const d = detectDocument(read(prefix));
    expect(d.language).toBe(lang);
    expect(d.confidence).toBeGreaterThan(0.9);
    expect(d.confidence).toBeLessThanOrEqual(1);
  });

  it('flags the English placeholder inside the French document 004', () => {
    const text = read('004');
    const d = detectDocument(text);
    const seg = d.segments.find((s) => text.slice(s.start, s.end) === 'Descriptive text here');
    expect(seg).toBeDefined();
    expect(seg!.language).toBe('en');
    expect(seg!.inherited).toBe(false);
    // Every other judged segment of 004 is French.
    const others = d.segments.filter((s) => s !== seg && !s.inherited);
    expect(others.length).toBeGreaterThan(3);
    for (const s of others) expect(s.language).toBe('fr');
  });

  it('lets bylines and one-word lines inherit the document language', () => {
    const text = read('000');
    const d = detectDocument(text);
    const byline = d.segments.find((s) => text.slice(s.start, s.end) === 'Olivier Hoslet | Reuters');
    expect(byline).toMatchObject({ language: 'en', inherited: true });
    const fr = detectDocument('Le président a parlé longuement devant les députés de la réforme.\n\nReuters\n\n2024\n');
    expect(fr.segments.map((s) => [s.language, s.inherited])).toEqual([
      ['fr', false],
      ['fr', true],
      ['fr', true],
    ]);
    expect(toContract(fr.segments[0]!)).toEqual(fromContract(fr.segments[0]!));
  });
});

describe('segment offsets', () => {
  it('are UTF-16 offsets of trimmed, non-blank lines (emoji and accents included)', () => {
    const text = '  🎉 Élections : le président sortant a été réélu dimanche soir.  \n\n\r\nThe 🇫🇷 results were announced late on Sunday night.\r\n   \nfin';
    const d = detectDocument(text);
    expect(d.segments).toHaveLength(3);
    const [a, b, c] = d.segments as [SegmentLanguage, SegmentLanguage, SegmentLanguage];
    expect(text.slice(a.start, a.end)).toBe('🎉 Élections : le président sortant a été réélu dimanche soir.');
    expect(a.start).toBe(2);
    expect(text.slice(b.start, b.end)).toBe('The 🇫🇷 results were announced late on Sunday night.');
    expect(b.start).toBe(text.indexOf('The'));
    expect(text.slice(c.start, c.end)).toBe('fin');
    expect(a.language).toBe('fr');
    expect(b.language).toBe('en');
    expect(c.inherited).toBe(true);
  });

  it('detectSegmentsIn judges given ranges against the document language', () => {
    const text = 'Le gouvernement a présenté son budget. The opposition called it a disaster for families. Oui.';
    const first = text.indexOf('The');
    const second = text.indexOf('Oui');
    const ranges = [
      { start: 0, end: first - 1 },
      { start: first, end: second - 1 },
      { start: second, end: text.length },
    ];
    const segs = detectSegmentsIn(text, ranges, 'fr');
    expect(segs.map((s) => [s.start, s.end])).toEqual(ranges.map((r) => [r.start, r.end]));
    expect(segs.map((s) => s.language)).toEqual(['fr', 'en', 'fr']);
    expect(segs.map((s) => s.inherited)).toEqual([false, false, true]);
  });

  it('returns und and no segments for an empty document', () => {
    expect(detectDocument('')).toEqual({ language: 'und', confidence: 0, segments: [] });
    expect(detectDocument('\n\n  \n').segments).toEqual([]);
  });
});
