// Corpus search and replace through the service, and the checks and pairing that follow an import.
import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../shared/api/errors.js';
import { findSpans, queryPattern } from '../../shared/search/query.js';
import { useSampleWorkbench } from './helpers';

const q = (text: string, o: Partial<{ regex: boolean; wholeWord: boolean; caseSensitive: boolean }> = {}) => ({
  text,
  regex: false,
  wholeWord: false,
  caseSensitive: false,
  ...o,
});
const spans = (text: string, query: ReturnType<typeof q>) => findSpans(text, queryPattern(query), 100).map((m) => m[0]);
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('the search pattern', () => {
  it('plain text is literal, whole word and case narrow it', () => {
    const text = 'Paris, paris; Parisian (P.aris) Paris.';
    expect(spans(text, q('paris'))).toEqual(['Paris', 'paris', 'Paris', 'Paris']);
    expect(spans(text, q('paris', { wholeWord: true }))).toEqual(['Paris', 'paris', 'Paris']);
    expect(spans(text, q('Paris', { wholeWord: true, caseSensitive: true }))).toEqual(['Paris', 'Paris']);
    expect(spans(text, q('P.aris'))).toEqual(['P.aris']);
  });
  it('whole word knows accented letters', () => {
    expect(spans('été, étés, l’été', q('été', { wholeWord: true }))).toEqual(['été', 'été']);
  });
  it('regex mode, and a clear error for a pattern that does not compile', () => {
    expect(spans('on March 24, 2021 and 3 April', q('\\d{4}', { regex: true }))).toEqual(['2021']);
    try {
      queryPattern(q('(unclosed', { regex: true }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbenchError);
      expect((e as WorkbenchError).code).toBe('search.invalidPattern');
    }
  });
});

describe('corpus search and replace (sample corpus)', () => {
  const wb = useSampleWorkbench();

  it('finds a name in every document, with context and the aligned sentence of an aligned pair', async () => {
    const tsv =
      'en\tfr\nThe harbour of Varnholm reopened on Monday.\tLe port de Varnholm a rouvert lundi.\nFishing boats left at dawn.\tLes bateaux de pêche sont partis à l’aube.\n';
    const imported = await wb.service.importBitext({ name: 'harbour.tsv', dataBase64: b64(tsv) });
    expect(imported.pair).not.toBeNull();
    const v = await wb.service.searchCorpus({ query: q('Varnholm'), textMode: 'original', languages: ['en'] });
    expect(v.hits).toHaveLength(1);
    expect(v.hits[0]!.context.after).toContain(' reopened on Monday');
    expect(v.hits[0]!.aligned).toMatchObject({ text: 'Le port de Varnholm a rouvert lundi.', language: 'fr' });
    await wb.service.settled();

    const r = await wb.service.searchCorpus({ query: q('Blinken', { wholeWord: true, caseSensitive: true }), textMode: 'original' });
    expect(r.total).toBeGreaterThan(3);
    expect(r.hits.every((h) => h.text === 'Blinken')).toBe(true);
    const doc = await wb.service.getDocument({ id: r.hits[0]!.docId });
    expect(doc.text.slice(r.hits[0]!.origStart, r.hits[0]!.origEnd)).toBe('Blinken');
    // One language only.
    const fr = await wb.service.searchCorpus({ query: q('Blinken'), textMode: 'original', languages: ['fr'] });
    expect(fr.hits.every((h) => h.language === 'fr')).toBe(true);
    expect(fr.total).toBeLessThan(r.total);
  });

  it('replaces the chosen places as one undoable edit, in the cleaned text', async () => {
    const query = q('Blinken', { wholeWord: true, caseSensitive: true });
    const before = await wb.service.searchCorpus({ query, textMode: 'cleaned', replacement: 'Blinkenn' });
    expect(before.hits.every((h) => h.replacement === 'Blinkenn')).toBe(true);
    const chosen = before.hits.slice(0, 3).map(({ docId, start, end }) => ({ docId, start, end }));
    const r = await wb.service.replaceInCorpus({ query, textMode: 'cleaned', replacement: 'Blinkenn', places: chosen });
    expect(r).toMatchObject({ replaced: 3, skipped: 0, history: { canUndo: true, undoLabel: 'replace-in-corpus:3' } });
    const after = await wb.service.searchCorpus({ query, textMode: 'cleaned' });
    expect(after.total).toBe(before.total - 3);
    expect((await wb.service.searchCorpus({ query: q('Blinkenn'), textMode: 'cleaned' })).total).toBe(3);
    // The original text is untouched; one undo brings all three back.
    expect((await wb.service.searchCorpus({ query, textMode: 'original' })).total).toBe(before.total);
    await wb.service.undo({});
    expect((await wb.service.searchCorpus({ query, textMode: 'cleaned' })).total).toBe(before.total);
    await wb.service.settled();
  });

  it('regex replacement expands groups', async () => {
    const query = q('(\\d{1,2}) (March|April) (\\d{4})', { regex: true });
    const r = await wb.service.searchCorpus({ query, textMode: 'original', replacement: '$2 $1, $3' });
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.hits[0]!.replacement).toMatch(/^(March|April) \d{1,2}, \d{4}$/);
  });

  it('stops a pattern that backtracks without end, and says so', async () => {
    await wb.service.importUploads({
      files: [{ name: 'aaa.txt', dataBase64: b64(`${'a'.repeat(60)}\n\nThis line is plain English text for the detector.\n`) }],
    });
    const t0 = Date.now();
    await expect(wb.service.searchCorpus({ query: q('(a+)+b', { regex: true }), textMode: 'original' })).rejects.toMatchObject({ code: 'search.tooSlow' });
    expect(Date.now() - t0).toBeLessThan(5000);
    await wb.service.settled();
  });
});

