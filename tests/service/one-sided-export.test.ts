// Through the app: removing a whole sentence on one side of a confirmed bead (as a removal fix
// does) leaves that bead out of the bilingual export and the QA report lists it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSampleWorkbench } from './helpers';

const wb = useSampleWorkbench();

describe('one-sided removal in the app export', () => {
  it('the bead is not exported and the report says so', async () => {
    const pair = (await wb.service.listPairs()).find((p) => p.kind === 'translation')!;
    const view = await wb.service.getAlignment({ pairId: pair.id });
    // Comparable articles: make a 1:1 bead by hand (a source gap linked with the target gap next to it), confirmed.
    const gap = (side: 'src' | 'tgt', other: 'src' | 'tgt') => (b: { src: number[]; tgt: number[] }) =>
      b[side].length === 1 && b[other].length === 0 && view[side].sentences[b[side][0]!]!.text.length > 30;
    const at = view.beads.findIndex((a, i) => {
      const n = view.beads[i + 1];
      return n !== undefined && ((gap('src', 'tgt')(a) && gap('tgt', 'src')(n)) || (gap('tgt', 'src')(a) && gap('src', 'tgt')(n)));
    });
    expect(at).toBeGreaterThanOrEqual(0);
    await wb.service.editAlignment({ pairId: pair.id, op: { type: 'merge-range', from: at, to: at + 1 } });
    await wb.service.editAlignment({ pairId: pair.id, op: { type: 'confirm', bead: at, confirmed: true } });
    const now = await wb.service.getAlignment({ pairId: pair.id });
    const cut = { b: now.beads[at]! };
    expect(cut.b.src.length === 1 && cut.b.tgt.length === 1).toBe(true);
    const removed = now.src.sentences[cut.b.src[0]!]!;
    const partner = now.tgt.sentences[cut.b.tgt[0]!]!.text;
    const exported = async () => {
      const r = (await wb.service.exportCorpus({ formats: ['tsv', 'report'], includeUnconfirmed: false }))!;
      return (f: string) => readFileSync(path.join(r.outDir, r.files.find((x) => x.format === f)!.path), 'utf8');
    };
    // Before: the confirmed bead is exported, and the report lists nothing left out.
    const before = await exported();
    expect(before('tsv')).toContain(partner.slice(0, 40));
    expect(before('report')).toContain('No aligned pair lost a sentence on one side only.');
    await wb.service.fixText({ docId: now.src.docId, start: removed.start, end: removed.end, text: '' });
    await wb.service.settled();
    const file = await exported();
    expect(file('tsv')).not.toContain(partner.slice(0, 40));
    const report = file('report');
    expect(report).toContain('Aligned pairs left out of the bilingual exports');
    expect(report).toContain('1 sentence removed');
  });
});
