// The editor's decisions hold: a rejected finding stays rejected across re-runs even when an edit
// elsewhere shifts the text, and the export (QA report) derives the same statuses as the app.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFromProject } from '../../main/services/export/corpus-from-project.js';
import { CHECK_DATA_VERSION } from '../../shared/checks/data/check-data.js';
import { useSampleWorkbench } from './helpers';

const wb = useSampleWorkbench();

describe('finding decisions', () => {
  it('a rejection survives an earlier edit that shifts the text, and re-runs', async () => {
    const st = await wb.service.getFindings({});
    // A finding with another open finding earlier in the same document, fixable by a suggestion
    // that changes the text's length.
    const pick = st.findings.find(
      (f) =>
        f.status === 'open' &&
        st.findings.some(
          (g) => g.docId === f.docId && g.end < f.start && g.status === 'open' && g.suggestions.length > 0 && g.suggestions[0]!.length !== g.text.length,
        ),
    );
    expect(pick).toBeDefined();
    const f = pick!;
    const earlier = st.findings.find(
      (g) => g.docId === f.docId && g.end < f.start && g.status === 'open' && g.suggestions.length > 0 && g.suggestions[0]!.length !== g.text.length,
    )!;
    await wb.service.rejectFinding({ findingId: f.id, reason: 'fine as it is' });
    await wb.service.acceptFinding({ findingId: earlier.id, suggestion: 0 });
    await wb.service.settled();
    await wb.service.runChecks({});
    const after = await wb.service.getFindings({});
    const again = after.findings.filter((x) => x.rule === f.rule && x.text === f.text && x.docId === f.docId);
    expect(again.find((x) => x.id === f.id)).toMatchObject({ status: 'rejected', rejectReason: 'fine as it is' });
    expect(after.findings.find((x) => x.id === earlier.id)?.status).toBe('accepted');

    // The export reads the same history and derives the same statuses.
    const corpus = await corpusFromProject(path.join(wb.tmp, 'proj'));
    const byId = new Map(corpus.findings.map((x) => [x.id, x.status]));
    for (const x of after.findings) expect([x.id, byId.get(x.id)]).toEqual([x.id, x.status]);
  });

  it('the checks use the pairs the editor decided: a rejected pair is no partner, a confirmed one is', async () => {
    const meaning = async () => (await wb.service.getFindings({})).findings.filter((f) => f.rule === 'meaning.version-diff' && f.status === 'open');
    const versions = (await wb.service.listPairs({})).filter((p) => p.kind === 'version');
    expect(versions.length).toBeGreaterThan(0);
    expect((await meaning()).length).toBeGreaterThan(0);
    for (const p of versions) await wb.service.setPairStatus({ pairId: p.id, status: 'rejected' });
    await wb.service.settled();
    await wb.service.runChecks({});
    expect(await meaning()).toEqual([]);
    for (const p of versions) await wb.service.setPairStatus({ pairId: p.id, status: 'confirmed' });
    await wb.service.settled();
    await wb.service.runChecks({});
    expect((await meaning()).length).toBeGreaterThan(0);
  });

  it('the check profile says which version of the word lists is in use, and when the profile changes them', async () => {
    const view = await wb.service.getCheckProfile({});
    expect(view.dataVersion).toBe(CHECK_DATA_VERSION);
    const saved = await wb.service.setCheckProfile({ profile: { ...view.profile, data: { speechVerbs: { speakerFirst: { en: { add: ['quipped'] } } } } } });
    expect(saved.dataVersion).toBe(`${CHECK_DATA_VERSION}+profile`);
    await expect(wb.service.setCheckProfile({ profile: { ...view.profile, data: { widgetPatterns: { add: ['(oops'] } } } })).rejects.toMatchObject({
      code: 'profile.invalid',
    });
    await wb.service.setCheckProfile({ profile: view.profile });
    await wb.service.settled();
  });
});
