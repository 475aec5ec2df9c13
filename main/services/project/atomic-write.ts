// Atomic replace: write a temp sibling, fsync it, rename over the target, fsync the folder.
// A crash at any point leaves either the old file or the new one, never a truncated mix.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export interface AtomicFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
  realpath: typeof fsp.realpath;
  copyFile: typeof fsp.copyFile;
}

const realFs: AtomicFs = {
  open: fsp.open,
  rename: fsp.rename,
  unlink: fsp.unlink,
  realpath: fsp.realpath,
  copyFile: fsp.copyFile,
};

/** Writes are serialised per target so two saves never interleave their renames. */
const queues = new Map<string, Promise<unknown>>();

export async function writeFileAtomic(target: string, data: string | Uint8Array, opts: { fs?: AtomicFs; keepBackup?: boolean } = {}): Promise<void> {
  const prev = queues.get(target) ?? Promise.resolve();
  const next = prev.catch(() => /* no-log: the previous write's caller got its failure */ undefined).then(() => doWrite(target, data, opts));
  queues.set(target, next);
  try {
    await next;
  } finally {
    if (queues.get(target) === next) queues.delete(target);
  }
}

async function doWrite(target: string, data: string | Uint8Array, opts: { fs?: AtomicFs; keepBackup?: boolean }) {
  const fs = opts.fs ?? realFs;
  // A symlinked project file: replace the file it points to, not the link.
  let real = target;
  try {
    real = await fs.realpath(target);
  } catch {
    /* no-log: does not exist yet */
  }
  const dir = path.dirname(real);
  const tmp = path.join(dir, `.${path.basename(real)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fh: Awaited<ReturnType<typeof fsp.open>> | undefined;
  try {
    fh = await fs.open(tmp, 'wx', 0o644);
    await fh.writeFile(data);
    await fh.sync();
    await fh.close();
    fh = undefined;
    if (opts.keepBackup) {
      // The previous generation survives as .bak: the recovery path when a later file is damaged.
      await fs.copyFile(real, `${real}.bak`).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
    }
    await renameWithRetry(fs, tmp, real);
  } catch (e) {
    if (fh) await fh.close().catch(() => /* no-log: cleanup, the failure is rethrown */ undefined);
    await fs.unlink(tmp).catch(() => /* no-log: cleanup, the failure is rethrown */ undefined);
    throw e;
  }
  await syncDir(dir);
}

async function renameWithRetry(fs: AtomicFs, from: string, to: string): Promise<void> {
  // Windows reports EPERM/EBUSY while an antivirus or indexer holds the target briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (attempt >= 5 || !(code === 'EPERM' || code === 'EBUSY' || code === 'EACCES')) throw e;
      await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
    }
  }
}

async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const d = await fsp.open(dir, 'r');
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  } catch {
    /* no-log: some filesystems refuse directory fsync; the rename is still atomic */
  }
}
