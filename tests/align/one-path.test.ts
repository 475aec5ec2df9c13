// One path: the app's service, `bitext pair` and `bitext clean` suggest the same pairs for the
// same corpus and align them the same way (shared/pair pairDocuments + shared/align
// alignDocuments, one set of thresholds).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairCommand } from '../../main/cli/commands/pair.js';
import { checkTools, documentLanguage } from '../../main/services/checks/run.js';
import { findPartners } from '../../main/services/checks/partners.js';
import { cleanCorpus } from '../../main/services/export/clean-pipeline.js';
import { alignDocuments, toChain } from '../../shared/align/index.js';
import { splitSentences } from '../../shared/segment/index.js';
import { corpus, root, useSampleWorkbench } from '../service/helpers.js';

const wb = useSampleWorkbench();
const short = (name: string): string => path.basename(name).slice(0, 3);
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('one pairing and alignment path', () => {
  it('the app, bitext pair and bitext clean suggest the same pairs of the sample corpus', async () => {
    const app = (await wb.service.listPairs())
      .filter((p) => p.status === 'suggested' && p.origin === 'auto')
      .map((p) => `${short(p.aName)}-${short(p.bName)}:${p.kind}`)
      .sort();

    let out = '';
    await pairCommand.run(['--json', 'corpus'], { stdout: (s) => (out += s), stderr: () => undefined, cwd: root });
    const cli = (JSON.parse(out) as Array<{ a: string; b: string; kind: string; suggested: boolean }>)
      .filter((p) => p.suggested)
      .map((p) => `${short(p.a)}-${short(p.b)}:${p.kind}`)
      .sort();

    const cleaned = await cleanCorpus(
      files.map((f) => ({ name: f, relPath: f, text: readFileSync(path.join(corpus, f), 'utf8') })),
      { spell: false },
    );
    const name = (id: string): string => cleaned.corpus.documents.find((d) => d.id === id)!.name;
    const clean = cleaned.corpus.pairs.map((p) => `${short(name(p.a))}-${short(name(p.b))}:${p.kind}`).sort();

    expect(app).toEqual(['000-001:version', '002-004:translation']);
    expect(cli).toEqual(app);
    expect(clean).toEqual(app);

    // The app shows why: score and evidence with every suggestion.
    for (const p of (await wb.service.listPairs()).filter((x) => x.origin === 'auto')) {
      expect(p.evidence?.names.length).toBeGreaterThan(0);
      expect(p.score).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('the app and bitext clean align a pair the same way as the pipeline', async () => {
    const pair = (await wb.service.listPairs()).find((p) => short(p.aName) === '002' && short(p.bName) === '004')!;
    const view = await wb.service.getAlignment({ pairId: pair.id });
    const text = (f: string): string =>
      readFileSync(
        path.join(
          corpus,
          files.find((x) => x.startsWith(f))!,
        ),
        'utf8',
      );
    const src = splitSentences(text('002'), 'en').map((s) => s.text);
    const tgt = splitSentences(text('004'), 'fr').map((s) => s.text);
    const direct = alignDocuments(src, tgt, { srcLang: 'en', tgtLang: 'fr' });
    const chain = direct.method === 'comparable' ? toChain(direct.beads, src.length, tgt.length) : { beads: direct.beads, crossLinks: [] };
    const shape = (beads: Array<{ src: number[]; tgt: number[] }>) => beads.map((b) => `${b.src.join(',')}:${b.tgt.join(',')}`);
    expect(shape(view.beads)).toEqual(shape(chain.beads));
    expect(view.crossLinks.map((l) => `${l.src}:${l.tgt}`).sort()).toEqual(chain.crossLinks.map((l) => `${l.src}:${l.tgt}`).sort());
    expect((await wb.service.listPairs()).find((p) => p.id === pair.id)!.method).toBe(direct.method);

    const cleaned = await cleanCorpus(
      files.map((f) => ({ name: f, relPath: f, text: readFileSync(path.join(corpus, f), 'utf8') })),
      { spell: false },
    );
    const name = (id: string): string => cleaned.corpus.documents.find((d) => d.id === id)!.name;
    const cp = cleaned.corpus.pairs.find((p) => short(name(p.a)) === '002')!;
    expect(shape(cp.beads)).toEqual(shape(chain.beads));
  });
});

describe("the checks' own partner lookup", () => {
  it('pairs and aligns the sample as the app does (pairDocuments, its threshold; alignDocuments)', async () => {
    const docs = files.map((f) => {
      const text = readFileSync(path.join(corpus, f), 'utf8');
      return { id: f, name: f, language: documentLanguage(text), text };
    });
    const links = findPartners(docs, checkTools)!;
    const app = (await wb.service.listPairs())
      .filter((p) => p.status === 'suggested' && p.origin === 'auto')
      .map((p) => `${short(p.aName)}-${short(p.bName)}:${p.kind}`)
      .sort();
    expect(links.map((l) => `${short(l.a)}-${short(l.b)}:${l.kind}`).sort()).toEqual(app);

    const t = links.find((l) => l.kind === 'translation')!;
    const text = (id: string): string => docs.find((d) => d.id === id)!.text;
    const lang = (id: string): string => docs.find((d) => d.id === id)!.language;
    const src = splitSentences(text(t.a), lang(t.a)).map((s) => s.text);
    const tgt = splitSentences(text(t.b), lang(t.b)).map((s) => s.text);
    const direct = alignDocuments(src, tgt, { srcLang: lang(t.a), tgtLang: lang(t.b) });
    const beads = direct.method === 'comparable' ? toChain(direct.beads, src.length, tgt.length).beads : direct.beads;
    expect(t.beads!.map((b) => `${b.src.join(',')}:${b.tgt.join(',')}`)).toEqual(beads.map((b) => `${b.src.join(',')}:${b.tgt.join(',')}`));
  });
});

describe("the editor's dictionary through the contract", () => {
  it('realigns and suggests with a hunalign dictionary; a text without entries is refused clearly', async () => {
    const pair = (await wb.service.listPairs()).find((p) => short(p.aName) === '002')!;
    const v = await wb.service.getAlignment({ pairId: pair.id, realign: true, dictionary: 'rencontre @ meeting\nmenace @ threat\n' });
    expect(v.beads.flatMap((b) => b.src).length).toBe(v.src.sentences.length);
    expect((await wb.service.suggestPairs({ dictionary: 'rencontre @ meeting\n' })).filter((p) => p.status === 'suggested')).toHaveLength(2);
    await expect(wb.service.getAlignment({ pairId: pair.id, realign: true, dictionary: 'no entries here' })).rejects.toMatchObject({
      code: 'alignment.badDictionary',
    });
  });
});
