// The rank index gives every finding the id the one-at-a-time computation gives, and fast.
import { describe, expect, it } from 'vitest';
import { RankIndex, findingIdIn } from '../../shared/checks/finding-id.js';

function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('finding ids with a rank index', () => {
  it('match the direct computation on repetitive text (repeated words, lines, short spans)', () => {
    const r = rng(7);
    const words = ['the', 'the', 'said', 'Paris', 'a', 'of', 'minister', '—', 'l’accord', '2021'];
    const lines: string[] = [];
    for (let i = 0; i < 200; i++) lines.push(Array.from({ length: 3 + Math.floor(r() * 8) }, () => words[Math.floor(r() * words.length)]).join(' '));
    const text = [...lines, ...lines.slice(0, 50)].join('\n');
    const spans: Array<{ start: number; end: number }> = [];
    for (let i = 0; i < 400; i++) {
      const start = Math.floor(r() * (text.length - 10));
      spans.push({ start, end: start + 1 + Math.floor(r() * 8) });
    }
    const index = new RankIndex(text, spans);
    for (const s of spans) {
      const t = text.slice(s.start, s.end);
      expect(findingIdIn(text, 'd', 'rule', t, s.start, s.end, index)).toBe(findingIdIn(text, 'd', 'rule', t, s.start, s.end));
    }
  });

  it('stays fast on a long text with thousands of findings', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `Line ${i % 300} of the the report, said the minister.`).join('\n');
    const spans = Array.from({ length: 5000 }, (_, i) => {
      const start = text.indexOf('the the', (i * 9973) % (text.length - 100));
      return { start, end: start + 7 };
    }).filter((s) => s.start >= 0);
    const t0 = performance.now();
    const index = new RankIndex(text, spans);
    for (const s of spans) findingIdIn(text, 'd', 'doubled', 'the the', s.start, s.end, index);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
