// The incremental check engine (CheckSession.update) against full runs: random edits (typed
// text, deleted spans, copied lines, accepted fixes, a language change, partner links changed)
// on a small multi-document corpus; after each edit the session's findings must equal a fresh
// runChecks on the same texts (same ids, spans, messages), and `changed` must name exactly the
// documents whose findings differ from before. Seeded: a failure prints its seed and step.
import { describe, expect, it } from 'vitest';
import { CheckSession, runChecks } from '../../shared/checks/engine.js';
import { RULES } from '../../shared/checks/rules/index.js';
import type { Rule } from '../../shared/checks/rule.js';
import { msg } from '../../shared/checks/messages/ref.js';
import type { CheckContext, CorpusDoc, Finding, PartnerLink } from '../../shared/checks/types.js';
import { checkTools } from '../../main/services/checks/run.js';
import { spell } from './helpers.js';

// Small invented stories: names in speaker slots, a recurring site line, doubled words, spacing,
// French typography and quotes, two versions of one story — so every kind of rule has material.
const BASE: CorpusDoc[] = [
  {
    id: 'en1',
    name: 'council.txt',
    language: 'en',
    text:
      'Follow us on social media\n\nThe city council voted on Tuesday to rebuild the old bridge, said Maria Okafor.\n' +
      'Okafor said the the work would start in spring. “It is overdue,” she said .\n' +
      'Residents of Westbrook welcomed the plan, according to Jonas Berg.\n',
  },
  {
    id: 'en2',
    name: 'council-v2.txt',
    language: 'en',
    text:
      'The city council voted on Tuesday to repair the old bridge, said Maria Okafor.\n' +
      'Okafor said the work would start in spring. “It is overdue,” she said.\n' +
      'Residents of Westbrook welcomed the plan, according to Jonas Berg.\n\nFollow us on social media\n',
  },
  {
    id: 'fr1',
    name: 'conseil.txt',
    language: 'fr',
    text:
      'Le conseil municipal a voté mardi pour reconstruire le vieux pont, a déclaré Maria Okafor.\n' +
      'Selon Okafor, les travaux commenceront au printemps. «C’est en retard», a-t-elle dit.\n' +
      'Les habitants de Westbrook ont salué le projet, selon Jonas Berg .\n',
  },
  {
    id: 'en3',
    name: 'market.txt',
    language: 'en',
    text:
      'Farmers at the Saturday market said prices rose again.\n' +
      'Clara Voss, who sells apples, said sales fell by a third. Voss said she would stay.\n' +
      'Follow us on social media\n',
  },
];

const POOL = [
  ' the',
  ' the the',
  ' Okafor',
  ' Berg',
  ' Voss said',
  ' said Clara Voss',
  ' Westbrook',
  ' Bridge',
  'said ',
  ' ,',
  '  ',
  ' .',
  '«',
  '»',
  '“',
  '\n',
  '\n\n',
  'Follow us on social media\n',
  'Read more\n',
  ' selon Jonas Berg',
  ' a déclaré Okafor',
  ' council',
  ' Council',
  ' rebuild',
  ' repair',
  ' apples',
  ' Apples',
  'x',
  // Words whose verdict depends on the rest of the corpus: a misspelling used twice or written
  // capitalised somewhere is taken as a word; a split acronym is one when written whole elsewhere.
  ' recieve',
  ' recieve',
  ' Recieve',
  ' thecouncil',
  ' N.ATO',
  ' NATO',
  ' travaus',
];

/** mulberry32: a small seeded generator (the same seed gives the same edits). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const splice = (text: string, start: number, end: number, by: string) => text.slice(0, start) + by + text.slice(end);

/** Translation en1 ⇄ fr1 (sentence beads by position) and a version link en1 ⇄ en2. */
function links(withVersion: boolean): PartnerLink[] {
  const out: PartnerLink[] = [{ a: 'en1', b: 'fr1', kind: 'translation', beads: [0, 1, 2, 3].map((i) => ({ src: [i], tgt: [i], confidence: 0.9 })) }];
  if (withVersion) out.push({ a: 'en1', b: 'en2', kind: 'version' });
  return out;
}

const docsChanged = (before: Finding[], after: Finding[], ids: string[]) =>
  ids.filter((id) => JSON.stringify(before.filter((f) => f.docId === id)) !== JSON.stringify(after.filter((f) => f.docId === id)));

