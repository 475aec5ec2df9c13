// One writer per project: a lock file (DIR/.bitext.lock) with the holder's pid and host. A lock
// left by a process that died on this host is stale and taken over; a live holder (or one on
// another host, which cannot be checked) means this process opens the project read-only.
import { promises as fsp, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { log } from '../log/logger.js';

export const LOCK_FILE_NAME = '.bitext.lock';

export interface LockInfo {
  pid: number;
  host: string;
  at: string;
}

export type LockResult = { acquired: true; release: () => Promise<void> } | { acquired: false; holder: LockInfo };

/** Locks held by this process (released on exit, even without close()). */
const held = new Set<string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const f of held) {
      try {
        unlinkSync(f);
      } catch {
        /* no-log: already gone */
      }
    }
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // no-log: ESRCH is the answer; EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(file: string): Promise<LockInfo | null> {
  try {
    const raw = JSON.parse(await fsp.readFile(file, 'utf8')) as Partial<LockInfo>;
    if (typeof raw.pid === 'number' && typeof raw.host === 'string') return { pid: raw.pid, host: raw.host, at: String(raw.at ?? '') };
  } catch {
    /* no-log: unreadable or half-written: treated as stale below (the takeover is logged) */
  }
  return null;
}

export async function acquireProjectLock(dir: string): Promise<LockResult> {
  const file = path.join(dir, LOCK_FILE_NAME);
  const me: LockInfo = { pid: process.pid, host: os.hostname(), at: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fh = await fsp.open(file, 'wx', 0o644);
      try {
        await fh.writeFile(JSON.stringify(me));
        await fh.sync();
      } finally {
        await fh.close();
      }
      held.add(file);
      installExitHook();
      return {
        acquired: true,
        release: async () => {
          held.delete(file);
          const cur = await readLock(file);
          if (cur && cur.pid === me.pid && cur.host === me.host) await fsp.rm(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = await readLock(file);
    if (holder && holder.host === me.host && holder.pid === me.pid) {
      // This process already holds it (a second store on the same folder): share it.
      return { acquired: true, release: async () => undefined };
    }
    const stale = !holder || (holder.host === me.host && !alive(holder.pid));
    if (!stale) return { acquired: false, holder };
    log.warn('project.lock.stale', { dir, holder: holder ?? 'unreadable' });
    await fsp.rm(file, { force: true });
  }
  const holder = await readLock(file);
  return { acquired: false, holder: holder ?? { pid: 0, host: 'unknown', at: '' } };
}
