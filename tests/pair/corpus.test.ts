import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scorePairs, type PairDoc } from '../../shared/pair/index.js';

const FILES: Array<[string, string]> = [
  ['000_07a315d54f2e0aa4.txt', 'en'],
  ['001_2e2be9141cb380e2.txt', 'en'],
  ['002_c5a6547c0aa22e93.txt', 'en'],
  ['003_d670f26b36215e80.txt', 'fr'],
  ['004_aad8ed66e90f3308.txt', 'fr'],
];
const docs: PairDoc[] = FILES.map(([name, language]) => ({
  id: name.slice(0, 3),
  language,
  text: readFileSync(fileURLToPath(new URL(`../../corpus/${name}`, import.meta.url)), 'utf8'),
}));

describe('pairing the sample corpus', () => {
  const pairs = scorePairs(docs);
  const key = (p: { a: string; b: string }): string => `${p.a}-${p.b}`;

  it('scores all ten pairs, in [0, 1], best first', () => {
    expect(pairs).toHaveLength(10);
    for (const p of pairs) {
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
      expect(p.a < p.b).toBe(true);
    }
    for (let i = 1; i < pairs.length; i++) expect(pairs[i - 1]!.score).toBeGreaterThanOrEqual(pairs[i]!.score);
  });

  it('000↔001 and 002↔004 come first and second', () => {
    expect(new Set(pairs.slice(0, 2).map(key))).toEqual(new Set(['000-001', '002-004']));
    expect(pairs.find((p) => key(p) === '000-001')?.kind).toBe('version');
    expect(pairs.find((p) => key(p) === '002-004')?.kind).toBe('translation');
    expect(Math.min(pairs[0]!.score, pairs[1]!.score)).toBeGreaterThan(0.6);
  });

  it('003 has no strong partner: all its pairs score well below the true pairs', () => {
    const trueMin = Math.min(pairs[0]!.score, pairs[1]!.score);
    const with003 = pairs.filter((p) => p.a === '003' || p.b === '003');
    expect(with003).toHaveLength(4);
    for (const p of with003) expect(p.score).toBeLessThan(trueMin / 2);
  });

  it('same-topic stories that are not the same story stay low', () => {
    for (const p of pairs.slice(2)) expect(p.score).toBeLessThan(0.4);
  });

  it('gives the evidence an editor can check', () => {
    const v = pairs.find((p) => key(p) === '000-001')!;
    expect(v.evidence.numbers).toEqual(expect.arrayContaining(['--03-24', '2021']));
    expect(v.evidence.names).toEqual(expect.arrayContaining(['xinjiang', 'brussels']));
    const t = pairs.find((p) => key(p) === '002-004')!;
    expect(t.evidence.names).toEqual(expect.arrayContaining(['san', 'francisco', 'jinping']));
    expect(t.evidence.shared).toBeGreaterThan(10);
  });

  it('does not depend on the order of the documents', () => {
    const reversed = scorePairs([...docs].reverse());
    expect(reversed.map((p) => [key(p), p.score.toFixed(6)])).toEqual(pairs.map((p) => [key(p), p.score.toFixed(6)]));
  });
});
