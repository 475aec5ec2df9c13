import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../main/services/import/decode.js';
import { buildDocx, expectCode } from './helpers.js';

describe('.docx', () => {
  it('extracts the paragraphs of a real .docx, separated by a blank line', async () => {
    const bytes = await buildDocx(['Blinken met en garde l’OTAN', 'Le secrétaire d’État a déclaré « préoccupante » la coopération.', 'Fin & suite <ok>']);
    const d = await decodeFile(bytes, 'article.docx');
    expect(d).toMatchObject({ format: 'docx', encoding: 'utf-8', bom: false, lineEnding: 'lf', normalized: false });
    expect(d.text).toBe('Blinken met en garde l’OTAN\n\nLe secrétaire d’État a déclaré « préoccupante » la coopération.\n\nFin & suite <ok>');
  });

  it('reduces empty paragraphs to a single blank line and drops the trailing ones', async () => {
    const d = await decodeFile(await buildDocx(['', 'Un', '', '', 'Deux', '']), 'a.docx');
    expect(d.text).toBe('Un\n\nDeux');
  });

  it('normalises NFD text inside the document', async () => {
    const d = await decodeFile(await buildDocx(['de\u0301ja\u0300']), 'a.docx');
    expect(d).toMatchObject({ text: 'déjà', normalized: true, lineEnding: 'none' });
  });

  it('refuses an empty document as import.empty', async () => {
    await expectCode(async () => decodeFile(await buildDocx([]), 'a.docx'), 'import.empty');
    await expectCode(async () => decodeFile(await buildDocx(['', '  ']), 'a.docx'), 'import.empty');
  });

  it('refuses a non-zip file as import.docxInvalid with a reason', async () => {
    const err = await expectCode(() => decodeFile(new TextEncoder().encode('not a zip at all'), 'a.docx'), 'import.docxInvalid');
    expect(err.params).toEqual({ reason: 'not a zip archive' });
  });

  it('refuses a truncated .docx', async () => {
    const bytes = await buildDocx(['Bonjour']);
    const err = await expectCode(() => decodeFile(bytes.subarray(0, bytes.length - 30), 'a.docx'), 'import.docxInvalid');
    expect(err.params).toEqual({ reason: 'damaged zip archive' });
  });

  it('refuses a zip without word/document.xml', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const err = await expectCode(async () => decodeFile(await zip.generateAsync({ type: 'uint8array' }), 'a.docx'), 'import.docxInvalid');
    expect(err.params).toEqual({ reason: 'no Word document body in the archive' });
  });

  it('refuses damaged document XML', async () => {
    const zip = await JSZip.loadAsync(await buildDocx(['Bonjour']));
    zip.file('word/document.xml', '<w:document xmlns:w="x"><w:body><w:p>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const err = await expectCode(() => decodeFile(bytes, 'a.docx'), 'import.docxInvalid');
    expect(err.params).toEqual({ reason: 'damaged document XML' });
  });

  it('names an OLE container (encrypted .docx or a renamed .doc) as such', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
    const err = await expectCode(() => decodeFile(ole, 'a.docx'), 'import.docxInvalid');
    expect(err.params).toEqual({ reason: 'encrypted or old-format Word file' });
  });

  it('ignores a forced encoding', async () => {
    const d = await decodeFile(await buildDocx(['Noël']), 'a.docx', { encoding: 'windows-1252' });
    expect(d.text).toBe('Noël');
  });
});