function property(seed: number, steps: number, ctxExtra: Partial<CheckContext>) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  let docs = BASE.map((d) => ({ ...d }));
  let withVersion = true;
  const ctx = (): CheckContext => ({ docs, partners: links(withVersion), tools: checkTools, ...ctxExtra });
  const session = new CheckSession(ctx());
  let before = session.run();
  expect(before).toEqual(runChecks(ctx()));
  let rerunsSaved = 0;
  for (let step = 0; step < steps; step++) {
    const i = Math.floor(r() * docs.length);
    const d = docs[i]!;
    const roll = r();
    let next: CorpusDoc = d;
    let what: string;
    if (roll < 0.3) {
      // Accept a fix: the first suggestion of a finding, as the editor would.
      const fixable = before.filter((f) => f.suggestions.length > 0);
      const f = fixable.length ? pick(fixable) : undefined;
      if (f) {
        const target = docs.find((x) => x.id === f.docId)!;
        next = { ...target, text: splice(target.text, f.start, f.end, f.suggestions[0]!) };
      }
      what = `fix ${f?.rule ?? '-'}`;
    } else if (roll < 0.55) {
      const at = Math.floor(r() * (d.text.length + 1));
      next = { ...d, text: splice(d.text, at, at, pick(POOL)) };
      what = 'insert';
    } else if (roll < 0.75) {
      const s = Math.floor(r() * d.text.length);
      const e = Math.min(d.text.length, s + 1 + Math.floor(r() * 12));
      next = { ...d, text: splice(d.text, s, e, r() < 0.5 ? '' : pick(POOL)) };
      what = 'replace';
    } else if (roll < 0.87) {
      // A line of another document copied in (recurring lines appear) or a line removed.
      const lines = d.text.split('\n');
      const k = Math.floor(r() * lines.length);
      if (r() < 0.5) lines.splice(k, 1);
      else lines.splice(k, 0, pick(pick(docs).text.split('\n')));
      next = { ...d, text: lines.join('\n') };
      what = 'line';
    } else if (roll < 0.93) {
      withVersion = !withVersion;
      what = 'links';
    } else {
      next = { ...d, language: d.language === 'en' ? 'fr' : 'en' };
      what = 'language';
    }
    const changedDocs = docs.map((x) => (x.id === next.id ? next : x)).filter((x, j) => x !== docs[j]);
    docs = docs.map((x) => (x.id === next.id ? next : x));
    const full = runChecks(ctx());
    const got = session.update({ docs: changedDocs, partners: links(withVersion) });
    const label = `seed ${seed} step ${step} (${what} in ${next.id})`;
    expect(got.findings, label).toEqual(full);
    expect(got.changed, label).toEqual(
      docsChanged(
        before,
        full,
        docs.map((x) => x.id),
      ),
    );
    rerunsSaved += session['docRules'].length * docs.length + session['corpusRules'].length - got.runs;
    before = full;
  }
  return rerunsSaved;
}