describe('after an import, the new documents are checked and paired by themselves', () => {
  const wb = useSampleWorkbench();

  it('raises findings on the new documents and suggests their pair without any other call', async () => {
    const en =
      'The minister said on Tuesday that the agreement with Canada would be signed in Ottawa next week.\n\nThe talks lasted three days, she said.\n\nDescriptive text here\n';
    const fr =
      'La ministre a déclaré mardi que l’accord avec le Canada serait signé à Ottawa la semaine prochaine.\n\nLes discussions ont duré trois jours, a-t-elle dit.\n';
    const report = await wb.service.importUploads({
      files: [
        { name: 'accord-en.txt', dataBase64: b64(en) },
        { name: 'accord-fr.txt', dataBase64: b64(fr) },
      ],
    });
    expect(report.imported).toHaveLength(2);
    const [a, b] = report.imported.map((d) => d.id);
    // Right after the import the new documents are known to be unchecked (never "0 findings").
    const early = await wb.service.getFindings({});
    expect(early.unchecked).toEqual(expect.arrayContaining([a, b]));
    await wb.service.settled();
    const st = await wb.service.getFindings({});
    expect(st.unchecked).toEqual([]);
    expect(st.findings.some((f) => f.docId === a)).toBe(true);
    const pairs = (await wb.service.getSnapshot({})).pairs;
    expect(pairs.some((p) => [p.a, p.b].sort().join() === [a, b].sort().join())).toBe(true);
  });
});

describe('the editor’s decisions about documents are undoable', () => {
  const wb = useSampleWorkbench();

  it('reviewed and the language override undo and redo, with their own labels', async () => {
    const d = (await wb.service.getSnapshot({})).documents[0]!;
    expect(d.reviewed).toBe(false);
    const r = await wb.service.setReviewed({ id: d.id, reviewed: true });
    expect(r.reviewed).toBe(true);
    expect((await wb.service.getSnapshot({})).history.undoLabel).toBe('mark-reviewed');
    const other = d.detectedLanguage === 'en' ? 'fr' : 'en';
    expect((await wb.service.setLanguageOverride({ id: d.id, language: other })).language).toBe(other);
    expect((await wb.service.getSnapshot({})).history.undoLabel).toBe('set-language');
    await wb.service.undo({});
    let now = (await wb.service.getSnapshot({})).documents.find((x) => x.id === d.id)!;
    expect(now.override).toBeNull();
    expect(now.reviewed).toBe(true);
    await wb.service.undo({});
    now = (await wb.service.getSnapshot({})).documents.find((x) => x.id === d.id)!;
    expect(now.reviewed).toBe(false);
    await wb.service.redo({});
    await wb.service.redo({});
    now = (await wb.service.getSnapshot({})).documents.find((x) => x.id === d.id)!;
    expect(now).toMatchObject({ reviewed: true, override: other, language: other });
    // Setting what is already set records nothing.
    const before = (await wb.service.getSnapshot({})).history;
    await wb.service.setReviewed({ id: d.id, reviewed: true });
    expect((await wb.service.getSnapshot({})).history).toEqual(before);
    await wb.service.settled();
  });
});
