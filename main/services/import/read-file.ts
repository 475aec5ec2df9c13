import { open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { WorkbenchError } from '../../../shared/api/errors.js';
import { decodeFile } from './decode.js';
import { requireFormat } from './formats.js';
import { unreadable } from './fs-errors.js';
import { MAX_IMPORT_BYTES, type DecodedFile, type DecodeOptions } from './types.js';

function assertRegularFile(info: Stats, path: string): void {
  if (info.isDirectory()) throw new WorkbenchError('import.unreadable', { reason: 'is a directory' }, path);
  // FIFOs, sockets and devices are refused before open(): opening a FIFO would block.
  if (!info.isFile()) throw new WorkbenchError('import.unreadable', { reason: 'not a regular file' }, path);
}

function assertSize(size: number): void {
  if (size > MAX_IMPORT_BYTES) throw new WorkbenchError('import.tooLarge', { size, limit: MAX_IMPORT_BYTES });
}

/** Reads at most limit + 1 bytes, so a file that grew after stat is still caught as too large. */
async function readCapped(path: string, limit: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw unreadable(err, path);
  }
  try {
    const info = await handle.stat();
    assertRegularFile(info, path);
    assertSize(info.size);
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) throw new WorkbenchError('import.tooLarge', { size: length, limit });
    return buffer.subarray(0, length);
  } catch (err) {
    if (err instanceof WorkbenchError) throw err;
    throw unreadable(err, path);
  } finally {
    await handle.close();
  }
}

/**
 * Checks and reads one file, without decoding it: the app decodes in its analysis workers (with
 * a budget per file), and decoding tens of megabytes here would hold up every other request.
 */
export async function readBytesForImport(path: string): Promise<Uint8Array> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    throw unreadable(err, path);
  }
  assertRegularFile(info, path);
  requireFormat(path);
  assertSize(info.size);
  return readCapped(path, MAX_IMPORT_BYTES);
}

/**
 * Checks, reads and decodes one file. Nothing is read before the path is known to be a
 * regular, supported, small-enough file.
 */
export async function readFileForImport(path: string, opts?: DecodeOptions): Promise<{ bytes: Uint8Array; decoded: DecodedFile }> {
  const bytes = await readBytesForImport(path);
  return { bytes, decoded: await decodeFile(bytes, path, opts) };
}