describe('incremental checks (CheckSession.update) equal full runs', () => {
  it('random edits and accepted fixes, without a dictionary (statistics decide what is a word)', () => {
    let saved = 0;
    for (const seed of [1, 2, 3]) saved += property(seed, 30, {});
    // It is incremental: far fewer rule runs than checking everything after each edit.
    expect(saved).toBeGreaterThan(0);
  }, 120_000);

  it('random edits and accepted fixes, with the dictionaries', () => {
    let saved = 0;
    for (const seed of [7, 8, 9]) saved += property(seed, 40, { spell: spell() });
    expect(saved).toBeGreaterThan(0);
  }, 120_000);

  it('re-checks other documents only where a statistic they read moved', () => {
    const docs = BASE.map((d) => ({ ...d }));
    const session = new CheckSession({ docs, partners: links(true), tools: checkTools });
    session.run();
    // A space added at the end of a line: no word count moves, so only en3's own rules run
    // (plus the corpus-scoped rules, whose input is every document).
    const en3 = docs[3]!;
    const got = session.update({ docs: [{ ...en3, text: en3.text.replace('prices rose again.', 'prices rose again. ') }] });
    const docRules = session['docRules'].length;
    const corpusRules = session['corpusRules'].length;
    expect(got.runs).toBe(docRules + corpusRules);
    // Nothing changed: nothing runs, nothing is reported.
    expect(session.update({ docs: [] })).toMatchObject({ runs: 0, changed: [] });
  });

  it('every doc-scoped rule that reads corpus statistics declares it', () => {
    const session = new CheckSession({ docs: BASE, partners: links(true), tools: checkTools });
    session.run();
    expect(session.undeclaredReads()).toEqual([]);
    // And every product rule declares its inputs.
    expect(RULES.filter((r) => !r.inputs).map((r) => r.id)).toEqual([]);
  });

  it('a cache a corpus-reading rule shares across documents cannot hide what a document depends on', () => {
    // Verdicts cached per language (as a rule may): document b would reuse a's verdict on "apple"
    // without reading the statistic, and be left stale when c's "Apple" goes.
    const cached: Rule = {
      id: 'test.cached',
      category: 'spelling',
      severity: 'info',
      scope: 'doc',
      inputs: ['text', 'corpus'],
      run(env, view) {
        if (!view) return;
        const cache = env.model.memo(`cache:${view.lang}`, () => new Map<string, boolean>());
        for (const t of view.tokens) {
          if (t.text !== t.lower) continue;
          let named = cache.get(t.lower);
          if (named === undefined) cache.set(t.lower, (named = env.model.capitalised.has(t.lower)));
          if (named) env.emit(view, { start: t.start, end: t.end, message: msg('text', { text: t.text }) });
        }
      },
    };
    const docs: CorpusDoc[] = [
      { id: 'a', name: 'a', language: 'en', text: 'An apple pie.' },
      { id: 'b', name: 'b', language: 'en', text: 'An apple tart.' },
      { id: 'c', name: 'c', language: 'en', text: 'Apple sells phones.' },
    ];
    const session = new CheckSession({ docs }, [cached]);
    expect(session.run().map((f) => f.docId)).toEqual(['a', 'b']);
    const edit = { ...docs[2]!, text: 'Pear sells phones.' };
    const got = session.update({ docs: [edit] });
    expect(got.findings).toEqual(runChecks({ docs: [docs[0]!, docs[1]!, edit] }, {}, [cached]));
    expect(got.findings).toEqual([]);
    expect(got.changed).toEqual(['a', 'b']);
  });

  it('a doc rule that looks at other documents is checked again when they change', () => {
    // Flags a word of the document that another document of the corpus also has capitalised.
    const peek: Rule = {
      id: 'test.peek',
      category: 'spelling',
      severity: 'info',
      scope: 'doc',
      inputs: ['text', 'partners'],
      run(env, view) {
        if (!view) return;
        const others = env.model.views.filter((v) => v !== view).map((v) => v.text);
        for (const t of view.tokens)
          if (t.text === t.lower && others.some((o) => o.includes(t.text[0]!.toUpperCase() + t.text.slice(1))))
            env.emit(view, { start: t.start, end: t.end, message: msg('text', { text: t.text }) });
      },
    };
    const docs: CorpusDoc[] = [
      { id: 'a', name: 'a', language: 'en', text: 'An apple pie.' },
      { id: 'b', name: 'b', language: 'en', text: 'Apple sells phones.' },
    ];
    const session = new CheckSession({ docs }, [peek]);
    expect(session.run().map((f) => f.text)).toEqual(['apple']);
    const edit = { ...docs[1]!, text: 'Pear sells phones.' };
    const got = session.update({ docs: [edit] });
    expect(got.findings).toEqual(runChecks({ docs: [docs[0]!, edit] }, {}, [peek]));
    expect(got.findings).toEqual([]);
    expect(session.undeclaredReads()).toEqual([]);
  });

  it('progress moves at least once a second, in a full run and in an update, even inside one long rule', () => {
    // A rule that works for 1.2 s on one document, calling checkpoint() in its loop as long rules do.
    const slow: Rule = {
      id: 'test.slow',
      category: 'repetition',
      severity: 'info',
      scope: 'doc',
      inputs: ['text'],
      run(env, view) {
        if (!view || view.doc.id !== 'a') return;
        const until = Date.now() + 1200;
        while (Date.now() < until) env.checkpoint();
      },
    };
    const docs: CorpusDoc[] = [
      { id: 'a', name: 'a', language: 'en', text: 'One long document.' },
      { id: 'b', name: 'b', language: 'en', text: 'Another one.' },
    ];
    const gaps = (run: (onProgress: (d: number, t: number) => void) => void) => {
      const at: number[] = [];
      const values: number[] = [];
      const t0 = Date.now();
      run((d) => {
        at.push(Date.now());
        values.push(d);
      });
      const times = [t0, ...at, Date.now()];
      expect(values).toEqual([...values].sort((x, y) => x - y));
      return Math.max(...times.slice(1).map((t, i) => t - times[i]!));
    };
    const session = new CheckSession({ docs }, [slow]);
    expect(gaps((onProgress) => session.run({ onProgress }))).toBeLessThan(1000);
    expect(gaps((onProgress) => session.update({ docs: [{ ...docs[0]!, text: 'One long document, edited.' }] }, { onProgress }))).toBeLessThan(1000);
  });

  it('a cancelled update leaves a session that refuses updates until a full run', () => {
    const docs = BASE.map((d) => ({ ...d }));
    const session = new CheckSession({ docs, tools: checkTools });
    session.run();
    const en1 = docs[0]!;
    expect(() => session.update({ docs: [{ ...en1, text: en1.text + ' More.' }] }, { signal: { aborted: true } })).toThrow();
    expect(session.usable).toBe(false);
    expect(() => session.update({ docs: [] })).toThrow();
    session.run();
    expect(session.usable).toBe(true);
  });
});
