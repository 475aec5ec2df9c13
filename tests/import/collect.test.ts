import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../main/services/import/collect.js';
import { makeTempDir } from './helpers.js';

let root: string;
let cleanup: () => Promise<void>;

async function put(rel: string, content = 'texte'): Promise<void> {
  await mkdir(dirname(join(root, rel)), { recursive: true });
  await writeFile(join(root, rel), content);
}

beforeAll(async () => {
  ({ dir: root, cleanup } = await makeTempDir());
  await put('news/b.txt');
  await put('news/a.md');
  await put('news/A.html');
  await put('news/2024/mars/10_article.docx');
  await put('news/2024/mars/9_article.txt');
  await put('news/2024/photo.jpg');
  await put('news/.DS_Store');
  await put('news/.hidden.txt');
  await put('news/.git/HEAD.txt');
  await put('news/~$brouillon.docx');
  await put('news/notes.pdf');
  await put('single.htm');
  await put('scan.pdf');
  await put('README');
  // Symlink loops: a link to an ancestor, and two links pointing at each other.
  await symlink(join(root, 'news'), join(root, 'news/2024/back'));
  await symlink(join(root, 'news/loop-b.txt'), join(root, 'news/loop-a.txt'));
  await symlink(join(root, 'news/loop-a.txt'), join(root, 'news/loop-b.txt'));
  await symlink(join(root, 'gone.txt'), join(root, 'news/dangling.txt'));
  await symlink(join(root, 'gone.jpg'), join(root, 'news/dangling.jpg'));
});
afterAll(async () => cleanup());

describe('collectFiles', () => {
  it('expands a directory recursively, sorted, skipping hidden and unsupported files, surviving loops', async () => {
    const { files, errors } = await collectFiles(['news'], root);
    expect(files.map((f) => f.relPath)).toEqual(['2024/mars/10_article.docx', '2024/mars/9_article.txt', 'A.html', 'a.md', 'b.txt']);
    expect(files[0]!.path).toBe(join(root, 'news/2024/mars/10_article.docx'));
    // Loop links and the dangling link look importable (.txt), so they are reported, not hidden;
    // the dangling .jpg is skipped silently like any unsupported file.
    expect(errors.map((e) => [e.name, e.error.code, e.error.params?.['reason']])).toEqual([
      ['news/dangling.txt', 'import.unreadable', 'not found'],
      ['news/loop-a.txt', 'import.unreadable', 'symbolic link loop'],
      ['news/loop-b.txt', 'import.unreadable', 'symbolic link loop'],
    ]);
  });

  it('names errors without a doubled slash when the folder is given with a trailing one', async () => {
    const { errors } = await collectFiles(['news/'], root);
    expect(errors.map((e) => e.name)).toEqual(['news/dangling.txt', 'news/loop-a.txt', 'news/loop-b.txt']);
  });

  it('is deterministic across calls', async () => {
    const first = await collectFiles(['news', 'single.htm'], root);
    const second = await collectFiles(['news', 'single.htm'], root);
    expect(second).toEqual(first);
  });

  it('reports explicitly named problems as errors and keeps input order', async () => {
    const { files, errors } = await collectFiles(['single.htm', 'scan.pdf', 'missing.txt', 'README', 'news/b.txt'], root);
    expect(files).toEqual([
      { path: join(root, 'single.htm'), relPath: 'single.htm' },
      { path: join(root, 'news/b.txt'), relPath: 'b.txt' },
    ]);
    expect(errors).toEqual([
      { name: 'scan.pdf', error: expect.objectContaining({ code: 'import.unsupportedType', params: { ext: '.pdf' } }) },
      { name: 'missing.txt', error: expect.objectContaining({ code: 'import.unreadable', params: { reason: 'not found' } }) },
      { name: 'README', error: expect.objectContaining({ code: 'import.unsupportedType', params: { ext: 'README' } }) },
    ]);
  });

  it('includes an explicitly named hidden file (the editor asked for it)', async () => {
    const { files, errors } = await collectFiles([join(root, 'news/.hidden.txt')], '/');
    expect(errors).toEqual([]);
    expect(files).toEqual([{ path: join(root, 'news/.hidden.txt'), relPath: '.hidden.txt' }]);
  });

  it('does not follow a directory link back to an ancestor, even from a subdirectory', async () => {
    const { files, errors } = await collectFiles(['news/2024'], root);
    expect(files.map((f) => f.relPath)).toEqual(['mars/10_article.docx', 'mars/9_article.txt']);
    expect(errors).toEqual([]);
  });

  it('follows a directory link that stays inside the imported folder', async () => {
    await put('linked2/inner/extra.txt');
    await symlink(join(root, 'linked2/inner'), join(root, 'linked2/alias'));
    const { files, errors } = await collectFiles(['linked2'], root);
    // The same file reached twice is listed once (under the first path, in code-point order).
    expect(files).toEqual([{ path: join(root, 'linked2/alias/extra.txt'), relPath: 'alias/extra.txt' }]);
    expect(errors).toEqual([]);
  });

  it('does not follow links out of the imported folder, and says so', async () => {
    await put('elsewhere/extra.txt');
    await mkdir(join(root, 'linked'));
    await symlink(join(root, 'elsewhere'), join(root, 'linked/ext'));
    await symlink(join(root, 'elsewhere/extra.txt'), join(root, 'linked/file.txt'));
    const { files, errors } = await collectFiles(['linked'], root);
    expect(files).toEqual([]);
    expect(errors.map((e) => [e.name, e.error.code])).toEqual([
      ['linked/ext', 'import.linkOutside'],
      ['linked/file.txt', 'import.linkOutside'],
    ]);
  });

  it('lists a file reached twice only once', async () => {
    const { files } = await collectFiles(['news/2024', 'news/2024/mars/9_article.txt', 'news'], root);
    const paths = files.map((f) => f.relPath);
    expect(paths).toEqual(['mars/10_article.docx', 'mars/9_article.txt', 'A.html', 'a.md', 'b.txt']);
  });

  it('never throws for a nonexistent directory', async () => {
    const result = await collectFiles(['no/such/dir'], root);
    expect(result.files).toEqual([]);
    expect(result.errors[0]).toMatchObject({ name: 'no/such/dir', error: { code: 'import.unreadable' } });
  });
});
