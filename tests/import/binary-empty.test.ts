import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../main/services/import/decode.js';
import { MAX_IMPORT_BYTES } from '../../main/services/import/types.js';
import { expectCode } from './helpers.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Deterministic pseudo-random bytes (xorshift), so failures reproduce. */
function noise(length: number, seed = 0x2545f491): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const PNG_HEADER = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06,
  0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);

describe('empty files', () => {
  it('refuses a 0-byte file', async () => {
    await expectCode(() => decodeFile(new Uint8Array(0), 'a.txt'), 'import.empty');
  });

  it('refuses a whitespace-only file (spaces, tabs, newlines, NBSP)', async () => {
    await expectCode(() => decodeFile(utf8(' \t\r\n\n \u00a0 '), 'a.txt'), 'import.empty');
  });

  it('refuses a file that is only a BOM', async () => {
    await expectCode(() => decodeFile(Uint8Array.from([0xef, 0xbb, 0xbf]), 'a.md'), 'import.empty');
    await expectCode(() => decodeFile(Uint8Array.from([0xff, 0xfe, 0x20, 0x00]), 'a.txt'), 'import.empty');
  });
});

describe('binary files', () => {
  it('refuses random bytes containing NULs', async () => {
    const bytes = noise(4096);
    expect(bytes.includes(0)).toBe(true);
    await expectCode(() => decodeFile(bytes, 'a.txt'), 'import.binary');
  });

  it('refuses random bytes without NULs by their control-character ratio', async () => {
    const bytes = noise(4096).map((b) => (b === 0 ? 1 : b));
    await expectCode(() => decodeFile(bytes, 'a.txt'), 'import.binary');
  });

  it('refuses a PNG renamed to .txt, .md and .html', async () => {
    for (const name of ['image.txt', 'image.md', 'image.html']) {
      await expectCode(() => decodeFile(PNG_HEADER, name), 'import.binary');
    }
  });

  it('refuses binary even when an encoding is forced', async () => {
    await expectCode(() => decodeFile(PNG_HEADER, 'a.txt', { encoding: 'windows-1252' }), 'import.binary');
    await expectCode(() => decodeFile(PNG_HEADER, 'a.txt', { encoding: 'utf-8' }), 'import.binary');
  });

  it('refuses U+0000 inside UTF-16 text, where NUL bytes are otherwise normal', async () => {
    const bytes = Buffer.concat([Uint8Array.from([0xff, 0xfe]), iconv.encode('ab\0cd', 'utf-16le')]);
    await expectCode(() => decodeFile(bytes, 'a.txt'), 'import.binary');
  });

  it('tolerates one stray control character in a normal text', async () => {
    const text = `${'Une phrase ordinaire. '.repeat(20)}\u001a`;
    const d = await decodeFile(utf8(text), 'a.txt');
    expect(d.text).toBe(text);
  });
});

describe('size and type', () => {
  it('refuses more than MAX_IMPORT_BYTES before looking at the content', async () => {
    // Zero-filled memory is cheap; the check must come before the NUL (binary) check.
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1);
    const err = await expectCode(() => decodeFile(bytes, 'big.txt'), 'import.tooLarge');
    expect(err.params).toEqual({ size: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES });
  });

  it.each([
    ['report.pdf', '.pdf'],
    ['notes.TXT.bak', '.bak'],
    ['README', 'README'],
    ['archive.doc', '.doc'],
  ])('refuses %s as import.unsupportedType (ext %s)', async (name, ext) => {
    const err = await expectCode(() => decodeFile(utf8('text'), name), 'import.unsupportedType');
    expect(err.params).toEqual({ ext });
  });

  it('accepts extensions in any case', async () => {
    expect((await decodeFile(utf8('x'), 'A.TXT')).format).toBe('txt');
    expect((await decodeFile(utf8('x'), 'b.Md')).format).toBe('md');
    expect((await decodeFile(utf8('<p>x</p>'), 'c.HTM')).format).toBe('html');
  });
});
