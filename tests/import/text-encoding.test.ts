import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../main/services/import/decode.js';
import { chardetHint } from '../../main/services/import/legacy-encoding.js';
import { expectCode } from './helpers.js';

const FRENCH = 'déjà, « œuvre » – coûté 5 €';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => Buffer.concat(parts.map((p) => Uint8Array.from(p)));

describe('Unicode encodings', () => {
  it('reads UTF-8 without BOM', async () => {
    const d = await decodeFile(utf8(FRENCH), 'a.txt');
    expect(d).toMatchObject({ text: FRENCH, encoding: 'utf-8', bom: false });
  });

  it('strips and records a UTF-8 BOM', async () => {
    const d = await decodeFile(concat([0xef, 0xbb, 0xbf], utf8(FRENCH)), 'a.txt');
    expect(d).toMatchObject({ text: FRENCH, encoding: 'utf-8', bom: true });
  });

  it('keeps a U+FEFF that is content, after the BOM', async () => {
    const d = await decodeFile(concat([0xef, 0xbb, 0xbf], utf8('a\uFEFFb')), 'a.txt');
    expect(d.text).toBe('a\uFEFFb');
  });

  it('reads UTF-16 LE with BOM', async () => {
    const d = await decodeFile(concat([0xff, 0xfe], iconv.encode(FRENCH, 'utf-16le')), 'a.txt');
    expect(d).toMatchObject({ text: FRENCH, encoding: 'utf-16le', bom: true });
  });

  it('reads UTF-16 BE with BOM, CRLF included', async () => {
    const d = await decodeFile(concat([0xfe, 0xff], iconv.encode(`${FRENCH}\r\nfin`, 'utf-16be')), 'a.txt');
    expect(d).toMatchObject({ text: `${FRENCH}\nfin`, encoding: 'utf-16be', bom: true, lineEnding: 'crlf' });
  });

  it('fails a UTF-8 BOM followed by invalid bytes with the offset in the file', async () => {
    const err = await expectCode(() => decodeFile(concat([0xef, 0xbb, 0xbf, 0x61], [0xe9]), 'a.txt'), 'import.invalidUtf8');
    expect(err.params).toEqual({ offset: 4 });
  });
});

describe('legacy single-byte encodings', () => {
  it('reads Windows-1252 French as windows-1252', async () => {
    const bytes = iconv.encode(FRENCH, 'windows-1252');
    const d = await decodeFile(bytes, 'a.txt');
    expect(d).toMatchObject({ text: FRENCH, encoding: 'windows-1252', bom: false });
  });

  it('reads short French as windows-1252 even where chardet says ISO-8859-2', async () => {
    const text = 'Le député a été réélu.';
    const bytes = iconv.encode(text, 'windows-1252');
    expect(chardetHint(bytes)).toBe('iso-8859-2'); // the measured chardet mistake this rule guards against
    expect(await decodeFile(bytes, 'a.txt')).toMatchObject({ text, encoding: 'windows-1252' });
  });

  it('reads a longer Windows-1252 article with curly quotes and ellipses', async () => {
    const text = 'L’État a annoncé… « Il n’y a pas de crise », a déclaré le ministre.\nÇa coûte 30 € à l’hôpital.';
    const d = await decodeFile(iconv.encode(text, 'windows-1252'), 'a.md');
    expect(d).toMatchObject({ text, encoding: 'windows-1252', format: 'md' });
  });

  it('reads ISO-8859-1 text correctly (reported as its superset windows-1252, as browsers do)', async () => {
    const text = 'Noël à l’île? Non : « Garçon, où est la forêt ? » — ½ °C';
    const latin1 = text.replace('’', "'").replace('—', '-'); // characters ISO-8859-1 has
    const d = await decodeFile(iconv.encode(latin1, 'iso-8859-1'), 'a.txt');
    expect(d.text).toBe(latin1);
    expect(d.encoding).toBe('windows-1252');
  });

  it('asks the editor (import.unknownEncoding with a hint) for non-Latin legacy text', async () => {
    const russian = 'Москва — столица России, крупнейший по численности населения город страны.';
    const err = await expectCode(() => decodeFile(iconv.encode(russian, 'windows-1251'), 'a.txt'), 'import.unknownEncoding');
    expect(err.params['guess']).toBe('windows-1251');
    const forced = await decodeFile(iconv.encode(russian, 'windows-1251'), 'a.txt', { encoding: 'windows-1251' });
    expect(forced).toMatchObject({ text: russian, encoding: 'windows-1251' });
  });

  it('asks the editor for random high bytes (neither UTF-8 nor Latin text)', async () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37 + 11) % 128));
    await expectCode(() => decodeFile(bytes, 'a.txt'), 'import.unknownEncoding');
  });

  it('reports damaged UTF-8 (mostly valid, one bad byte) as import.invalidUtf8, not as mojibake', async () => {
    const good = utf8('Le ministre a déclaré à la presse : « très préoccupant ». ');
    const bytes = concat(good, [0xe9], good);
    const err = await expectCode(() => decodeFile(bytes, 'a.txt'), 'import.invalidUtf8');
    expect(err.params).toEqual({ offset: good.length });
  });
});

