import { renderBoth } from '../../shared/checks/messages/render.js';
import { describe, expect, it } from 'vitest';
import { readFindingsFile } from '../../main/services/findings/findings-service.js';
import { useSampleWorkbench } from './helpers';

const wb = useSampleWorkbench();

const cleaned = async (prefix: string) => {
  const d = (await wb.service.getSnapshot()).documents.find((x) => x.name.startsWith(prefix))!;
  return (await wb.service.getCleanText({ id: d.id })).cleaned;
};

describe('the correction workflow through the service', () => {
  it('a new project has findings from the start, with offsets into the original text', async () => {
    const st = await wb.service.getFindings({});
    expect(st.checkedAt).not.toBeNull();
    expect(st.findings.length).toBeGreaterThan(10);
    for (const f of st.findings.slice(0, 20)) {
      const doc = await wb.service.getDocument({ id: f.docId });
      expect(doc.text.slice(f.start, f.end)).toBe(f.text);
    }
    expect(st.counts['name-translation']?.open).toBeGreaterThanOrEqual(2);
  });

  it('gives the evidence in both UI languages', async () => {
    const st = await wb.service.getFindings({});
    const flashing = st.findings.find((f) => f.text === 'Flashing' && f.category === 'name-translation')!;
    expect(flashing.evidence.length).toBeGreaterThan(0);
    for (const e of flashing.evidence.map(renderBoth)) {
      expect(e.en).not.toBe(e.fr);
      expect(e.fr).not.toMatch(/[“”]/u);
    }
    expect(renderBoth(flashing.evidence[0]!).en).toContain('“said Flashing”');
    expect(renderBoth(flashing.evidence[0]!).fr).toContain('«\u00a0said Flashing\u00a0»');
  });

  it('one action fixes "Flashing" (en) and "Clignote" (fr); undo and redo; statuses follow', async () => {
    const st = await wb.service.getFindings({});
    const flashing = st.findings.find((f) => f.text === 'Flashing' && f.category === 'name-translation')!;
    expect(flashing.suggestions[0]).toBe('Blinken');
    const preview = await wb.service.previewApplyToAll({ findingId: flashing.id, suggestion: 0 });
    expect(preview.map((p) => p.text).sort()).toEqual(['Clignote', 'Flashing']);
    const applied = await wb.service.applyToAll({ findingId: flashing.id, suggestion: 0, findingIds: preview.map((p) => p.findingId!) });
    // History labels are keys (with a count) that the UI names in its language, never English words.
    expect(applied.history).toMatchObject({ canUndo: true, undoLabel: 'apply-to-all:2' });
    expect(await cleaned('000')).not.toContain('Flashing');
    expect(await cleaned('004')).not.toContain('Clignote');
    expect(await cleaned('004')).toContain('Blinken a déclaré');
    const after = await wb.service.getFindings({});
    expect(after.findings.filter((f) => f.rule === 'name-translation.common-word').map((f) => f.status)).toEqual(['accepted', 'accepted']);
    await wb.service.undo({});
    expect(await cleaned('000')).toContain('said Flashing');
    expect(await cleaned('004')).toContain('Clignote a déclaré');
    await wb.service.redo({});
    expect(await cleaned('000')).not.toContain('Flashing');
    // The originals are untouched.
    const d0 = (await wb.service.getSnapshot()).documents[0]!;
    expect((await wb.service.getDocument({ id: d0.id })).text).toContain('said Flashing');
  });

  it('re-running the checks keeps settled findings listed and raises nothing new for fixed text', async () => {
    await wb.service.runChecks({});
    const st = await wb.service.getFindings({});
    const names = st.findings.filter((f) => f.rule === 'name-translation.common-word');
    expect(names.map((f) => f.status)).toEqual(['accepted', 'accepted']);
  });

  it('rejecting with "ignore this text" keeps it from being raised again', async () => {
    const st = await wb.service.getFindings({});
    const f = st.findings.find((x) => x.status === 'open' && x.category === 'typography')!;
    const rejected = await wb.service.rejectFinding({ findingId: f.id, reason: 'house style', ignorePattern: true });
    expect(rejected.history.undoLabel).toBe('reject-finding');
    const after = await wb.service.getFindings({});
    expect(after.findings.find((x) => x.id === f.id)).toMatchObject({ status: 'rejected', rejectReason: 'house style' });
    await wb.service.runChecks({});
    const rerun = await wb.service.getFindings({});
    expect(rerun.findings.some((x) => x.rule === f.rule && x.text === f.text)).toBe(false);
  });

  it('accepting a boilerplate finding excludes the line from the cleaned text, not the original', async () => {
    const st = await wb.service.getFindings({});
    const b = st.findings.find((f) => f.category === 'boilerplate' && f.text.includes('Descriptive text here'))!;
    expect(b.suggestions).toContain('');
    await wb.service.acceptFinding({ findingId: b.id, suggestion: b.suggestions.indexOf('') });
    expect(await cleaned('004')).not.toContain('Descriptive text here');
    expect((await wb.service.getDocument({ id: b.docId })).text).toContain('Descriptive text here');
  });

  it('a hand fix offers the same fix elsewhere, and applies it there', async () => {
    const docs = (await wb.service.getSnapshot()).documents;
    const d0 = docs.find((d) => d.name.startsWith('000'))!;
    const text = (await wb.service.getDocument({ id: d0.id })).text;
    const at = text.indexOf('Beijing');
    const r = await wb.service.fixText({ docId: d0.id, start: at, end: at + 'Beijing'.length, text: 'Peking' });
    expect(r.offer?.from).toBe('Beijing');
    expect(r.offer!.occurrences.length).toBeGreaterThan(1);
    expect(r.offer!.occurrences.some((o) => o.start === at && o.docId === d0.id)).toBe(false);
    await wb.service.applyFixAt({ from: 'Beijing', to: 'Peking', places: r.offer!.occurrences.map(({ docId, start, end }) => ({ docId, start, end })) });
    expect(await cleaned('000')).not.toMatch(/\bBeijing\b/);
    await wb.service.undo({});
    await wb.service.undo({});
    expect(await cleaned('000')).toContain('Beijing');
  });

  it('adds a mistranslated name to the glossary, and round-trips the glossary as TBX and CSV', async () => {
    const st = await wb.service.getFindings({});
    const f = st.findings.find((x) => x.text === 'Clignote')!;
    const g = await wb.service.addNameToGlossary({ findingId: f.id });
    const entry = g.find((e) => e.kind === 'name')!;
    expect(entry.doNotTranslate).toBe(true);
    expect(entry.terms.fr?.some((t) => t.text === 'Clignote' && t.status === 'forbidden')).toBe(true);
    for (const format of ['tbx', 'csv'] as const) {
      const out = await wb.service.exportGlossary({ format });
      expect(out.content).toContain('Clignote');
      await wb.service.setGlossary({ entries: [] });
      const back = await wb.service.importGlossary({ format, content: out.content });
      expect(JSON.stringify(back)).toContain('Clignote');
      expect(JSON.stringify(back)).toContain('Blinken');
    }
    await expect(wb.service.importGlossary({ format: 'tbx', content: '<not-xml' })).rejects.toMatchObject({ code: 'glossary.invalid' });
  });
});

