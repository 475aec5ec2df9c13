// One huge document never holds a check hostage: the engine stops within moments of a cancel
// (the flag is polled inside long rule loops, not only between rules), a per-document time budget
// drops that document only, and `bitext check --time-limit` reports it per file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckCancelled, runChecks } from '../../shared/checks/engine.js';
import type { Rule } from '../../shared/checks/rule.js';
import { msg } from '../../shared/checks/messages/ref.js';
import { checkTools } from '../../main/services/checks/run.js';
import { checkCommand } from '../../main/cli/commands/check.js';
import { hostileText } from '../helpers/hostile-files.js';

/** A flag that goes up `ms` after it is made (as the worker's shared cancel flag would). */
function abortAfter(ms: number) {
  const at = performance.now() + ms;
  return {
    at,
    signal: {
      get aborted() {
        return performance.now() >= at;
      },
    },
  };
}

/** A rule that never ends but, like every long rule loop, calls env.checkpoint(). */
const endless: Rule = {
  id: 'test.endless',
  category: 'repetition',
  severity: 'info',
  scope: 'doc',
  run(env, view) {
    if (!view || !view.doc.id.startsWith('huge')) return;
    for (;;) env.checkpoint();
  },
};
/** A rule that finds the first word of every document. */
const first: Rule = {
  id: 'test.first',
  category: 'repetition',
  severity: 'info',
  scope: 'doc',
  run(env, view) {
    if (view && view.text.length > 3) env.emit(view, { start: 0, end: 3, message: msg('text', { text: 'x' }) });
  },
};

describe('check engine: cancel and budget on one huge document', () => {
  it('a rule stuck in a long loop stops at the cancel (CheckCancelled, not a crash)', () => {
    const { at, signal } = abortAfter(300);
    const docs = [{ id: 'huge', name: 'huge.txt', language: 'en', text: 'Some text here.' }];
    expect(() => runChecks({ docs }, { signal }, [endless])).toThrow(CheckCancelled);
    expect(performance.now() - at).toBeLessThan(1000);
  });

  it('the real rules on a big ordinary text stop promptly after the cancel', () => {
    const text = hostileText.ordinary(3 * 1024 * 1024);
    const { at, signal } = abortAfter(1500);
    let caught: unknown;
    try {
      runChecks({ docs: [{ id: 'big', name: 'big.txt', language: 'en', text }], tools: checkTools }, { signal });
    } catch (e) {
      caught = e;
    }
    // It did not finish before the cancel, and it stopped as a cancel, well within 5 s of it.
    expect(caught).toBeInstanceOf(CheckCancelled);
    expect(performance.now() - at).toBeLessThan(5000);
  }, 60_000);

  it('a document past its time budget loses its findings; the others keep theirs', () => {
    const docs = [
      { id: 'huge', name: 'huge.txt', language: 'en', text: 'The first document never ends.' },
      { id: 'small', name: 'small.txt', language: 'en', text: 'The second document is fine.' },
    ];
    const timedOut: string[] = [];
    const t0 = performance.now();
    const findings = runChecks({ docs }, { docTimeLimitMs: 200, onDocTimeout: (id) => timedOut.push(id) }, [first, endless]);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(timedOut).toEqual(['huge']);
    expect(findings.map((f) => f.docId)).toEqual(['small']);
  });

  it('bitext check --time-limit: the file past it is an error on stderr and exit 1; the other file is checked', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bitext-limit-'));
    writeFileSync(path.join(dir, 'big.txt'), hostileText.ordinary(3 * 1024 * 1024));
    writeFileSync(path.join(dir, 'small.txt'), 'The council said that the bridge would reopen in spring. It said so twice.\n');
    let out = '';
    let err = '';
    const io = {
      stdout: (s: string) => {
        out += s;
      },
      stderr: (s: string) => {
        err += s;
      },
      cwd: dir,
    };
    const code = await checkCommand.run(['--json', '--time-limit', '0.5', 'big.txt', 'small.txt'], io);
    expect(code).toBe(1);
    expect(err).toMatch(/big\.txt: checking this file took longer than 0\.5 s/);
    expect(err).not.toMatch(/small\.txt/);
    const results = JSON.parse(out) as Array<{ file: string }>;
    expect(results.map((r) => path.basename(r.file))).toEqual(['small.txt']);
    await expect(checkCommand.run(['--time-limit', 'soon', 'small.txt'], io)).rejects.toThrow(/--time-limit/);
  }, 120_000);
});
