// Scores the checks on the sample corpus (checked as one corpus) against the hand-made list of
// artifacts: recall per category, and every finding that matches no listed artifact.
// Usage: npx tsx scripts/eval-checks.ts [--quiet] [--json]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkCorpus } from '../main/services/checks/run.js';
import type { Finding } from '../shared/checks/types.js';
import { buildEvalGlossary } from './eval-glossary.js';

interface Artifact { file: string; category: string; start: number; end: number; text: string; fix: string; note?: string }

const root = new URL('..', import.meta.url).pathname;
const corpusDir = process.env.CHECKS_CORPUS ?? join(root, 'corpus');
const seeds = process.env.CHECKS_SEEDS ?? join(root, '..', 'shared', 'seeds', 'artifacts.json');
const quiet = process.argv.includes('--quiet');

const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
const inputs = files.map((f) => ({ id: f, name: f, text: readFileSync(join(corpusDir, f), 'utf8').replace(/\r\n?/gu, '\n').normalize('NFC') }));
const t0 = performance.now();
const { findings, docs } = checkCorpus(inputs, { glossary: buildEvalGlossary(), cacheDir: join(root, '.tmp', 'spell-cache') });
const ms = performance.now() - t0;
const artifacts = (JSON.parse(readFileSync(seeds, 'utf8')) as { artifacts: Artifact[] }).artifacts;

const overlaps = (f: Finding, a: Artifact) => f.docId === a.file && f.start < a.end && f.end > a.start;
const cats = [...new Set(artifacts.map((a) => a.category))].sort();
let found = 0;
let foundAny = 0;
const rows: string[] = [];
for (const c of cats) {
  const list = artifacts.filter((a) => a.category === c);
  const hit = list.filter((a) => findings.some((f) => overlaps(f, a) && f.category === c));
  const any = list.filter((a) => findings.some((f) => overlaps(f, a)));
  found += hit.length;
  foundAny += any.length;
  rows.push(`${c.padEnd(18)} ${String(hit.length).padStart(2)}/${String(list.length).padEnd(2)} ${(100 * hit.length / list.length).toFixed(0).padStart(4)} %   any category: ${any.length}/${list.length}`);
}
const unmatched = findings.filter((f) => !artifacts.some((a) => overlaps(f, a)));
const missed = artifacts.filter((a) => !findings.some((f) => overlaps(f, a) && f.category === a.category));

console.log(`Checked ${docs.length} documents (${docs.map((d) => `${d.name}:${d.language}`).join(', ')}) in ${ms.toFixed(0)} ms: ${findings.length} findings`);
console.log('\nRecall per category (same category, overlapping span):');
for (const r of rows) console.log('  ' + r);
console.log(`  ${'OVERALL'.padEnd(18)} ${found}/${artifacts.length} ${(100 * found / artifacts.length).toFixed(1)} %   any category: ${foundAny}/${artifacts.length} ${(100 * foundAny / artifacts.length).toFixed(1)} %`);
const bySev = (s: string) => unmatched.filter((f) => f.severity === s).length;
console.log(`\nFindings matching no listed artifact: ${unmatched.length} (error ${bySev('error')}, warning ${bySev('warning')}, info ${bySev('info')})`);
if (!quiet) {
  for (const f of unmatched) console.log(`  ${f.docId} ${f.start}-${f.end} [${f.category}/${f.rule}/${f.severity}] ${JSON.stringify(f.text.slice(0, 90))} → ${JSON.stringify(f.suggestions.slice(0, 2))} — ${f.message.en}`);
  console.log(`\nMissed artifacts: ${missed.length}`);
  for (const a of missed) console.log(`  ${a.file} ${a.start}-${a.end} [${a.category}] ${JSON.stringify(a.text.slice(0, 90))}`);
}
