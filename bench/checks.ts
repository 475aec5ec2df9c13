// Speed of the check engine: one million words built by repeating and varying the sample
// corpus (paragraphs rotated, numbers changed, so documents are not byte-identical), checked as
// ONE corpus with dictionaries and the sentence splitter. Usage: npx tsx bench/checks.ts [words]
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { runChecks } from '../shared/checks/engine.js';
import type { CorpusDoc } from '../shared/checks/types.js';
import { checkTools, documentLanguage } from '../main/services/checks/run.js';
import { getSpellChecker } from '../main/services/checks/spell.js';

const root = new URL('..', import.meta.url).pathname;
const target = Number(process.argv[2] ?? 1_000_000);
const dir = join(root, 'corpus');
const samples = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    return { name: f, text, language: documentLanguage(text) };
  });

const docs: CorpusDoc[] = [];
let words = 0;
for (let n = 0; words < target; n++) {
  const s = samples[n % samples.length]!;
  const paras = s.text.split('\n\n');
  const k = Math.floor(n / samples.length) % paras.length;
  const text = [...paras.slice(k), ...paras.slice(0, k)].join('\n\n').replace(/\d+/gu, (d) => String((Number(d) + n) % 1000));
  docs.push({ id: `b${n}`, name: `${n}-${s.name}`, language: s.language, text });
  words += (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

let t = performance.now();
const spell = getSpellChecker(['en', 'fr'], { cacheDir: join(root, '.tmp', 'spell-cache') });
const spellMs = performance.now() - t;
t = performance.now();
const cpu0 = process.cpuUsage();
const findings = runChecks({ docs, spell, tools: checkTools });
const ms = performance.now() - t;
const cpu = process.cpuUsage(cpu0);

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cpus), node ${process.version}, ${new Date().toISOString()}`);
console.log(`corpus: ${docs.length} documents, ${words.toLocaleString('en')} words`);
console.log(`dictionaries (en+fr): ${spellMs.toFixed(0)} ms (cached word sets after the first run)`);
console.log(`checks: ${(ms / 1000).toFixed(2)} s, ${Math.round(words / (ms / 1000)).toLocaleString('en')} words/s, ${findings.length} findings`);
// The machine is shared: CPU time of this process and the load average say how loaded it was.
console.log(
  `cpu time: ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s; load average (1/5/15 min): ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
console.log(ms < 10_000 ? 'OK: under 10 s' : 'SLOW: over 10 s');
