import { execFileSync } from 'node:child_process';
import { chmod, mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Wrap open() so tests can prove that refused files are never opened (spy keeps real behaviour).
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return { ...real, open: vi.fn(real.open) };
});
const fsp = await import('node:fs/promises');
const { readFileForImport } = await import('../../main/services/import/read-file.js');
const { MAX_IMPORT_BYTES } = await import('../../main/services/import/types.js');
const { expectCode, makeTempDir } = await import('./helpers.js');

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(async () => cleanup());

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('readFileForImport', () => {
  it('returns the exact bytes and the decoded text', async () => {
    const path = join(dir, 'fr.txt');
    const bytes = iconv.encode('Ça coûte 5 €\r\n', 'windows-1252');
    await writeFile(path, bytes);
    vi.mocked(fsp.open).mockClear();
    const result = await readFileForImport(path);
    expect(fsp.open).toHaveBeenCalledTimes(1); // the spy sees real reads, so "not called" below means something
    expect(Buffer.from(result.bytes).equals(bytes)).toBe(true);
    expect(result.decoded).toMatchObject({ text: 'Ça coûte 5 €\n', encoding: 'windows-1252', lineEnding: 'crlf' });
  });

  it('passes the forced encoding through', async () => {
    const path = join(dir, 'forced.txt');
    await writeFile(path, iconv.encode('Noël', 'iso-8859-1'));
    const { decoded } = await readFileForImport(path, { encoding: 'iso-8859-1' });
    expect(decoded).toMatchObject({ text: 'Noël', encoding: 'iso-8859-1' });
  });

  it('follows a symlink to a file', async () => {
    await writeFile(join(dir, 'target.md'), '# Titre');
    await symlink(join(dir, 'target.md'), join(dir, 'link.md'));
    expect((await readFileForImport(join(dir, 'link.md'))).decoded.text).toBe('# Titre');
  });

  it('refuses a missing path as import.unreadable (not found)', async () => {
    const err = await expectCode(() => readFileForImport(join(dir, 'nope.txt')), 'import.unreadable');
    expect(err.params).toEqual({ reason: 'not found' });
  });

  it('refuses a directory given as a file', async () => {
    await mkdir(join(dir, 'folder.txt'));
    const err = await expectCode(() => readFileForImport(join(dir, 'folder.txt')), 'import.unreadable');
    expect(err.params).toEqual({ reason: 'is a directory' });
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO without blocking on open()', async () => {
    const path = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [path]);
    const err = await expectCode(() => readFileForImport(path), 'import.unreadable');
    expect(err.params).toEqual({ reason: 'not a regular file' });
  });

  it.skipIf(process.platform === 'win32')(`handles a chmod 000 file (${isRoot ? 'root reads it anyway' : 'permission denied'})`, async () => {
    const path = join(dir, 'locked.txt');
    await writeFile(path, 'secret');
    await chmod(path, 0o000);
    try {
      if (isRoot) {
        // Root bypasses file permissions, so the honest expectation is a normal read.
        expect((await readFileForImport(path)).decoded.text).toBe('secret');
      } else {
        const err = await expectCode(() => readFileForImport(path), 'import.unreadable');
        expect(err.params).toEqual({ reason: 'permission denied' });
      }
    } finally {
      await chmod(path, 0o644);
    }
  });

  it('refuses an over-size file from stat alone, without opening it', async () => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, '');
    await truncate(path, MAX_IMPORT_BYTES + 1); // sparse: no 50 MB written to disk
    vi.mocked(fsp.open).mockClear();
    const err = await expectCode(() => readFileForImport(path), 'import.tooLarge');
    expect(err.params).toEqual({ size: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES });
    expect(fsp.open).not.toHaveBeenCalled();
  });

  it('accepts a file of exactly the limit (boundary), reading it', async () => {
    // Sparse zeros: rejected as binary, which proves it got past the size check and was read.
    const path = join(dir, 'limit.txt');
    await writeFile(path, '');
    await truncate(path, MAX_IMPORT_BYTES);
    await expectCode(() => readFileForImport(path), 'import.binary');
  });

  it('refuses an unsupported extension without opening the file', async () => {
    const path = join(dir, 'scan.pdf');
    await writeFile(path, '%PDF-1.7');
    vi.mocked(fsp.open).mockClear();
    const err = await expectCode(() => readFileForImport(path), 'import.unsupportedType');
    expect(err.params).toEqual({ ext: '.pdf' });
    expect(fsp.open).not.toHaveBeenCalled();
  });

  it('refuses an empty file as import.empty', async () => {
    const path = join(dir, 'empty.txt');
    await writeFile(path, '');
    await expectCode(() => readFileForImport(path), 'import.empty');
  });
});
