import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicFs } from '../../main/services/project/atomic-write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bitext-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file and keeps the previous generation as .bak', async () => {
    const f = path.join(dir, 'p.json');
    await writeFileAtomic(f, 'one', { keepBackup: true });
    await writeFileAtomic(f, 'two', { keepBackup: true });
    expect(readFileSync(f, 'utf8')).toBe('two');
    expect(readFileSync(`${f}.bak`, 'utf8')).toBe('one');
    expect(readdirSync(dir).sort()).toEqual(['p.json', 'p.json.bak']);
  });

  it('a failure between write and rename leaves the old file intact and no temp file', async () => {
    const f = path.join(dir, 'p.json');
    writeFileSync(f, 'old');
    const failing: AtomicFs = {
      open: fsp.open,
      unlink: fsp.unlink,
      realpath: fsp.realpath,
      copyFile: fsp.copyFile,
      rename: async () => {
        throw Object.assign(new Error('disk on fire'), { code: 'EIO' });
      },
    };
    await expect(writeFileAtomic(f, 'new', { fs: failing })).rejects.toThrow('disk on fire');
    expect(readFileSync(f, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['p.json']);
  });

  it('concurrent writes to one file are serialised; the last one wins', async () => {
    const f = path.join(dir, 'p.json');
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileAtomic(f, `v${i}`)));
    expect(readFileSync(f, 'utf8')).toBe('v19');
    expect(readdirSync(dir)).toEqual(['p.json']);
  });

  it('writes through a symlink to its target, keeping the link', async () => {
    const target = path.join(dir, 'real.json');
    const link = path.join(dir, 'link.json');
    writeFileSync(target, 'a');
    symlinkSync(target, link);
    await writeFileAtomic(link, 'b');
    expect(readFileSync(target, 'utf8')).toBe('b');
    expect((await fsp.lstat(link)).isSymbolicLink()).toBe(true);
  });
});
