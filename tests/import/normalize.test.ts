import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../main/services/import/decode.js';
import { detectLineEnding } from '../../main/services/import/normalize.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('line endings', () => {
  it.each([
    ['a\nb\n', 'lf', 'a\nb\n'],
    ['a\r\nb\r\n', 'crlf', 'a\nb\n'],
    ['a\rb\r', 'cr', 'a\nb\n'],
    ['a\r\nb\nc\rd', 'mixed', 'a\nb\nc\nd'],
    ['one line', 'none', 'one line'],
  ] as const)('%j → %s', async (input, style, output) => {
    const d = await decodeFile(utf8(input), 'a.txt');
    expect(d.lineEnding).toBe(style);
    expect(d.text).toBe(output);
  });

  it('does not count \\r\\n as one \\r and one \\n', () => {
    expect(detectLineEnding('x\r\n\r\n')).toBe('crlf');
  });
});

describe('Unicode normalisation', () => {
  it('turns NFD into NFC and records it', async () => {
    const nfd = 'de\u0301ja\u0300 e\u0301te\u0301';
    const d = await decodeFile(utf8(nfd), 'a.txt');
    expect(d.text).toBe('déjà été');
    expect(d.text.length).toBe(8);
    expect(d.normalized).toBe(true);
  });

  it('records no change for NFC input', async () => {
    const d = await decodeFile(utf8('déjà été'), 'a.txt');
    expect(d.normalized).toBe(false);
  });
});

describe('content is kept as is', () => {
  it('keeps leading/trailing whitespace, tabs, NBSP and blank lines', async () => {
    const text = '  \tTitre\u00a0:\n\n\n  corps  \n\n';
    const d = await decodeFile(utf8(text), 'a.txt');
    expect(d.text).toBe(text);
  });

  it('keeps markdown syntax in .md files', async () => {
    const md = '# Titre\n\n*Un* [lien](http://x.fr) et `code`\n';
    const d = await decodeFile(utf8(md), 'notes.markdown');
    expect(d).toMatchObject({ text: md, format: 'md' });
  });
});
