// The app's re-check after edits (FindingsService.recheck: only what the edits can change) against
// "Re-run checks" (a full run), on the sample project: random accepted fixes, hand edits,
// replace-in-corpus and undo. After each, the findings the editor sees (ids, spans, statuses,
// texts) are the same both ways, and the findings-changed event names exactly the documents
// whose findings changed. Seeded: a failure names its seed and step.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbench } from '../../main/services/open-workbench';
import type { FindingsState, WorkbenchEvent } from '../../shared/api/contract.js';
import type { FindingsService } from '../../main/services/findings/findings-service.js';
import { corpus, root, useSampleWorkbench } from './helpers';
import type { CheckResult } from '../../main/services/checks/check-session.js';
import { windowSpans } from '../../main/services/checks/large-docs.js';
import type { CheckRequest } from '../../main/services/workers/protocol.js';
import type { RunOptions } from '../../shared/checks/types.js';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const norm = (s: FindingsState) =>
  s.findings
    .map(({ id, docId, rule, start, end, text, status, suggestions, message, severity, appliedText, evidence, safe, category }) => ({
      id,
      docId,
      rule,
      start,
      end,
      text,
      status,
      suggestions,
      message,
      severity,
      appliedText,
      evidence,
      safe,
      category,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const perDoc = (s: FindingsState) => {
  const out = new Map<string, string>();
  for (const f of norm(s)) out.set(f.docId, (out.get(f.docId) ?? '') + JSON.stringify(f));
  return out;
};

const WORDS = [' the the', ' Blinken', ' said', '  ', ' ,', ' recieve', '\n', ' Washington', ' la la', ' «', ' »'];

describe('re-check after edits equals a full run (sample project)', () => {
  const wb = useSampleWorkbench();

  it('random fixes, hand edits, replace in corpus and undo', async () => {
    const service = wb.service;
    await service.settled();
    const findings = service['findings'] as FindingsService;
    const events: WorkbenchEvent[] = [];
    service.onEvent((e) => events.push(e));
    const r = rng(11);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    let state = await findings.runChecks();
    // Counts the re-checks the analyzer answered from its session (not a fallback to a full run).
    let incrementalRuns = 0;
    const analyzer = service['analyzer'] as { recheck: (...a: never[]) => Promise<{ stale: boolean }> };
    const recheck = analyzer.recheck.bind(analyzer);
    analyzer.recheck = async (...a: never[]) => {
      const res = await recheck(...a);
      if (!res.stale) incrementalRuns++;
      return res;
    };
    for (let step = 0; step < 16; step++) {
      const roll = r();
      let what = '';
      const open = state.findings.filter((f) => f.status === 'open' && f.suggestions.length > 0);
      if (roll < 0.35 && open.length) {
        const f = pick(open);
        await service.acceptFinding({ findingId: f.id, suggestion: 0 });
        what = `accept ${f.rule}`;
      } else if (roll < 0.65) {
        const snap = await service.getSnapshot({});
        const d = pick(snap.documents);
        const doc = await service.getDocument({ id: d.id });
        const at = Math.floor(r() * doc.text.length);
        await service.fixText({ docId: d.id, start: at, end: Math.min(doc.text.length, at + Math.floor(r() * 4)), text: pick(WORDS) });
        what = `edit ${d.name}`;
      } else if (roll < 0.8) {
        const query = { text: pick(['Blinken', 'the', 'said', 'Chine']), regex: false, wholeWord: true, caseSensitive: true };
        const hits = (await service.searchCorpus({ query, textMode: 'original' })).hits.filter((h) => h.replaceable).slice(0, 3);
        if (hits.length)
          await service.replaceInCorpus({
            query,
            textMode: 'original',
            replacement: 'X',
            places: hits.map((h) => ({ docId: h.docId, start: h.start, end: h.end })),
          });
        what = `replace ${query.text} ×${hits.length}`;
      } else {
        await service.undo({});
        what = 'undo';
      }
      findings.cancelScheduled();
      const before = await findings.state();
      events.length = 0;
      const inc = await findings.recheck();
      const named = events.flatMap((e) => (e.type === 'findings-changed' ? (e.docIds ?? ['*']) : []));
      const full = await findings.runChecks();
      const label = `seed 11 step ${step} (${what})`;
      expect(norm(inc), label).toEqual(norm(full));
      const a = perDoc(before);
      const b = perDoc(inc);
      const differ = [...new Set([...a.keys(), ...b.keys()])].filter((id) => a.get(id) !== b.get(id)).sort();
      expect([...new Set(named)].sort(), label).toEqual(differ);
      state = full;
    }
    expect(incrementalRuns).toBe(16);
  }, 300_000);
});

describe('per-document time budget of the app checks', () => {
  const wb = useSampleWorkbench();

  it('a document past it is named as stopped (no findings, not "0"); the others are published', async () => {
    const findings = wb.service['findings'] as FindingsService;
    await wb.service.settled();
    findings.docTimeLimitMs = 1;
    try {
      const state = await findings.runChecks();
      const stopped = state.timedOut ?? [];
      expect(stopped.length).toBeGreaterThan(0);
      expect(stopped.every((x) => x.seconds === 0.001)).toBe(true);
      for (const { docId } of stopped) expect(state.findings.filter((f) => f.docId === docId)).toEqual([]);
    } finally {
      findings.docTimeLimitMs = 60_000;
    }
    const state = await findings.runChecks();
    expect(state.timedOut).toBeUndefined();
    expect(state.findings.length).toBeGreaterThan(0);
  }, 300_000);
});

describe('a very large document is checked alone, after the others', () => {
  const wb = useSampleWorkbench();

  it('the others are published first; edits to them are re-checked incrementally, an edit to it checks in full', async () => {
    const service = wb.service;
    await service.settled();
    const findings = service['findings'] as FindingsService;
    const snap = await service.getSnapshot({});
    const texts = await Promise.all(snap.documents.map(async (d) => ({ id: d.id, length: (await service.getDocument({ id: d.id })).text.length })));
    const longest = texts.reduce((a, b) => (b.length > a.length ? b : a));
    // The longest sample document stands for a very large one.
    findings.largeDocChars = longest.length - 1;
    const analyzer = service['analyzer'] as { recheck: (...a: never[]) => Promise<{ stale: boolean }> };
    const recheck = analyzer.recheck.bind(analyzer);
    let rechecks = 0;
    analyzer.recheck = async (...a: never[]) => {
      rechecks++;
      return recheck(...a);
    };
    const named: Array<string[] | undefined> = [];
    const off = service.onEvent((e) => {
      if (e.type === 'findings-changed') named.push(e.docIds);
    });
    try {
      const full = await findings.runChecks();
      expect(named).toEqual([texts.filter((t) => t.id !== longest.id).map((t) => t.id), [longest.id]]);
      const other = texts.find((t) => t.id !== longest.id)!;
      await service.fixText({ docId: other.id, start: 0, end: 0, text: 'The the ' });
      findings.cancelScheduled();
      const inc = await findings.recheck();
      expect(rechecks).toBe(1);
      expect(norm(inc)).toEqual(norm(await findings.runChecks()));
      expect(full.findings.some((f) => f.docId === longest.id)).toBe(true);
      await service.fixText({ docId: longest.id, start: 0, end: 0, text: 'The the ' });
      findings.cancelScheduled();
      const again = await findings.recheck();
      expect(rechecks).toBe(1);
      expect(norm(again)).toEqual(norm(await findings.runChecks()));
    } finally {
      off();
      findings.largeDocChars = 2_000_000;
    }
  }, 300_000);
});

describe('re-check in the analysis worker', () => {
  it('the worker keeps the session: an edit is re-checked from it (not in full), a restarted worker falls back to a full run', async () => {
    const script = path.join(root, 'dist/workers/analyze-worker.js');
    expect(existsSync(script), 'dist/workers/analyze-worker.js: run npm run build').toBe(true);
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'bitext-recheck-'));
    const { service } = await openWorkbench({ projectDir: path.join(tmp, 'p'), configDir: path.join(tmp, 'c'), sampleCorpusDir: corpus, worker: { script } });
    try {
      await service.settled();
      const findings = service['findings'] as FindingsService;
      const analyzer = service['analyzer'] as { recheck: (...a: never[]) => Promise<{ stale: boolean; runs?: number }> };
      const answers: Array<{ stale: boolean; runs?: number }> = [];
      const recheck = analyzer.recheck.bind(analyzer);
      analyzer.recheck = async (...a: never[]) => {
        const res = await recheck(...a);
        answers.push(res);
        return res;
      };
      const full = await findings.runChecks();
      const f = full.findings.find((x) => x.status === 'open' && x.suggestions.length > 0)!;
      await service.acceptFinding({ findingId: f.id, suggestion: 0 });
      findings.cancelScheduled();
      const inc = await findings.recheck();
      expect(answers).toHaveLength(1);
      expect(answers[0]!.stale).toBe(false);
      expect(norm(inc)).toEqual(norm(await findings.runChecks()));
      // Another key than the worker holds (as after a restart): the worker says so, a full run follows.
      findings['session']!.key = 'elsewhere:1';
      await service.fixText({ docId: f.docId, start: 0, end: 0, text: 'A ' });
      findings.cancelScheduled();
      const again = await findings.recheck();
      expect(answers[1]!.stale).toBe(true);
      expect(norm(again)).toEqual(norm(await findings.runChecks()));
    } finally {
      await service.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('a very large document stopped at its budget is partly checked', () => {
  const wb = useSampleWorkbench();

  it('keeps the findings of the windows checked in time and says how far it got; a full run has none of that', async () => {
    const service = wb.service;
    await service.settled();
    const findings = service['findings'] as FindingsService;
    const snap = await service.getSnapshot({});
    const texts = await Promise.all(snap.documents.map(async (d) => ({ id: d.id, length: (await service.getDocument({ id: d.id })).text.length })));
    const longest = texts.reduce((a, b) => (b.length > a.length ? b : a));
    // A doubled word at the start: a finding the first window must keep.
    await service.fixText({ docId: longest.id, start: 0, end: 0, text: 'The the ' });
    findings.cancelScheduled();
    findings.largeDocChars = longest.length - 1;
    // The analyzer checks it in small windows, and its budget ends (on an injected clock) halfway
    // into the second window: not the machine's speed.
    const windowChars = Math.floor(longest.length / 5);
    const analyzer = service['analyzer'] as { check: (req: CheckRequest, run?: RunOptions) => Promise<CheckResult> };
    const check = analyzer.check.bind(analyzer);
    analyzer.check = async (req, run = {}) => {
      const big = req.inputs.find((d) => d.id === longest.id);
      if (!big) return check(req, run);
      const n = windowSpans(big.text, windowChars).length;
      let late = false;
      const hooked = {
        ...run,
        windowChars,
        now: () => (late ? 1e15 : 0),
        onProgress: (done: number, total: number) => {
          if (done / total >= 1.5 / n) late = true;
          run.onProgress?.(done, total);
        },
      };
      return check(req, hooked as RunOptions);
    };
    try {
      const state = await findings.runChecks();
      const stopped = state.timedOut?.find((x) => x.docId === longest.id);
      expect(stopped).toBeDefined();
      expect(stopped!.checkedChars).toBeGreaterThan(0);
      expect(stopped!.checkedChars!).toBeLessThan(stopped!.totalChars!);
      const own = state.findings.filter((f) => f.docId === longest.id);
      expect(own.some((f) => f.rule === 'repetition.doubled-word' && f.start === 0)).toBe(true);
      // The other documents are checked as usual.
      expect(state.findings.some((f) => f.docId !== longest.id)).toBe(true);
      expect(state.timedOut!.filter((x) => x.docId !== longest.id)).toEqual([]);
    } finally {
      analyzer.check = check;
      findings.largeDocChars = 2_000_000;
    }
    const state = await findings.runChecks();
    expect(state.timedOut).toBeUndefined();
  }, 300_000);
});