describe('check profile and automatic re-checks', () => {
  it('the profile is saved in the project, validated, and switching a category off removes its findings', async () => {
    const view = await wb.service.getCheckProfile({});
    expect(view.rules.length).toBeGreaterThan(10);
    expect(view.rules.every((r) => r.description.en && r.description.fr)).toBe(true);
    await expect(wb.service.setCheckProfile({ profile: { version: 99 } })).rejects.toMatchObject({ code: 'profile.invalid' });
    const saved = await wb.service.setCheckProfile({ profile: { ...view.profile, categories: { ...view.profile.categories, typography: false } } });
    expect(saved.profile.categories?.typography).toBe(false);
    await wb.service.settled();
    const st = await wb.service.getFindings({});
    expect(st.findings.some((f) => f.category === 'typography' && f.status === 'open')).toBe(false);
    const again = await wb.reopen();
    expect((await again.service.getCheckProfile({})).profile.categories?.typography).toBe(false);
    await again.service.close();
    await wb.service.setCheckProfile({ profile: view.profile });
    await wb.service.settled();
  });

  it('after a text edit the checks run again by themselves', async () => {
    const before = (await wb.service.getFindings({})).checkedAt;
    const d = (await wb.service.getSnapshot()).documents.find((x) => x.name.startsWith('002'))!;
    const text = (await wb.service.getDocument({ id: d.id })).text;
    const at = text.indexOf('China');
    // A doubled word made by hand is found without asking for a re-check.
    await wb.service.fixText({ docId: d.id, start: at, end: at + 5, text: 'China China' });
    await wb.service.settled();
    const st = await wb.service.getFindings({});
    expect(st.checkedAt).not.toBe(before);
    expect(st.findings.some((f) => f.docId === d.id && f.category === 'repetition' && f.text.includes('China China') && f.status === 'open')).toBe(true);
    await wb.service.undo({});
    await wb.service.settled();
  });
});

describe('findings.json written by older versions', () => {
  it('reads English-only evidence (string[]) as the same text in both languages', () => {
    const old = {
      id: 'f_1',
      docId: 'd',
      category: 'meaning',
      rule: 'meaning.version-diff',
      severity: 'warning',
      start: 0,
      end: 3,
      text: 'abc',
      suggestions: [],
      message: { en: 'm', fr: 'm' },
      safe: false,
    };
    const read = readFindingsFile([
      { ...old, evidence: ['b.txt: “undercut”'] },
      { ...old, id: 'f_2', evidence: [{ en: 'b.txt: “undercut”', fr: 'b.txt\u00a0: «\u00a0undercut\u00a0»' }] },
      { ...old, id: 'f_3' },
    ]);
    expect(read.map((f) => f.evidence?.map(renderBoth))).toEqual([
      [{ en: 'b.txt: “undercut”', fr: 'b.txt: “undercut”' }],
      [{ en: 'b.txt: “undercut”', fr: 'b.txt\u00a0: «\u00a0undercut\u00a0»' }],
      undefined,
    ]);
    expect(readFindingsFile({ not: 'an array' })).toEqual([]);
  });
});
