// Speed/memory benchmark: aligns two long documents built by concatenating the evaluation
// texts (TransRead EN-FR books, then Europarl EN-FR), at 5k, 10k and 20k sentences a side.
// Each size runs in a fresh child process so peak RSS is per size.
//   npx tsx bench/align.ts            (all sizes)
//   npx tsx bench/align.ts --size N   (one size, used by the parent)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { alignDocuments } from '../shared/align/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '../shared/eval/alignment');

function lines(p: string): string[] {
  return readFileSync(p, 'utf8')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l, i, a) => i < a.length - 1 || l !== '');
}

function corpus(): Array<[string[], string[]]> {
  const tr = join(evalDir, 'transread_en-fr');
  const docs: Array<[string[], string[]]> = readdirSync(tr)
    .filter((f) => f.endsWith('.gold'))
    .sort()
    .map((f) => f.slice(0, -5))
    .map((b) => [lines(join(tr, b + '.en')), lines(join(tr, b + '.fr'))]);
  const ep = join(evalDir, 'europarl_en-fr/synth50');
  docs.push([lines(join(ep, 'ALL.en')), lines(join(ep, 'ALL.fr'))]);
  return docs;
}

function build(n: number): [string[], string[]] {
  const docs = corpus();
  const s: string[] = [],
    t: string[] = [];
  for (let k = 0; s.length < n; k++) {
    const [a, b] = docs[k % docs.length]!;
    s.push(...a);
    t.push(...b);
  }
  // Cut both sides at the same fraction so the ends still roughly correspond.
  const cut = Math.round((t.length * n) / s.length);
  return [s.slice(0, n), t.slice(0, cut)];
}

function runOne(n: number): void {
  const [s, t] = build(n);
  const rssBefore = process.memoryUsage().rss;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  // The product path (alignDocuments: the monotone aligner, then the parallel/comparable choice).
  const { beads } = alignDocuments(s, t, { srcLang: 'en', tgtLang: 'fr' });
  const secs = (performance.now() - t0) / 1000;
  const cu = process.cpuUsage(c0);
  const cpuSecs = (cu.user + cu.system) / 1e6;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ n: s.length, m: t.length, secs, cpuSecs, peakRssMiB: peak / 2 ** 20, rssBeforeMiB: rssBefore / 2 ** 20, beads: beads.length }));
}

function main(): void {
  const { values } = parseArgs({ options: { size: { type: 'string' } } });
  if (!existsSync(evalDir)) {
    console.log(`bench/align: no evaluation data at ${evalDir} — skipped.`);
    return;
  }
  if (values.size) {
    runOne(Number(values.size));
    return;
  }
  console.log(
    `machine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, node ${process.version}, ${new Date().toISOString()}, load average ${loadavg()[0]!.toFixed(1)}`,
  );
  const script = fileURLToPath(import.meta.url);
  for (const n of [5000, 10000, 20000]) {
    const out = execFileSync(process.execPath, [...process.execArgv, script, '--size', String(n)], { encoding: 'utf8' });
    const r = JSON.parse(out.trim().split('\n').pop()!) as { n: number; m: number; secs: number; cpuSecs: number; peakRssMiB: number; rssBeforeMiB: number };
    console.log(
      `${String(r.n).padStart(6)} x ${String(r.m).padEnd(6)} ${r.secs.toFixed(2).padStart(7)} s wall, ${r.cpuSecs.toFixed(2).padStart(6)} s CPU   peak RSS ${r.peakRssMiB.toFixed(0)} MiB (input loaded: ${r.rssBeforeMiB.toFixed(0)} MiB)`,
    );
  }
  // Wall time depends on what else runs: report the load at the end too.
  console.log(
    `load average at the end ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
}

main();
