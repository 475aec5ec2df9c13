// Two processes that find the same stale project lock at once: exactly one may take it over, the
// other must open read-only and name the winner (issue 12: one writer per project).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireProjectLock, LOCK_FILE_NAME, type LockInfo } from '../../main/services/project/project-lock';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let dir: string;
let deadPid: number;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bitext-lockrace-'));
  const dead = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((r) => dead.once('exit', r));
  deadPid = dead.pid!;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const staleLock = (d: string) =>
  writeFileSync(path.join(d, LOCK_FILE_NAME), JSON.stringify({ pid: deadPid, host: os.hostname(), at: '2026-01-01T00:00:00.000Z' }));
const lockOf = (d: string) => JSON.parse(readFileSync(path.join(d, LOCK_FILE_NAME), 'utf8')) as LockInfo;

describe('stale lock takeover', () => {
  it('two takers in one process (two identities, both alive): one wins, the other sees it', async () => {
    // Two live pids stand for two processes (the lock only tells holders apart by pid and host).
    const a: LockInfo = { pid: process.pid, host: os.hostname(), at: 'a' };
    const b: LockInfo = { pid: process.ppid, host: os.hostname(), at: 'b' };
    for (let round = 0; round < 25; round++) {
      const d = path.join(dir, `r${round}`);
      mkdirSync(d);
      staleLock(d);
      const [ra, rb] = await Promise.all([acquireProjectLock(d, { identity: a }), acquireProjectLock(d, { identity: b })]);
      const winners = [ra, rb].filter((r) => r.acquired);
      expect(winners, `round ${round}`).toHaveLength(1);
      const winner = ra.acquired ? a : b;
      const loser = ra.acquired ? rb : ra;
      expect(lockOf(d)).toMatchObject({ pid: winner.pid, at: winner.at });
      expect(loser.acquired ? null : loser.holder).toMatchObject({ pid: winner.pid });
      // No takeover guard or temp file is left behind.
      expect(readdirSync(d).sort()).toEqual([LOCK_FILE_NAME]);
    }
  });

  it('a takeover guard left by a takeover that died does not block the project for good', async () => {
    staleLock(dir);
    writeFileSync(path.join(dir, `${LOCK_FILE_NAME}.takeover`), JSON.stringify({ pid: deadPid, host: os.hostname(), at: 'x' }));
    const r = await acquireProjectLock(dir);
    expect(r.acquired).toBe(true);
    expect(lockOf(dir).pid).toBe(process.pid);
    expect(existsSync(path.join(dir, `${LOCK_FILE_NAME}.takeover`))).toBe(false);
    if (r.acquired) await r.release();
    expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('two real processes released at the same moment on the same stale lock: exactly one holds it', async () => {
    const rounds = 6;
    const dirs = Array.from({ length: rounds }, (_, k) => {
      const d = path.join(dir, `p${k}`);
      mkdirSync(d);
      staleLock(d);
      return d;
    });
    // Each child acquires on round k when told, prints the outcome and keeps what it took (alive).
    const code = `
      import { acquireProjectLock } from ${JSON.stringify(path.join(REPO, 'main/services/project/project-lock.ts'))};
      import { createInterface } from 'node:readline';
      const dirs = ${JSON.stringify(dirs)};
      console.log('ready');
      for await (const line of createInterface({ input: process.stdin })) {
        const r = await acquireProjectLock(dirs[Number(line)]);
        console.log(JSON.stringify({ round: Number(line), acquired: r.acquired, holder: r.acquired ? process.pid : r.holder.pid }));
      }`;
    const children = [0, 1].map(() =>
      spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: REPO, stdio: ['pipe', 'pipe', 'inherit'] }),
    );
    try {
      const lines = children.map((c) => createInterface({ input: c.stdout! })[Symbol.asyncIterator]());
      const next = async (k: number) => JSON.parse(String((await lines[k]!.next()).value)) as { round: number; acquired: boolean; holder: number };
      for (const it of lines) expect((await it.next()).value).toBe('ready');
      for (let k = 0; k < rounds; k++) {
        for (const c of children) c.stdin!.write(`${k}\n`);
        const [x, y] = await Promise.all([next(0), next(1)]);
        expect([x.acquired, y.acquired].filter(Boolean), `round ${k}`).toHaveLength(1);
        const winnerPid = x.acquired ? children[0]!.pid : children[1]!.pid;
        expect(x.holder).toBe(winnerPid);
        expect(y.holder).toBe(winnerPid);
        expect(lockOf(dirs[k]!).pid).toBe(winnerPid);
      }
    } finally {
      for (const c of children) c.kill();
    }
  }, 60_000);
});
