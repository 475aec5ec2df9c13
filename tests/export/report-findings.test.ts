// The QA report can be worked from: one row per finding with its sentence (finding marked) and
// the aligned sentence, document, line and column, severity, status and an anchor; errors first;
// summary numbers that agree with the lists (no "every alignment is confirmed" under "Confirmed 0").
import { describe, expect, it } from 'vitest';
import { reportChunks } from '../../shared/export/report.js';
import type { BitextCorpus, CorpusFinding } from '../../shared/export/types.js';
import { hostileCorpus } from './helpers.js';

const html = (c: BitextCorpus, lang: 'en' | 'fr' = 'en') => [...reportChunks(c, { uiLanguage: lang, now: '2024-01-01T00:00:00Z' })].join('');

function withFindings(): BitextCorpus {
  const c = hostileCorpus([
    ['The mayor spoke at noon.', 'Le maire a parlé à midi.'],
    ['He said the the plan was ready.', 'Il a dit que le plan était prêt.'],
    ['Rain is expected.', 'De la pluie est attendue.'],
  ]);
  const en = c.documents[0]!;
  const fr = c.documents[1]!;
  const at = (d: typeof en, text: string) => d.originalText.indexOf(text);
  const f = (id: string, doc: typeof en, text: string, severity: CorpusFinding['severity'], status: CorpusFinding['status']): CorpusFinding => ({
    id,
    docId: doc.id,
    category: 'repetition',
    rule: 'doubled-word',
    severity,
    start: at(doc, text),
    end: at(doc, text) + text.length,
    text,
    suggestions: ['the'],
    message: { key: 'legacy', params: { text: 'Doubled word' } } as never,
    status,
  });
  c.findings = [f('f_info', fr, 'pluie', 'info', 'open'), f('f_err', en, 'the the', 'error', 'open'), f('f_warn', en, 'mayor', 'warning', 'rejected')];
  return c;
}

describe('QA report findings list', () => {
  const page = html(withFindings());
  it('has one row per finding, errors first, each with its own anchor', () => {
    const rows = [...page.matchAll(/<tr id="(f-[^"]+)" class="sev-(\w+)">/g)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([
      ['f-f_err', 'error'],
      ['f-f_warn', 'warning'],
      ['f-f_info', 'info'],
    ]);
    expect(page).toContain('<a href="#f-f_err">1</a>');
  });
  it('shows the sentence with the finding marked, the aligned sentence, the document and the position', () => {
    const row = /<tr id="f-f_err"[\s\S]*?<\/tr>/.exec(page)![0];
    expect(row).toContain('He said <mark>the the</mark> plan was ready.');
    expect(row).toContain('Il a dit que le plan était prêt.');
    expect(row).toMatch(/hostile-en\.txt<br><span class="muted">line 3, column 9<\/span>/);
    expect(row).toContain('open');
    const fr = /<tr id="f-f_info"[\s\S]*?<\/tr>/.exec(page)![0];
    expect(fr).toContain('De la <mark>pluie</mark> est attendue.');
    expect(fr).toContain('Rain is expected.');
  });
  it('has summary numbers that agree with the list', () => {
    expect(page).toMatch(/<a href="#findings">Findings<\/a><\/th><td class="n">3<\/td>/);
    expect(page).toMatch(/Errors · warnings · info<\/th><td class="n">1 · 1 · 1<\/td>/);
    expect(page).toMatch(/Open findings<\/th><td class="n">2<\/td>/);
  });
  it('lists the unconfirmed beads the summary counts, one-sided ones too', () => {
    const c = withFindings();
    c.pairs[0]!.beads = [
      { src: [0], tgt: [0], confidence: 0.4, confirmed: false, origin: 'auto' },
      { src: [1], tgt: [], confidence: 0.3, confirmed: false, origin: 'auto' },
      { src: [2], tgt: [1, 2], confidence: 0.6, confirmed: false, origin: 'auto' },
    ];
    const p = html(c);
    expect(p).toMatch(/Confirmed<\/th><td class="n">0<\/td>/);
    expect(p).not.toContain('Every alignment is confirmed');
    expect(p).toContain('3 of 3 unconfirmed aligned pairs listed below.');
    expect(p).toContain('(nothing on this side)');
  });
  it('is in French too, and stays a page without scripts', () => {
    const p = html(withFindings(), 'fr');
    expect(p).toContain('Les problèmes un par un');
    expect(p).toContain('ligne 3, colonne 9');
    expect(p).not.toMatch(/<script/i);
  });
});
