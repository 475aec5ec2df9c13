import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkbench } from '../../main/services/open-workbench';
import type { WorkbenchEvent } from '../../shared/api/contract';

const root = path.resolve(__dirname, '../..');
const corpus = path.join(root, 'corpus');
let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bitext-svc-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const open = (extra: Partial<Parameters<typeof openWorkbench>[0]> = {}) =>
  openWorkbench({ projectDir: path.join(tmp, 'proj'), configDir: path.join(tmp, 'cfg'), sampleCorpusDir: corpus, ...extra });
const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');

describe('WorkbenchService', () => {
  it('a new project opens with the sample corpus, each document with its language', async () => {
    const { service, created } = await open();
    expect(created).toBe(true);
    const snap = await service.getSnapshot();
    const langs = Object.fromEntries(snap.documents.map((d) => [d.name.slice(0, 3), d.language]));
    expect(langs).toEqual({ '000': 'en', '001': 'en', '002': 'en', '003': 'fr', '004': 'fr' });
    for (const d of snap.documents) {
      expect(d.confidence).toBeGreaterThan(0.8);
      expect(d.words).toBeGreaterThan(100);
      expect(d.sentences).toBeGreaterThan(5);
      expect(d.encoding).toBe('utf-8');
    }
    // The English placeholder inside the French 004 shows in its segment mix.
    const d004 = snap.documents.find((d) => d.name.startsWith('004'))!;
    expect(d004.foreignSegments).toBeGreaterThanOrEqual(1);
    expect(d004.segmentMix.en).toBeGreaterThan(0);
    const detail = await service.getDocument({ id: d004.id });
    expect(detail.text).toBe(readFileSync(path.join(corpus, d004.name), 'utf8'));
    const placeholder = detail.segments.find((s) => detail.text.slice(s.start, s.end).includes('Descriptive text here'));
    expect(placeholder?.language).toBe('en');
    await service.close();
  });

  it('overrides, reviews and the UI language survive closing and reopening', async () => {
    const first = await open();
    const docs = (await first.service.getSnapshot()).documents;
    const target = docs.find((d) => d.name.startsWith('003'))!;
    const events: WorkbenchEvent[] = [];
    first.service.onEvent((e) => events.push(e));
    const s = await first.service.setLanguageOverride({ id: target.id, language: 'en' });
    expect(s).toMatchObject({ language: 'en', detectedLanguage: 'fr', override: 'en' });
    await first.service.setReviewed({ id: target.id, reviewed: true });
    await first.service.setUiLanguage({ language: 'fr' });
    expect(events.some((e) => e.type === 'project-changed')).toBe(true);
    await first.service.close();

    const second = await open();
    expect(second.created).toBe(false);
    const snap = await second.service.getSnapshot();
    expect(snap.documents).toHaveLength(5);
    expect(snap.documents.find((d) => d.id === target.id)).toMatchObject({ language: 'en', override: 'en', reviewed: true });
    expect(snap.settings.uiLanguage).toBe('fr');
    expect(snap.settings.recentProjects[0]).toBe(path.join(tmp, 'proj'));
    // Choosing the detected language again clears the override.
    expect(await second.service.setLanguageOverride({ id: target.id, language: 'fr' })).toMatchObject({ override: null, language: 'fr' });
    await second.service.close();
  });

  it('bad files get specific errors while the good ones import; nothing is half-imported', async () => {
    const { service } = await open({ sampleCorpusDir: undefined });
    const report = await service.importUploads({
      files: [
        { name: 'good.txt', dataBase64: b64('The minister said on Monday that the talks would resume next week in Brussels.\n') },
        { name: 'empty.txt', dataBase64: '' },
        { name: 'blob.txt', dataBase64: b64(new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0])) },
        { name: 'slides.pdf', dataBase64: b64('%PDF-1.4') },
        { name: 'again.txt', dataBase64: b64('The minister said on Monday that the talks would resume next week in Brussels.\n') },
      ],
    });
    expect(report.imported.map((d) => d.name)).toEqual(['good.txt']);
    expect(Object.fromEntries(report.rejected.map((r) => [r.name, r.error.code]))).toEqual({
      'empty.txt': 'import.empty',
      'blob.txt': 'import.binary',
      'slides.pdf': 'import.unsupportedType',
      'again.txt': 'import.duplicate',
    });
    const snap = await service.getSnapshot();
    expect(snap.documents).toHaveLength(1);
    expect(snap.rejected.map((r) => r.name).sort()).toEqual(['again.txt', 'blob.txt', 'empty.txt', 'slides.pdf']);
    await service.close();
  });

  it('imports folders recursively from paths, and keeps originals untouched', async () => {
    const src = path.join(tmp, 'src');
    mkdirSync(path.join(src, 'sub'), { recursive: true });
    writeFileSync(path.join(src, 'a.txt'), 'Le gouvernement a annoncé mardi une nouvelle réforme des retraites.\n');
    writeFileSync(path.join(src, 'sub', 'b.md'), '# Titre\n\nLes ministres se réuniront à Bruxelles la semaine prochaine.\n');
    const { service } = await open({ sampleCorpusDir: undefined });
    const report = await service.importPaths([src]);
    expect(report.imported.map((d) => d.relPath).sort()).toEqual(['a.txt', path.join('sub', 'b.md')]);
    expect(report.imported.every((d) => d.language === 'fr')).toBe(true);
    expect(readFileSync(path.join(src, 'a.txt'), 'utf8')).toContain('réforme');
    await service.close();
  });

  it('a legacy Windows-1252 file is decoded, and the editor can force another encoding', async () => {
    const text = 'Le ministre a déclaré à la presse : « Nous avons déjà coûté 5 € à chaque foyer », a-t-il ajouté.\n';
    const { service } = await open({ sampleCorpusDir: undefined });
    const report = await service.importUploads({ files: [{ name: 'legacy.txt', dataBase64: iconv.encode(text, 'windows-1252').toString('base64') }] });
    const doc = report.imported[0]!;
    expect(doc.encoding).toBe('windows-1252');
    expect((await service.getDocument({ id: doc.id })).text).toBe(text);
    const forced = await service.setEncoding({ id: doc.id, encoding: 'iso-8859-2' });
    expect(forced.encoding).toBe('iso-8859-2');
    expect((await service.getDocument({ id: doc.id })).text).not.toBe(text);
    await service.close();
  });

  it('the decoded-text cache is rebuilt from the original when missing', async () => {
    const { service } = await open();
    const d = (await service.getSnapshot()).documents[0]!;
    await service.close();
    rmSync(path.join(tmp, 'proj', 'texts'), { recursive: true });
    const again = await open();
    expect((await again.service.getDocument({ id: d.id })).text).toBe(readFileSync(path.join(corpus, d.name), 'utf8'));
    await again.service.close();
  });

  it('analysis runs in a worker thread, with the same results', async () => {
    // The bundled worker, exactly as the app runs it (npm test builds first).
    const script = path.join(root, 'dist/workers/analyze-worker.js');
    expect(existsSync(script), 'dist/workers/analyze-worker.js: run npm run build').toBe(true);
    const worker = { script };
    const { service } = await open({ worker });
    const snap = await service.getSnapshot();
    expect(snap.documents.map((d) => d.language)).toEqual(['en', 'en', 'en', 'fr', 'fr']);
    const bad = await service.importUploads({ files: [{ name: 'x.txt', dataBase64: '' }] });
    expect(bad.rejected[0]?.error.code).toBe('import.empty');
    await service.close();
  });

  it('an import can be cancelled: what was imported stays whole, the rest is not started', async () => {
    const { service } = await open({ sampleCorpusDir: undefined });
    const files = Array.from({ length: 60 }, (_, i) => ({
      name: `n${i}.txt`,
      dataBase64: b64(`Document number ${i}: the committee met in Paris and agreed on item ${i * 7}.\n`),
    }));
    let cancelled = false;
    service.onEvent((e) => {
      if (e.type === 'job' && e.job.state === 'running' && e.job.done >= 3 && !cancelled) {
        cancelled = true;
        void service.cancelJob({ id: e.job.id });
      }
    });
    const report = await service.importUploads({ files });
    expect(cancelled).toBe(true);
    expect(report.imported.length).toBeGreaterThanOrEqual(3);
    expect(report.imported.length).toBeLessThan(60);
    const snap = await service.getSnapshot();
    expect(snap.documents).toHaveLength(report.imported.length);
    for (const d of snap.documents) expect(existsSync(path.join(tmp, 'proj', 'texts', `${d.id}.txt`))).toBe(true);
    await service.close();
  });
});

describe('analysis worker', () => {
  it('a worker script that cannot load falls back to in-process analysis instead of failing', async () => {
    const { createWorkerAnalyzer } = await import('../../main/services/workers/analyzer');
    const broken = path.join(tmp, 'broken-worker.js');
    writeFileSync(broken, 'throw new Error("cannot load");\n');
    const a = createWorkerAnalyzer({ script: broken });
    const r = await a.analyze({
      bytes: Buffer.from('The minister said on Monday that talks would resume in Brussels.\n'),
      name: 'x.txt',
      languages: ['en', 'fr'],
    });
    expect(r.detection.language).toBe('en');
    const again = await a.analyze({
      bytes: Buffer.from('Le ministre a déclaré lundi que les discussions reprendraient.\n'),
      name: 'y.txt',
      languages: ['en', 'fr'],
    });
    expect(again.detection.language).toBe('fr');
    await a.close();
  });
});
