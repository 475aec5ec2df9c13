// Zip bombs dressed as .docx are refused before anything is inflated without a bound.
import { describe, expect, it } from 'vitest';
import { extractDocxText } from '../../main/services/import/docx-text';
import { DOCX_LIMITS, checkZipBounds } from '../../main/services/import/zip-limits';
import { docxWithBody, docxWithEntries } from '../helpers/hostile-files';

describe('docx bounds', () => {
  it('reads an ordinary generated document', async () => {
    const text = await extractDocxText(await docxWithBody(20_000));
    expect(text).toContain('All work and no play makes a dull document.');
  });

  it('refuses a document whose parts unpack past the limit (a zip bomb), at once', async () => {
    const bomb = await docxWithBody(DOCX_LIMITS.maxXmlBytes + 1024 * 1024);
    expect(bomb.length).toBeLessThan(DOCX_LIMITS.maxXmlBytes / 50);
    const t = Date.now();
    await expect(extractDocxText(bomb)).rejects.toMatchObject({ code: 'import.tooLargeUnpacked' });
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('refuses a part that inflates past the size it declares (a lying bomb)', async () => {
    const liar = await docxWithBody(2 * 1024 * 1024, { lieAboutSize: true });
    expect(() => checkZipBounds(liar)).toThrow(expect.objectContaining({ code: 'import.tooLargeUnpacked' }));
  });

  it('refuses an archive with more parts than any Word file has', async () => {
    const many = await docxWithEntries(60);
    expect(() => checkZipBounds(many, { ...DOCX_LIMITS, maxEntries: 50 })).toThrow(expect.objectContaining({ code: 'import.tooManyEntries' }));
    expect(() => checkZipBounds(many)).not.toThrow();
  });

  it('leaves a non-zip to the reader, which says what is wrong', async () => {
    expect(() => checkZipBounds(new Uint8Array([1, 2, 3, 4]))).not.toThrow();
    await expect(extractDocxText(new Uint8Array([1, 2, 3, 4]))).rejects.toMatchObject({ code: 'import.docxInvalid' });
  });
});
