import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { WorkbenchError, type ErrorCode } from '../../shared/api/errors.js';

/** A fresh temp directory per test file; removed by the returned cleanup. */
export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'bitext-import-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs fn and returns the WorkbenchError it rejects with (fails the test otherwise). */
export async function rejection(fn: () => Promise<unknown>): Promise<WorkbenchError> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof WorkbenchError) return err;
    throw new Error(`expected a WorkbenchError, got ${String(err)}`);
  }
  throw new Error('expected a rejection, but it resolved');
}

export async function expectCode(fn: () => Promise<unknown>, code: ErrorCode): Promise<WorkbenchError> {
  const err = await rejection(fn);
  if (err.code !== code) throw new Error(`expected ${code}, got ${err.code} (${err.message})`);
  return err;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The smallest .docx Word and mammoth accept: content types, package rels, one document part. */
export async function buildDocx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>',
  );
  const body = paragraphs.map((p) => (p === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`)).join('');
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}
