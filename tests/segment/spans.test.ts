import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../shared/segment/index.js';

describe('sentence spans', () => {
  it('offsets point at the trimmed text in the input', () => {
    const text = '  First one.   Second one!  \n\n\tThird one? ';
    const spans = splitSentences(text, 'en');
    expect(spans.map((s) => s.text)).toEqual(['First one.', 'Second one!', 'Third one?']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(spans[0]).toMatchObject({ start: 2, end: 12 });
  });

  it('a line break always ends a sentence; each non-blank line is a paragraph', () => {
    const text = 'Title without stop\nMr. Smith came. He left\n\n\nLast line.';
    const spans = splitSentences(text, 'en');
    expect(spans.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'Title without stop'],
      [1, 'Mr. Smith came.'],
      [1, 'He left'],
      [2, 'Last line.'],
    ]);
  });

  it('handles CRLF and Unicode line separators', () => {
    const text = 'One.\r\nTwo.\u2028Three.';
    const spans = splitSentences(text, 'en');
    expect(spans.map((s) => s.text)).toEqual(['One.', 'Two.', 'Three.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('empty and blank input give no sentences', () => {
    expect(splitSentences('', 'en')).toEqual([]);
    expect(splitSentences(' \n\n \t', 'fr')).toEqual([]);
  });

  it('keeps astral characters intact', () => {
    const text = 'Great 👍. Next 𝔸 one. Fin.';
    expect(splitSentences(text, 'en').map((s) => s.text)).toEqual(['Great 👍.', 'Next 𝔸 one.', 'Fin.']);
  });

  it('unknown languages use the generic rules', () => {
    expect(splitSentences('Der Hund bellt. Die Katze schläft.', 'de').map((s) => s.text)).toEqual(['Der Hund bellt.', 'Die Katze schläft.']);
    expect(splitSentences('你好。再见！', 'zh').map((s) => s.text)).toEqual(['你好。', '再见！']);
  });

  it('segments a million words in a few seconds', () => {
    const para = 'Mr. Blinken met M. Wang in Brussels on 24.03.2021. “We will compete,” he said. The U.S. Treasury agreed… and then? Nothing! ';
    const text = Array.from({ length: 2000 }, () => para.repeat(25)).join('\n');
    const words = text.split(/\s+/).length;
    const t0 = performance.now();
    const spans = splitSentences(text, 'en');
    const ms = performance.now() - t0;
    expect(words).toBeGreaterThan(1_000_000);
    expect(spans.length).toBe(2000 * 25 * 4);
    expect(ms).toBeLessThan(8000); // ~1 s on a 2-core dev box; generous for CI
  });
});
