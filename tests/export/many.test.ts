// Beads of several sentences on a side (n:m): one unit marked as a paragraph (default, TMX header
// too), split into sentence units where the links inside the bead are known, or left out.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCorpus } from '../../main/services/export/export-corpus.js';
import { corpusSegments } from '../../shared/export/segments.js';
import type { BitextCorpus } from '../../shared/export/types.js';
import { hostileCorpus, removeDir, tempDir } from './helpers.js';

function corpus(): BitextCorpus {
  const c = hostileCorpus([
    ['The minister arrived in Paris on Monday morning.', 'Le ministre est arrivé à Paris lundi matin.'],
    ['He met the president for two hours.', 'Il a rencontré le président pendant deux heures.'],
    ['They discussed trade and security in Europe.', 'Ils ont parlé de commerce et de sécurité en Europe.'],
    ['A joint statement followed.', 'Une déclaration commune a suivi.'],
    ['Reporters waited outside.', 'Les journalistes attendaient dehors.'],
  ]);
  c.pairs[0]!.beads = [
    { src: [0], tgt: [0], confidence: 0.9, confirmed: true, origin: 'auto' },
    { src: [1, 2], tgt: [1, 2], confidence: 0.8, confirmed: true, origin: 'auto' },
    { src: [3, 4], tgt: [3], confidence: 0.7, confirmed: true, origin: 'auto' },
  ];
  // Known links inside bead 1 (e.g. from the beads that were merged).
  c.pairs[0]!.subLinks = {
    1: [
      { src: [1], tgt: [1] },
      { src: [2], tgt: [2] },
    ],
  };
  return c;
}

describe('n:m beads on export', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));

  it('paragraph (default): one unit each, marked segtype="paragraph", and the TMX header says so', async () => {
    const segs = [...corpusSegments(corpus(), {})];
    expect(segs.map((s) => [s.id, s.segtype])).toEqual([
      ['p_0123456789abcdef:0', 'sentence'],
      ['p_0123456789abcdef:1', 'paragraph'],
      ['p_0123456789abcdef:2', 'paragraph'],
    ]);
    const out = tempDir();
    dirs.push(out);
    await exportCorpus(corpus(), out, { formats: ['tmx', 'xliff12'] });
    const tmx = readFileSync(path.join(out, 'corpus.tmx'), 'utf8');
    expect(tmx).toMatch(/<header [^>]*segtype="paragraph"/);
    expect((tmx.match(/<tu [^>]*segtype="paragraph"/g) ?? []).length).toBe(2);
    expect(readFileSync(path.join(out, 'corpus.xliff12.xlf'), 'utf8')).toContain('restype="x-paragraph"');
  });

  it('split: sentence units where the links inside the bead are known, a paragraph unit elsewhere', () => {
    const segs = [...corpusSegments(corpus(), { many: 'split' })];
    expect(segs.map((s) => [s.id, s.segtype, s.src.text, s.tgt.text])).toEqual([
      ['p_0123456789abcdef:0', 'sentence', 'The minister arrived in Paris on Monday morning.', 'Le ministre est arrivé à Paris lundi matin.'],
      ['p_0123456789abcdef:1.1', 'sentence', 'He met the president for two hours.', 'Il a rencontré le président pendant deux heures.'],
      ['p_0123456789abcdef:1.2', 'sentence', 'They discussed trade and security in Europe.', 'Ils ont parlé de commerce et de sécurité en Europe.'],
      ['p_0123456789abcdef:2', 'paragraph', 'A joint statement followed.\n\nReporters waited outside.', 'Une déclaration commune a suivi.'],
    ]);
  });

  it('split without recorded links: the aligner inside the bead, kept only when every sentence links 1:1', () => {
    const c = corpus();
    delete c.pairs[0]!.subLinks;
    const segs = [...corpusSegments(c, { many: 'split' })];
    expect(segs.filter((s) => s.bead === 1).map((s) => s.id)).toEqual(['p_0123456789abcdef:1.1', 'p_0123456789abcdef:1.2']);
    expect(segs.filter((s) => s.bead === 2).map((s) => s.segtype)).toEqual(['paragraph']);
  });

  it('omit: only beads of one sentence a side', async () => {
    expect([...corpusSegments(corpus(), { many: 'omit' })].map((s) => s.id)).toEqual(['p_0123456789abcdef:0']);
    const out = tempDir();
    dirs.push(out);
    await exportCorpus(corpus(), out, { formats: ['tmx'], many: 'omit' });
    expect(readFileSync(path.join(out, 'corpus.tmx'), 'utf8')).toMatch(/<header [^>]*segtype="sentence"/);
  });
});
