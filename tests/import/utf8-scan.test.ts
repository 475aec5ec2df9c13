import { describe, expect, it } from 'vitest';
import { looksLikeLatinText } from '../../main/services/import/legacy-encoding.js';
import { scanUtf8 } from '../../main/services/import/utf8.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

describe('scanUtf8', () => {
  it('accepts ASCII and well-formed 2/3/4-byte sequences, counting the multi-byte ones', () => {
    expect(scanUtf8(new TextEncoder().encode('a é € 😀'))).toEqual({ firstInvalid: -1, invalidCount: 0, multibyteCount: 3 });
  });

  it.each([
    ['lone continuation byte', [0x61, 0x80], 1],
    ['overlong 2-byte form of "/"', [0xc0, 0xaf], 0],
    ['overlong 3-byte form', [0xe0, 0x80, 0xaf], 0],
    ['UTF-16 surrogate encoded in UTF-8', [0xed, 0xa0, 0x80], 0],
    ['code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['invalid lead byte 0xFF', [0x61, 0x62, 0xff], 2],
    ['sequence cut by an ASCII byte', [0xe2, 0x82, 0x61], 0],
  ])('rejects a %s', (_label, input, offset) => {
    const scan = scanUtf8(bytes(...input));
    expect(scan.firstInvalid).toBe(offset);
    expect(scan.invalidCount).toBeGreaterThan(0);
  });

  it('agrees with TextDecoder fatal mode on every 2-byte sequence', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let a = 0x80; a < 0x100; a++) {
      for (let b = 0; b < 0x100; b += 7) {
        const input = bytes(a, b);
        let valid = true;
        try {
          decoder.decode(input);
        } catch {
          valid = false;
        }
        expect(scanUtf8(input).firstInvalid < 0).toBe(valid);
      }
    }
  });
});

describe('looksLikeLatinText', () => {
  const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
  it('accepts isolated accents', () => {
    expect(looksLikeLatinText(latin1('Élève à côté de la forêt, très âgée.'))).toBe(true);
  });
  it('rejects runs of high bytes (another script)', () => {
    expect(looksLikeLatinText(bytes(0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0, 0x20, 0xe8, 0x20, 0xf0, 0xee, 0xf1, 0xf1))).toBe(false);
  });
  it('rejects bytes that windows-1252 leaves undefined', () => {
    expect(looksLikeLatinText(latin1('caf\u0081'))).toBe(false);
  });
});
