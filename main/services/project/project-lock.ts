// One writer per project: a lock file (DIR/.bitext.lock) with the holder's pid and host. A lock
// left by a process that died on this host is stale and taken over; a live holder (or one on
// another host, which cannot be checked) means this process opens the project read-only.
import { randomBytes } from 'node:crypto';
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

export async function acquireProjectLock(dir: string, opts: { identity?: LockInfo } = {}): Promise<LockResult> {
  const file = path.join(dir, LOCK_FILE_NAME);
  const me: LockInfo = opts.identity ?? { pid: process.pid, host: os.hostname(), at: new Date().toISOString() };
  for (let attempt = 0; attempt < 40; attempt++) {
    if (await createComplete(file, me)) {
      held.add(file);
      installExitHook();
      return {
        acquired: true,
        release: async () => {
          held.delete(file);
          const cur = await readLock(file);
          if (cur && sameHolder(cur, me)) await fsp.rm(file, { force: true });
        },
      };
    }
    const holder = await readLock(file);
    if (holder && sameHolder(holder, me)) {
      // This process already holds it (a second store on the same folder): share it.
      return { acquired: true, release: async () => undefined };
    }
    if (holder && !isStale(holder, me)) return { acquired: false, holder };
    // Stale (or unreadable): only the process holding the takeover file may remove it, and only
    // if the lock is still the one it judged stale — so two processes that find the same stale
    // lock at once never both end up holding the project.
    const took = await takeOver(file, me, holder);
    if (took === 'busy') await new Promise((r) => setTimeout(r, 25 + Math.random() * 25));
  }
  const holder = await readLock(file);
  return { acquired: false, holder: holder ?? { pid: 0, host: 'unknown', at: '' } };
}

const sameHolder = (a: LockInfo, b: LockInfo) => a.pid === b.pid && a.host === b.host;
const sameLock = (a: LockInfo | null, b: LockInfo | null) => (a === null ? b === null : b !== null && sameHolder(a, b) && a.at === b.at);
const isStale = (holder: LockInfo, me: LockInfo) => holder.host === me.host && !alive(holder.pid);

/**
 * Creates the lock with its whole content at once: written to a private file, then hard-linked to
 * the lock name (link fails if the name exists). A reader never sees a half-written lock, which
 * it would take for a stale one. Where links are unsupported: exclusive create, then write.
 */
async function createComplete(file: string, me: LockInfo): Promise<boolean> {
  // Named like the atomic writes' temp files, so a crash here leaves nothing recovery keeps.
  const tmp = path.join(path.dirname(file), `.${path.basename(file).replace(/^\./u, '')}.${me.pid}.${randomBytes(6).toString('hex')}.tmp`);
  await writeSynced(tmp, me, 'w');
  try {
    await fsp.link(tmp, file);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // ENOENT: our temp file was swept by the holder's orphan cleanup; the caller looks again.
    if (code === 'EEXIST' || code === 'ENOENT') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    log.warn('project.lock.noHardLinks', { file, code });
    try {
      await writeSynced(file, me, 'wx');
      return true;
    } catch (e2) {
      if ((e2 as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e2;
    }
  } finally {
    await fsp.rm(tmp, { force: true });
  }
}

async function writeSynced(file: string, me: LockInfo, flags: 'w' | 'wx'): Promise<void> {
  const fh = await fsp.open(file, flags, 0o644);
  try {
    await fh.writeFile(JSON.stringify(me));
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** A takeover file older than this was left by a process that died while taking over. */
const TAKEOVER_STALE_MS = 10_000;

async function takeOver(file: string, me: LockInfo, judged: LockInfo | null): Promise<'done' | 'busy'> {
  const guard = `${file}.takeover`;
  if (!(await createComplete(guard, me))) {
    // Someone else is taking over. Its guard is removed when it is done; one left by a process
    // that died mid-takeover (dead pid, or old) is cleared by whoever sees it that way first —
    // harmless if two do, since the lock itself is re-checked under the guard.
    const g = await readLock(guard);
    const age = await fsp.stat(guard).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if ((g && isStale(g, me)) || age > TAKEOVER_STALE_MS) await fsp.rm(guard, { force: true });
    return 'busy';
  }
  try {
    // Re-read under the guard: remove only the very lock that was judged stale.
    const now = await readLock(file);
    if (sameLock(now, judged)) {
      log.warn('project.lock.stale', { dir: path.dirname(file), holder: judged ?? 'unreadable' });
      await fsp.rm(file, { force: true });
    }
    return 'done';
  } finally {
    await fsp.rm(guard, { force: true });
  }
}
