// Streams string chunks into a file without ever leaving a half-written file behind: chunks go to
// a temporary sibling (same folder, so the final rename is atomic on the same file system), which
// is fsynced and renamed over the target at the end. On failure or cancellation the temporary
// file is deleted and the target is untouched (an older version stays as it was).
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';

export class ExportCancelled extends Error {
  override name = 'AbortError';
  constructor() {
    super('export cancelled');
  }
}

export interface StreamFileOptions {
  signal?: { aborted: boolean };
  /** Called after each flush with the bytes written so far. */
  onBytes?: (bytes: number) => void;
  /** Flush threshold in UTF-16 code units (default 256 Ki): few syscalls, bounded memory. */
  bufferSize?: number;
}

/** Temporary names start with ".", end with ".part": easy to recognise, hidden on Unix. */
export function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
}

export async function writeStreamedFile(
  target: string,
  chunks: Iterable<string> | AsyncIterable<string>,
  opts: StreamFileOptions = {},
): Promise<{ bytes: number }> {
  const limit = opts.bufferSize ?? 256 * 1024;
  await fsp.mkdir(path.dirname(target), { recursive: true });
  const tmp = tempNameFor(target);
  const handle = await fsp.open(tmp, 'wx', 0o644);
  let bytes = 0;
  let closed = false;
  try {
    let buf = '';
    const flush = async () => {
      if (!buf) return;
      const data = Buffer.from(buf, 'utf8');
      buf = '';
      let off = 0;
      while (off < data.length) off += (await handle.write(data, off, data.length - off)).bytesWritten;
      bytes += data.length;
      opts.onBytes?.(bytes);
    };
    for await (const chunk of chunks) {
      if (opts.signal?.aborted) throw new ExportCancelled();
      buf += chunk;
      if (buf.length >= limit) await flush();
    }
    if (opts.signal?.aborted) throw new ExportCancelled();
    await flush();
    await handle.sync();
    await handle.close();
    closed = true;
    await fsp.rename(tmp, target);
  } catch (e) {
    // no-log: cleanup after a failure that is rethrown below
    if (!closed) await handle.close().catch(() => /* no-log: cleanup, the failure is rethrown */ undefined);
    await fsp.unlink(tmp).catch(() => /* no-log: cleanup, the failure is rethrown */ undefined);
    throw e;
  }
  await syncDir(path.dirname(target));
  return { bytes };
}

/** Makes the rename durable; not supported on every platform (Windows), hence best effort. */
async function syncDir(dir: string): Promise<void> {
  let h: fsp.FileHandle | undefined;
  try {
    h = await fsp.open(dir, 'r');
    await h.sync();
  } catch {
    // no-log: directory fsync is an extra, not a requirement
  } finally {
    await h?.close().catch(() => /* no-log: closing a directory handle after fsync */ undefined);
  }
}