describe('forced encoding', () => {
  it('decodes with the editor’s choice even when auto-detection would say otherwise', async () => {
    // Valid UTF-8, so auto-detection says utf-8; the editor may still insist on windows-1252.
    const bytes = utf8('déjà');
    const auto = await decodeFile(bytes, 'a.txt');
    expect(auto.encoding).toBe('utf-8');
    const forced = await decodeFile(bytes, 'a.txt', { encoding: 'windows-1252' });
    expect(forced).toMatchObject({ text: 'dÃ©jÃ\u00a0', encoding: 'windows-1252' });
  });

  it('canonicalises encoding spellings', async () => {
    const bytes = iconv.encode(FRENCH, 'windows-1252');
    expect((await decodeFile(bytes, 'a.txt', { encoding: 'CP1252' })).encoding).toBe('windows-1252');
    expect((await decodeFile(utf8('abc'), 'a.txt', { encoding: 'UTF8' })).encoding).toBe('utf-8');
    expect((await decodeFile(utf8('abc'), 'a.txt', { encoding: 'latin1' })).encoding).toBe('iso-8859-1');
  });

  it('reads BOM-less UTF-16 only when forced', async () => {
    const bytes = iconv.encode('bonjour', 'utf-16le');
    await expectCode(() => decodeFile(bytes, 'a.txt'), 'import.binary');
    const d = await decodeFile(bytes, 'a.txt', { encoding: 'utf-16le' });
    expect(d).toMatchObject({ text: 'bonjour', encoding: 'utf-16le', bom: false });
  });

  it('strips a BOM that agrees with the forced encoding', async () => {
    const d = await decodeFile(concat([0xef, 0xbb, 0xbf], utf8('abc')), 'a.txt', { encoding: 'utf-8' });
    expect(d).toMatchObject({ text: 'abc', bom: true });
  });

  it('rejects an unknown encoding name', async () => {
    const err = await expectCode(() => decodeFile(utf8('abc'), 'a.txt', { encoding: 'klingon-8' }), 'import.unknownEncoding');
    expect(err.params['encoding']).toBe('klingon-8');
  });

  it('reports the byte offset of invalid UTF-8 when utf-8 is forced', async () => {
    const bytes = iconv.encode(FRENCH, 'windows-1252'); // "d" then 0xE9
    const err = await expectCode(() => decodeFile(bytes, 'a.txt', { encoding: 'utf-8' }), 'import.invalidUtf8');
    expect(err.params).toEqual({ offset: 1 });
  });

  it('reports truncated multi-byte sequences at the end', async () => {
    const bytes = concat(utf8('abc'), [0xe2, 0x82]); // first two bytes of "€"
    const err = await expectCode(() => decodeFile(bytes, 'a.txt', { encoding: 'utf-8' }), 'import.invalidUtf8');
    expect(err.params).toEqual({ offset: 3 });
  });
});
