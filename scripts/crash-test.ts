// Crash test: runs `bitext serve` on a project, fires a burst of edits (sentence edits and bead
// confirmations) through the HTTP bridge, kills the server with SIGKILL at a random moment,
// restarts it and checks that every edit the server acknowledged is still there, that the
// project opens, and that undo still works.
//   npx tsx scripts/crash-test.ts [--trials N] [--edits M] [--seed S]
// CI runs a short version (tests/history/crash.test.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface CrashReport {
  trials: number;
  reopened: number;
  acknowledged: number;
  lost: number;
  failures: string[];
}

interface Server {
  child: ChildProcess;
  base: string;
  token: string;
}

function start(projectDir: string, configDir: string): Promise<Server> {
  const child = spawn(process.execPath, ['bin/bitext.js', 'serve', '--project', projectDir, '--port', '0', '--empty'], {
    cwd: REPO,
    env: { ...process.env, BITEXT_CONFIG_DIR: configDir, BITEXT_DATA_DIR: configDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address in 60 s\n${stderr}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`bitext serve exited (${code})\n${stderr}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      const m = /^Listening on (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)$/.exec(line);
      if (m) resolve({ child, base: m[1]!, token: m[2]! });
      else reject(new Error(`unexpected first line: ${line}`));
    });
  });
}

async function call<T>(s: Server, method: string, payload: unknown = {}): Promise<T> {
  const r = await fetch(`${s.base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
    body: JSON.stringify(payload),
  });
  const body = (await r.json()) as { ok: boolean; value?: T; error?: { code: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.code} ${JSON.stringify(body.error).slice(0, 300)}`);
  return body.value as T;
}

function kill9(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Small deterministic generator, so a failing run can be repeated with its seed. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

interface View {
  beads: Array<{ confirmed: boolean }>;
  src: { sentences: Array<{ text: string }> };
  history: { canUndo: boolean };
}

export async function runCrashTrials(opts: { trials: number; edits: number; seed?: number; log?: (s: string) => void }): Promise<CrashReport> {
  const random = rng(opts.seed ?? Date.now());
  const log = opts.log ?? (() => undefined);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bitext-crash-'));
  const projectDir = path.join(tmp, 'project');
  const configDir = path.join(tmp, 'config');
  const report: CrashReport = { trials: 0, reopened: 0, acknowledged: 0, lost: 0, failures: [] };
  let server: Server | null = null;
  try {
    server = await start(projectDir, configDir);
    // A pair with a known alignment (a small TSV): the test measures saving, not the aligner.
    const lines = Array.from({ length: 40 }, (_, i) => `Sentence number ${i + 1} says something.\tLa phrase numéro ${i + 1} dit quelque chose.`).join('\n');
    const imported = await call<{ pair: { id: string } | null }>(server, 'importBitext', {
      name: 'crash.tsv',
      dataBase64: Buffer.from(`${lines}\n`).toString('base64'),
    });
    const pair = imported.pair;
    if (!pair) throw new Error('the bitext import made no pair');
    let view = await call<View>(server, 'getAlignment', { pairId: pair.id });
    for (let t = 0; t < opts.trials; t++) {
      report.trials++;
      const nSent = view.src.sentences.length;
      const nBeads = view.beads.length;
      const acked: Array<{ kind: 'sentence'; index: number; text: string } | { kind: 'bead'; index: number; confirmed: boolean }> = [];
      const target = t % 2 === 0;
      const inFlight: Promise<void>[] = [];
      const all: Promise<void>[] = [];
      const s = server;
      let killed = false;
      // Kill at a random moment of the burst (a burst of this size takes roughly this long here).
      const killer = new Promise<void>((resolve) =>
        setTimeout(
          () => {
            killed = true;
            void kill9(s.child).then(resolve);
          },
          Math.floor(random() * opts.edits * 8),
        ),
      );
      for (let k = 0; k < opts.edits && !killed; k++) {
        const sentence = k % 2 === 0;
        const index = sentence ? (k / 2) % nSent : ((k - 1) / 2) % nBeads;
        const text = `Trial ${t} edit ${k}.`;
        inFlight.push(
          (sentence
            ? call(s, 'editSentence', { pairId: pair.id, side: 'src', index, text }).then(() => void acked.push({ kind: 'sentence', index, text }))
            : call(s, 'editAlignment', { pairId: pair.id, op: { type: 'confirm', bead: index, confirmed: target } }).then(
                () => void acked.push({ kind: 'bead', index, confirmed: target }),
              )
          ).catch(() => undefined),
        );
        all.push(inFlight[inFlight.length - 1]!);
        // A few edits in flight at once, like quick typing and clicking.
        if (inFlight.length >= 4) await Promise.race([inFlight.shift()!, killer]);
      }
      await killer;
      await Promise.allSettled(all);
      try {
        server = await start(projectDir, configDir);
      } catch (e) {
        report.failures.push(`trial ${t}: the project did not reopen: ${(e as Error).message.slice(0, 300)}`);
        server = null;
        break;
      }
      report.reopened++;
      view = await call<View>(server, 'getAlignment', { pairId: pair.id });
      // The last acknowledged value per place is what must be there (later unacknowledged ones may be too).
      const lastSentence = new Map<number, string>();
      const lastBead = new Map<number, boolean>();
      for (const a of acked) {
        if (a.kind === 'sentence') lastSentence.set(a.index, a.text);
        else lastBead.set(a.index, a.confirmed);
      }
      report.acknowledged += acked.length;
      for (const [i, text] of lastSentence) {
        const got = view.src.sentences[i]?.text ?? '';
        if (got !== text && !got.startsWith(`Trial ${t} `)) {
          report.lost++;
          report.failures.push(`trial ${t}: sentence ${i} is "${got.slice(0, 40)}", expected "${text}"`);
        }
      }
      for (const [i, confirmed] of lastBead) {
        if (view.beads[i]?.confirmed !== confirmed) {
          report.lost++;
          report.failures.push(`trial ${t}: bead ${i} confirmed=${view.beads[i]?.confirmed}, expected ${confirmed}`);
        }
      }
      if (acked.length > 0 && !view.history.canUndo) report.failures.push(`trial ${t}: nothing to undo after reopening`);
      if (view.history.canUndo) {
        try {
          await call(server, 'undo');
          await call(server, 'redo');
        } catch (e) {
          report.failures.push(`trial ${t}: undo/redo failed after reopening: ${(e as Error).message}`);
        }
      }
      log(`trial ${t + 1}/${opts.trials}: ${acked.length} acknowledged, reopened`);
    }
  } finally {
    if (server) await kill9(server.child);
    rmSync(tmp, { recursive: true, force: true });
  }
  return report;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string, dflt: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : dflt;
  };
  const seed = arg('seed', Date.now() % 100000);
  const r = await runCrashTrials({ trials: arg('trials', 20), edits: arg('edits', 100), seed, log: (s) => process.stderr.write(`${s}\n`) });
  process.stdout.write(`${JSON.stringify({ seed, ...r }, null, 1)}\n`);
  process.exit(r.lost === 0 && r.failures.length === 0 && r.reopened === r.trials ? 0 : 1);
}
