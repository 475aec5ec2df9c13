// One path: the app's service, `bitext pair` and `bitext clean` suggest the same pairs for the
// same corpus and align them the same way (shared/pair pairDocuments + shared/align
// alignDocuments, one set of thresholds).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pairCommand } from '../../main/cli/commands/pair.js';
import { checkTools, documentLanguage } from '../../main/services/checks/run.js';
import { findPartners } from '../../main/services/checks/partners.js';
import { cleanCorpus } from '../../main/services/export/clean-pipeline.js';
import { alignDocuments, learnFromCollection, lexiconSize, toChain } from '../../shared/align/index.js';
import { pairDocuments } from '../../shared/pair/index.js';
import { splitSentences } from '../../shared/segment/index.js';
import { corpus, root, sampleWorkbench, useSampleWorkbench } from '../service/helpers.js';

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

// Invented texts: a translation pair (its confident links teach the lexicon: invented words
// such as "brackleweed" = "ortillon" that no shipped lexicon knows) beside two accounts of
// another story in the two languages, linked by the comparable linker.
const collectionDir = path.join(root, 'tests/align/fixtures/collection');

describe('the collection step (lexicon learned from the translation pairs)', () => {
  let app: Awaited<ReturnType<typeof sampleWorkbench>> | undefined;
  afterAll(() => app?.cleanup());
  const read = (f: string): string => readFileSync(path.join(collectionDir, f), 'utf8');
  const names = readdirSync(collectionDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

  it('gives the app, bitext clean and the checks the same links, learned from the same pairs', async () => {
    const docs = names.map((f) => ({ id: f, language: f.slice(-6, -4), text: read(f) }));
    const suggested = pairDocuments(docs).filter((p) => p.suggested);
    expect(suggested.map((p) => `${p.a}|${p.b}`).sort()).toEqual(['cmp-en.txt|cmp-fr.txt', 'tr-en.txt|tr-fr.txt']);
    const learned = learnFromCollection(docs, suggested);
    expect(lexiconSize(learned)).toBeGreaterThan(0);
    // The same pairs in another order or orientation teach the same lexicon.
    expect(
      learnFromCollection(
        docs,
        [...suggested].reverse().map((p) => ({ a: p.b, b: p.a })),
      ),
    ).toEqual(learned);

    const src = splitSentences(read('cmp-en.txt'), 'en').map((s) => s.text);
    const tgt = splitSentences(read('cmp-fr.txt'), 'fr').map((s) => s.text);
    const direct = alignDocuments(src, tgt, { srcLang: 'en', tgtLang: 'fr', learned });
    expect(direct.method).toBe('comparable');
    const chain = toChain(direct.beads, src.length, tgt.length);
    const shape = (beads: Array<{ src: number[]; tgt: number[] }>) => beads.map((b) => `${b.src.join(',')}:${b.tgt.join(',')}`);
    // The lexicon is in effect: without it the comparable pair links less.
    const plain = alignDocuments(src, tgt, { srcLang: 'en', tgtLang: 'fr' });
    const links = (beads: Array<{ src: number[]; tgt: number[] }>) => beads.filter((b) => b.src.length && b.tgt.length).length;
    expect(links(direct.beads)).toBeGreaterThan(links(plain.beads));

    app = await sampleWorkbench(collectionDir);
    const pair = (await app.service.listPairs()).find((p) => p.aName.startsWith('cmp-en') && p.bName.startsWith('cmp-fr'))!;
    expect(pair.kind).toBe('translation');
    const view = await app.service.getAlignment({ pairId: pair.id });
    expect(shape(view.beads)).toEqual(shape(chain.beads));
    expect(view.crossLinks.map((l) => `${l.src}:${l.tgt}`).sort()).toEqual(chain.crossLinks.map((l) => `${l.src}:${l.tgt}`).sort());

    const cleaned = await cleanCorpus(
      names.map((f) => ({ name: f, relPath: f, text: read(f) })),
      { spell: false },
    );
    const name = (id: string): string => cleaned.corpus.documents.find((d) => d.id === id)!.name;
    const cp = cleaned.corpus.pairs.find((p) => name(p.a) === 'cmp-en.txt')!;
    expect(shape(cp.beads)).toEqual(shape(chain.beads));

    const checkDocs = names.map((f) => ({ id: f, name: f, language: documentLanguage(read(f)), text: read(f) }));
    const partner = findPartners(checkDocs, checkTools)!.find((l) => l.a === 'cmp-en.txt')!;
    expect(shape(partner.beads!)).toEqual(shape(chain.beads));
  });
});
