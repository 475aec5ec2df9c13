// `bitext check --json` writes its answer in pieces (a huge file's findings are never one string):
// the bytes must be exactly those of JSON.stringify(results, null, 2) + '\n', the CLI contract.
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../main/cli/commands/check.js';

const finding = (i: number, extra: Partial<Record<string, unknown>> = {}) => ({
  category: i % 2 ? 'repetition' : 'typography',
  rule: `rule.${i}`,
  severity: 'warning',
  start: i * 10,
  end: i * 10 + 3,
  text: i % 3 ? `t${i}` : 'a "quoted"\nline\tand ’ é 😀',
  suggestions: i % 2 ? [] : ['', `fix ${i}`, 'two\nlines'],
  message: `message ${i} — “x”`,
  ...extra,
});

describe('check --json in pieces', () => {
  const cases = {
    'no files': [],
    'a file without findings': [{ file: 'a.txt', language: 'en', findings: [] }],
    'several files, mixed': [
      { file: 'dir/a "b".txt', language: 'fr', findings: [finding(0), finding(1), finding(2)] },
      { file: 'c.txt', language: 'und', findings: [] },
      { file: 'd.txt', language: 'en', findings: Array.from({ length: 50 }, (_, i) => finding(i)) },
    ],
    'a partly checked file (stopped at its time limit)': [
      { file: 'big.txt', language: 'en', findings: [finding(3)], partial: { checkedChars: 1_000_000, totalChars: 49_000_000 } },
      { file: 'e.txt', language: 'en', findings: [], partial: { checkedChars: 5, totalChars: 9 } },
      { file: 'f.txt', language: 'fr', findings: [finding(4)] },
    ],
  };
  for (const [name, results] of Object.entries(cases)) {
    it(`${name}: the same bytes as JSON.stringify`, () => {
      const out = [...jsonPieces(results as Array<{ file: string; language: string; findings: ReturnType<typeof finding>[] }>, (f) => f)].join('');
      expect(out).toBe(JSON.stringify(results, null, 2) + '\n');
    });
  }
});
