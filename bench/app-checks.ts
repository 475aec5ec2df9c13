// Speed of the APP's check path (the service the UI calls, not the bare engine): a translation
// pair of about 6,000 sentences a side, built by repeating the sample corpus's translation pair
// (002 English ⇄ 004 French) with numbers varied. Measures: the import with its automatic pairing
// and checks, the full "Re-run checks", and the re-check that follows one accepted fix and one
// hand edit (the incremental path the app runs after edits, FindingsService.recheck), CPU and
// wall time; and the longest gap between progress events of each check job.
// Usage: npx tsx bench/app-checks.ts [sentences]
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { openWorkbench } from '../main/services/open-workbench.js';
import type { JobInfo } from '../shared/api/contract.js';
import type { FindingsService } from '../main/services/findings/findings-service.js';

const root = new URL('..', import.meta.url).pathname;
const target = Number(process.argv[2] ?? 6000);
const read = (prefix: string) => readFileSync(path.join(root, 'corpus', require_(prefix)), 'utf8');
function require_(prefix: string): string {
  const names = ['002_c5a6547c0aa22e93.txt', '004_aad8ed66e90f3308.txt'];
  return names.find((n) => n.startsWith(prefix))!;
}
const sentencesIn = (t: string) => (t.match(/[.!?…]["”»]?(\s|$)/gu) ?? []).length || 1;

function grow(text: string, sentences: number): string {
  const per = sentencesIn(text);
  const out: string[] = [];
  for (let n = 0; out.length * per < sentences; n++) out.push(text.replace(/\d+/gu, (d) => String((Number(d) + n) % 1000)));
  return out.join('\n\n');
}

const en = grow(read('002'), target);
const fr = grow(read('004'), target);
const tmp = mkdtempSync(path.join(tmpdir(), 'bitext-bench-app-'));
const workerScript = path.join(root, 'dist', 'workers', 'analyze-worker.js');
const { service } = await openWorkbench({
  projectDir: path.join(tmp, 'proj'),
  configDir: path.join(tmp, 'cfg'),
  ...(existsSync(workerScript) ? { worker: { script: workerScript } } : {}),
});

// Progress of check jobs: the longest time between two events of a running check.
let lastCheckEvent = 0;
let maxGap = 0;
let checkJobs = 0;
let named: string[] = [];
// The import is one job (analysis, pairing, checks): its events, steps and longest gap.
const importJob = { events: 0, ids: new Set<string>(), stages: new Set<string>(), last: 0, maxGap: 0, gapAt: '' };
service.onEvent((e) => {
  if (e.type === 'findings-changed') named.push(...(e.docIds ?? ['all']));
  if (e.type === 'job' && e.job.kind === 'import') {
    const now = performance.now();
    importJob.events++;
    importJob.ids.add(e.job.id);
    if (e.job.stage) importJob.stages.add(e.job.stage.kind);
    if (importJob.last && now - importJob.last > importJob.maxGap) {
      importJob.maxGap = now - importJob.last;
      importJob.gapAt = `${e.job.stage?.kind ?? '-'} ${e.job.done}/${e.job.total}`;
    }
    importJob.last = e.job.state === 'running' ? now : 0;
  }
  if (e.type !== 'job' || e.job.kind !== 'check') return;
  const j: JobInfo = e.job;
  const now = performance.now();
  if (j.state === 'running' && j.done === 0 && lastCheckEvent === 0) checkJobs++;
  if (lastCheckEvent) maxGap = Math.max(maxGap, now - lastCheckEvent);
  lastCheckEvent = j.state === 'running' ? now : 0;
});

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
let t = performance.now();
const report = await service.importUploads({
  files: [
    { name: 'big-en.txt', dataBase64: b64(en) },
    { name: 'big-fr.txt', dataBase64: b64(fr) },
  ],
});
const importMs = performance.now() - t;
await service.settled();
const importAllMs = performance.now() - t;
const [a, b] = report.imported;
const snap = await service.getSnapshot({});
const suggested = snap.pairs[0];
// Repeated text can look like anything but a translation to the pair scorer: pair by hand then.
const pair = suggested ?? (a && b ? await service.createPair({ a: a.id, b: b.id }) : undefined);

t = performance.now();
if (pair) await service.getAlignment({ pairId: pair.id });
const alignMs = performance.now() - t;

maxGap = 0;
t = performance.now();
const cpu0 = process.cpuUsage();
const full = await service.runChecks({});
const fullMs = performance.now() - t;
// CPU time of this process (worker threads included): the machine is shared, wall time varies.
const fullCpu = process.cpuUsage(cpu0);
const fullGap = maxGap;

const findings = service['findings'] as FindingsService;
/** The re-check the app runs after an edit (without the debounce wait), timed. */
async function timed(run: () => Promise<unknown>): Promise<{ ms: number; cpu: number; gap: number; named: string[] }> {
  findings.cancelScheduled();
  maxGap = 0;
  named = [];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await run();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000, gap: maxGap, named: [...new Set(named)] };
}
const show = (r: { ms: number; cpu: number; gap: number; named: string[] } | undefined) =>
  r
    ? `${r.ms.toFixed(0)} ms wall, ${r.cpu.toFixed(0)} ms cpu, longest progress gap ${r.gap.toFixed(0)} ms, findings-changed names ${r.named.length} document(s)`
    : 'n/a';

// One accepted fix: the re-check after it.
const f = full.findings.find((x) => x.status === 'open' && x.suggestions.length > 0);
let afterFix;
if (f) {
  await service.acceptFinding({ findingId: f.id, suggestion: 0 });
  afterFix = await timed(() => findings.recheck());
}
// One hand edit (a word typed into the English document): the re-check after it, then the
// same state checked in full for comparison.
let afterEdit;
let fullAfterEdit;
if (a) {
  const doc = await service.getDocument({ id: a.id });
  const at = doc.text.indexOf(' ', Math.floor(doc.text.length / 2));
  await service.fixText({ docId: a.id, start: at, end: at, text: ' the' });
  afterEdit = await timed(() => findings.recheck());
  fullAfterEdit = await timed(() => findings.runChecks());
}

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cpus), node ${process.version}, ${new Date().toISOString()}`);
console.log(
  `pair: ${a?.sentences} + ${b?.sentences} sentences (${a?.words} + ${b?.words} words), ${suggested ? `suggested as ${suggested.kind}` : 'not suggested (paired by hand)'}`,
);
console.log(`import call: ${importMs.toFixed(0)} ms; import + pairing + checks until settled: ${importAllMs.toFixed(0)} ms`);
console.log(
  `import job: ${importJob.ids.size} job(s), ${importJob.events} events, steps ${[...importJob.stages].join(' → ')}; longest gap between its events: ${importJob.maxGap.toFixed(0)} ms (ending at ${importJob.gapAt})`,
);
console.log(`alignment of the pair (first open): ${alignMs.toFixed(0)} ms`);
console.log(
  `full check (Re-run checks): ${fullMs.toFixed(0)} ms wall, ${((fullCpu.user + fullCpu.system) / 1000).toFixed(0)} ms cpu, ${full.findings.length} findings; longest gap between progress events: ${fullGap.toFixed(0)} ms`,
);
console.log(`re-check after one accepted fix (${f?.rule ?? '-'}): ${show(afterFix)}`);
console.log(`re-check after one hand edit: ${show(afterEdit)}`);
console.log(`full check of the same state, for comparison: ${show(fullAfterEdit)}`);
console.log(
  `check jobs seen: ${checkJobs}; load average: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
await service.close();
rmSync(tmp, { recursive: true, force: true });
