// A fix that removes a sentence on one side of a bead (here a safe boilerplate removal) must not
// leave a mismatched translation unit in the bilingual exports: the bead is left out of every
// format and the QA report says so.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCorpus } from '../../main/services/export/export-corpus.js';
import { droppedBeads, oneSidedRemoval } from '../../shared/export/one-sided.js';
import { reportChunks } from '../../shared/export/report.js';
import { corpusSegments } from '../../shared/export/segments.js';
import type { CorpusTextEdit } from '../../shared/export/types.js';
import { hostileCorpus, removeDir, tempDir } from './helpers.js';

const PAIRS: Array<[string, string]> = [
  ['The minister arrived in Paris on Monday.', 'Le ministre est arrivé à Paris lundi.'],
  ['Sign up for our newsletter.', 'Il a rencontré son homologue français.'],
  ['The talks lasted three hours.', 'Les discussions ont duré trois heures.'],
  ['Read more on our website.', 'Lisez la suite sur notre site.'],
];

function removal(text: string, sentence: string, source = 'boilerplate.web-debris'): CorpusTextEdit {
  const start = text.indexOf(sentence);
  return { start, end: start + sentence.length, before: sentence, after: '', source, findingId: 'f_00000000000001' };
}

function corpus() {
  const base = hostileCorpus(PAIRS);
  const en = base.documents[0]!.originalText;
  const fr = base.documents[1]!.originalText;
  // Bead 1: removed on the English side only (its French side is a real sentence). Bead 3:
  // removed on both sides (page debris in both): simply gone, nothing mismatched.
  return hostileCorpus(PAIRS, { src: [removal(en, PAIRS[1]![0]), removal(en, PAIRS[3]![0])], tgt: [removal(fr, PAIRS[3]![1])] });
}

const out = tempDir();
afterAll(() => removeDir(out));

describe('one-sided removals', () => {
  it('finds the beads whose sides no longer match', () => {
    const c = corpus();
    const [en, fr] = c.documents;
    const p = c.pairs[0]!;
    expect(oneSidedRemoval(en!, p.srcSentences, [1], fr!, p.tgtSentences, [1])).toEqual({ a: [1], b: [] });
    expect(oneSidedRemoval(en!, p.srcSentences, [3], fr!, p.tgtSentences, [3])).toBeNull();
    expect(oneSidedRemoval(en!, p.srcSentences, [0], fr!, p.tgtSentences, [0])).toBeNull();
    // A bead of two sentences that loses one of them is mismatched too.
    expect(oneSidedRemoval(en!, p.srcSentences, [0, 1], fr!, p.tgtSentences, [0])).toEqual({ a: [1], b: [] });
    expect([...droppedBeads(c)].map((d) => [d.bead, d.removed])).toEqual([[1, { a: [1], b: [] }]]);
  });

  it('leaves them out of every bilingual export', async () => {
    const c = corpus();
    expect([...corpusSegments(c, { includeUnconfirmed: true })].map((s) => s.bead)).toEqual([0, 2]);
    await exportCorpus(c, out, { formats: ['tmx', 'tsv', 'txt', 'xliff', 'jsonl', 'report'], includeUnconfirmed: true });
    for (const f of ['corpus.tmx', 'corpus.tsv', 'corpus.en', 'corpus.fr', 'corpus.xlf', 'corpus.jsonl']) {
      const text = readFileSync(path.join(out, f), 'utf8');
      expect([f, text.includes('homologue')]).toEqual([f, false]);
      expect([f, text.includes('three hours') || text.includes('trois heures')]).toEqual([f, true]);
    }
  });

  it('and the QA report says so, in both languages', () => {
    const c = corpus();
    const html = (lang: 'en' | 'fr') => [...reportChunks(c, { uiLanguage: lang, now: '2026-01-01T00:00:00Z' })].join('');
    const en = html('en');
    expect(en).toContain('Aligned pairs left out of the bilingual exports');
    expect(en).toContain('<span class="del">Sign up for our newsletter.</span><br><span class="muted">1 sentence removed</span>');
    expect(en).toContain('Il a rencontré son homologue français.');
    expect(en).toMatch(/Left out: sentence removed on one side<\/th><td class="n">1</u);
    expect(html('fr')).toContain('Paires alignées écartées des exports bilingues');
    // Without such beads, the report says there are none.
    const clean = hostileCorpus(PAIRS);
    expect([...reportChunks(clean, { uiLanguage: 'en' })].join('')).toContain('No aligned pair lost a sentence on one side only.');
  });
});
