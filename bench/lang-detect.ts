// Throughput of detectDocument on >= 5 MB of news-like English and French text, plus
// single-text latency of detectLanguage. Run: npx tsx bench/lang-detect.ts
// Text: the seed corpus and, when ../shared/eval is present, Europarl/TransRead
// sentences grouped into paragraphs, repeated until the target size.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { franc } from 'franc';
import { detectDocument, detectLanguage } from '../shared/lang/index.js';
import { REPO_ROOT, enFrSentences, rng } from '../tests/fixtures/lang/eval-sets.js';

const TARGET_BYTES = 6 * 1024 * 1024;
const DOC_BYTES = 8_000;

function buildDocuments(): string[] {
  const seeds: string[] = [];
  const corpusDir = join(REPO_ROOT, 'corpus');
  if (existsSync(corpusDir)) for (const f of readdirSync(corpusDir).sort()) seeds.push(readFileSync(join(corpusDir, f), 'utf8'));
  const r = rng(42);
  const pools = (['en', 'fr'] as const).map((l) => enFrSentences(l).map((s) => s.text)).filter((p) => p.length > 0);
  const docs: string[] = [];
  let bytes = 0;
  let round = 0;
  while (bytes < TARGET_BYTES) {
    let doc: string;
    if (pools.length === 0 || round % 10 === 0) {
      doc = seeds[round % Math.max(1, seeds.length)] ?? 'The minister said the talks would resume next week.\n';
    } else {
      // A document in one language: paragraphs of 1–5 sentences separated by blank lines.
      const pool = pools[round % pools.length]!;
      const paras: string[] = [];
      let size = 0;
      while (size < DOC_BYTES) {
        const n = 1 + Math.floor(r() * 5);
        const p = Array.from({ length: n }, () => pool[Math.floor(r() * pool.length)]!).join(' ');
        paras.push(p);
        size += p.length + 2;
      }
      doc = paras.join('\n\n');
    }
    docs.push(doc);
    bytes += Buffer.byteLength(doc, 'utf8');
    round++;
  }
  return docs;
}

const docs = buildDocuments();
const totalBytes = docs.reduce((s, d) => s + Buffer.byteLength(d, 'utf8'), 0);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} threads), ${platform()} ${release()}`);
console.log(`node ${process.version}, ${new Date().toISOString()}`);
console.log(`text: ${docs.length} documents, ${(totalBytes / 1e6).toFixed(2)} MB (UTF-8)`);

detectDocument(docs[0]!); // warm up: builds the lexicons once
let segments = 0;
// CPU time is reported beside wall time: on a shared machine wall time mostly measures the neighbours.
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const d of docs) segments += detectDocument(d).segments.length;
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
console.log(
  `detectDocument: ${(totalBytes / 1e6 / secs).toFixed(1)} MB/s wall, ${(totalBytes / 1e6 / cpuSecs).toFixed(1)} MB/s CPU time (${segments} segments in ${secs.toFixed(2)} s, ${((secs / segments) * 1e6).toFixed(1)} µs/segment)`,
);
console.log(
  `load average at end: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);

// franc on the same paragraphs (first ~500 KB), for a machine-independent ratio.
{
  const sampleDocs: string[] = [];
  let b = 0;
  for (const d of docs) {
    if (b > 500_000) break;
    sampleDocs.push(d);
    b += Buffer.byteLength(d, 'utf8');
  }
  const c0 = process.cpuUsage();
  for (const d of sampleDocs) for (const p of d.split('\n')) if (p.trim()) franc(p);
  const c = process.cpuUsage(c0);
  const francRate = b / 1e6 / ((c.user + c.system) / 1e6);
  console.log(
    `franc per paragraph (reference): ${francRate.toFixed(2)} MB/s CPU time → detectDocument is ${(totalBytes / 1e6 / cpuSecs / francRate).toFixed(1)}× franc`,
  );
}

// Single-text latency (word scores cached after the first call, as in real use).
const samples = [
  'The minister said on Tuesday that talks would resume next week.',
  'Le ministre a déclaré mardi que les négociations reprendraient.',
  'le gouvernement',
  'toutefois',
];
for (const s of samples) {
  const reps = 20_000;
  let t = performance.now();
  for (let i = 0; i < reps; i++) detectLanguage(s);
  const ours = ((performance.now() - t) / reps) * 1000;
  t = performance.now();
  for (let i = 0; i < 2000; i++) franc(s);
  const fr = ((performance.now() - t) / 2000) * 1000;
  console.log(`detectLanguage ${JSON.stringify(s).padEnd(68)} ${ours.toFixed(1).padStart(6)} µs   (franc: ${fr.toFixed(1)} µs)`);
}
