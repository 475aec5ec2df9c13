// Export benchmark: a synthetic corpus of 200,000 beads (100 document pairs × 2,000 sentence
// pairs, ~110 characters a sentence, every 50th sentence edited, hostile characters sprinkled),
// exported to every format. Reports time per file and in total, and peak memory (maxRSS), before
// and after the export, to show that the writers stream rather than build whole-corpus strings.
//   npx tsx bench/export.ts [--beads N]
import { cpus, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportCorpus } from '../main/services/export/export-corpus.js';
import type { BitextCorpus, CorpusDocument, CorpusPair } from '../shared/export/types.js';

const { values } = parseArgs({ options: { beads: { type: 'string' } } });
const TOTAL = Number(values.beads ?? 200_000);
const PER_PAIR = 2_000;

const EN = 'The Secretary of State met the minister on Monday to discuss trade, security & the “climate” <agenda>';
const FR = 'Le secrétaire d’État a rencontré le ministre lundi pour parler commerce, sécurité & « climat » <agenda>';

function doc(id: string, lang: string, base: string, n: number): { d: CorpusDocument; spans: Array<{ start: number; end: number }> } {
  const parts: string[] = [];
  const spans: Array<{ start: number; end: number }> = [];
  let pos = 0;
  for (let i = 0; i < n; i++) {
    // Every 997th sentence carries a control character that XML cannot hold.
    const s = `${base} #${i}${i % 997 === 0 ? '\u000B' : ''}.`;
    spans.push({ start: pos, end: pos + s.length });
    parts.push(s);
    pos += s.length + 1;
  }
  const text = parts.join('\n');
  const edits = spans
    .filter((_, i) => i % 50 === 0)
    .map((s) => ({ start: s.start, end: s.start + 3, before: text.slice(s.start, s.start + 3), after: lang === 'en' ? 'A' : 'Un', source: 'manual' }));
  return {
    d: {
      id,
      name: `${id}.txt`,
      relPath: `${id}.txt`,
      language: lang,
      detectedLanguage: lang,
      confidence: 0.99,
      override: null,
      reviewed: true,
      segmentMix: { [lang]: text.length },
      originalText: text,
      edits,
    },
    spans,
  };
}

function build(): BitextCorpus {
  const documents: CorpusDocument[] = [];
  const pairs: CorpusPair[] = [];
  for (let p = 0; p * PER_PAIR < TOTAL; p++) {
    const n = Math.min(PER_PAIR, TOTAL - p * PER_PAIR);
    const a = doc(`d_en${String(p).padStart(8, '0')}`, 'en', EN, n);
    const b = doc(`d_fr${String(p).padStart(8, '0')}`, 'fr', FR, n);
    documents.push(a.d, b.d);
    pairs.push({
      id: `p_${p.toString(16).padStart(16, '0')}`,
      a: a.d.id,
      b: b.d.id,
      kind: 'translation',
      status: 'confirmed',
      score: 0.9,
      srcSentences: a.spans,
      tgtSentences: b.spans,
      beads: a.spans.map((_, i) => ({ src: [i], tgt: [i], confidence: 0.5 + (i % 50) / 100, confirmed: i % 3 !== 0, origin: 'auto' as const })),
    });
  }
  return { name: 'bench', languages: ['en', 'fr'], createdAt: new Date().toISOString(), documents, pairs, findings: [] };
}

const mb = (kb: number) => Math.round(kb / 1024);
const t0 = performance.now();
const corpus = build();
const buildMs = performance.now() - t0;
const rssBefore = process.resourceUsage().maxRSS;
const out = mkdtempSync(path.join(tmpdir(), 'bitext-bench-export-'));
const fileTimes = new Map<string, number>();
let fileStart = performance.now();
let current = '';
try {
  const t1 = performance.now();
  const summary = await exportCorpus(corpus, out, {
    includeUnconfirmed: true,
    onProgress: (p) => {
      if (p.file !== current) {
        if (current) fileTimes.set(current, performance.now() - fileStart);
        current = p.file;
        fileStart = performance.now();
      }
    },
  });
  if (current) fileTimes.set(current, performance.now() - fileStart);
  const totalMs = performance.now() - t1;
  const rssAfter = process.resourceUsage().maxRSS;
  const bilingual = summary.files.filter((f) => !f.path.startsWith('documents/'));
  console.log(
    JSON.stringify(
      {
        machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, date: new Date().toISOString() },
        beads: summary.beads.total,
        segments: summary.segments,
        documents: summary.documents,
        buildCorpusMs: Math.round(buildMs),
        exportMs: Math.round(totalMs),
        maxRssBeforeExportMB: mb(rssBefore),
        maxRssAfterExportMB: mb(rssAfter),
        removedChars: summary.removedChars,
      },
      null,
      1,
    ),
  );
  console.log('\n| file | size | time |\n|---|---:|---:|');
  for (const f of bilingual) console.log(`| ${f.path} | ${(f.bytes / 1048576).toFixed(1)} MB | ${((fileTimes.get(f.path) ?? 0) / 1000).toFixed(2)} s |`);
  const docs = summary.files.filter((f) => f.path.startsWith('documents/'));
  const docMs = docs.reduce((n, f) => n + (fileTimes.get(f.path) ?? 0), 0);
  console.log(`| documents/ (${docs.length} files) | ${(docs.reduce((n, f) => n + f.bytes, 0) / 1048576).toFixed(1)} MB | ${(docMs / 1000).toFixed(2)} s |`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
