import { describe, expect, it } from 'vitest';
import { decodeUpload, sanitizeRelPath, uploadName } from '../../main/services/import/uploads';
import { useSampleWorkbench } from '../service/helpers';

describe('uploads', () => {
  it('decodes strict base64 and refuses anything else', () => {
    expect(Buffer.from(decodeUpload(Buffer.from('Hello, world.').toString('base64'))).toString()).toBe('Hello, world.');
    for (const bad of ['not base64!', 'abc', 'ab=c', 'YWJj\nZGVm', 'YW Jj'])
      expect(() => decodeUpload(bad), bad).toThrow(expect.objectContaining({ code: 'import.invalidBase64' }));
  });

  it('keeps relative paths as labels that point nowhere', () => {
    expect(sanitizeRelPath('news/2024/a.txt', 'a.txt')).toBe('news/2024/a.txt');
    expect(sanitizeRelPath('../../etc/passwd', 'passwd')).toBe('etc/passwd');
    expect(sanitizeRelPath('C:\\Users\\ed\\..\\a.txt', 'a.txt')).toBe('Users/ed/a.txt');
    expect(sanitizeRelPath('/abs//./x\u0000.txt', 'x.txt')).toBe('abs/x.txt');
    expect(sanitizeRelPath(undefined, '..\\..\\b.txt')).toBe('b.txt');
    expect(sanitizeRelPath('../..', 'c.txt')).toBe('c.txt');
    expect(uploadName('../../x.txt')).toBe('x.txt');
  });
});

describe('uploads through the service', () => {
  const wb = useSampleWorkbench();
  it('an invalid base64 upload is refused with its own error, the valid one imports', async () => {
    const r = await wb.service.importUploads({
      files: [
        { name: 'ok.txt', relPath: '../../up/ok.txt', dataBase64: Buffer.from('A short article about the harbour.\n').toString('base64') },
        { name: 'bad.txt', dataBase64: '%%%not-base64%%%' },
      ],
    });
    expect(r.imported.map((d) => d.relPath)).toEqual(['up/ok.txt']);
    expect(r.rejected).toEqual([expect.objectContaining({ name: 'bad.txt', error: expect.objectContaining({ code: 'import.invalidBase64' }) })]);
  });
});
