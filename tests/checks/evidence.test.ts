// Evidence lines come in both UI languages, like the message; the French follows French
// typography (no-break space before : ; ! ? and inside « »). Older findings.json files hold
// English-only strings: they are read as the same text in both languages.
import { describe, expect, it } from 'vitest';
import { renderBoth, renderMessage, storedEvidence } from '../../shared/checks/messages/render.js';
import type { Glossary } from '../../shared/checks/glossary/types.js';
import type { Finding } from '../../shared/checks/types.js';
import { check, of } from './helpers.js';

const NBSP = '\u00a0';

/** French typography faults in a French evidence line (the quoted material has no such marks). */
function frenchTypographyFaults(s: string): string[] {
  const bad: string[] = [];
  for (const m of s.matchAll(/(.)([:;!?])/gu)) if (m[1] !== NBSP && m[1] !== '\u202f') bad.push(`no no-break space before “${m[2]}” in: ${s}`);
  for (const m of s.matchAll(/«(.)/gu)) if (m[1] !== NBSP) bad.push(`no no-break space after « in: ${s}`);
  for (const m of s.matchAll(/(.)»/gu)) if (m[1] !== NBSP) bad.push(`no no-break space before » in: ${s}`);
  if (/[“”]/u.test(s)) bad.push(`English quotation marks in: ${s}`);
  return bad;
}

function expectBilingual(fs: Finding[]): void {
  expect(fs.length).toBeGreaterThan(0);
  for (const f of fs) {
    expect(f.evidence?.length).toBeGreaterThan(0);
    for (const e of f.evidence!.map(renderBoth)) {
      expect(typeof e.en).toBe('string');
      expect(typeof e.fr).toBe('string');
      expect(e.en.length).toBeGreaterThan(0);
      expect(frenchTypographyFaults(e.fr)).toEqual([]);
    }
  }
}

const speakerText = `Secretary of State Antony Blinken spoke in Brussels on Wednesday.
“We will not force our allies to choose,” Blinken said.
“China is using coercion,” said Flashing at a press conference in Japan.
Blinken added that the alliance was strong. Blinken said the talks went well.`;

describe('evidence in both languages', () => {
  it('name translation: speaker slot, and the same form found elsewhere', () => {
    const other = 'The press conference ended when Flashing left the room after the questions.';
    const f = of(
      check([
        { text: speakerText, language: 'en' },
        { text: other, language: 'en' },
      ]),
      'name-translation',
    );
    expectBilingual(f);
    const [slot] = f[0]!.evidence!.map(renderBoth);
    expect(slot!.en).toBe(
      'speaker slot “said Flashing”; “flashing” is an ordinary English word never used as a name in the corpus; the document’s main person is Blinken',
    );
    expect(slot!.fr).toBe(
      `«${NBSP}said Flashing${NBSP}» est la place de l’auteur des propos${NBSP}; «${NBSP}flashing${NBSP}» est un mot anglais courant, jamais employé comme nom dans le corpus${NBSP}; la personne principale du document est Blinken`,
    );
    const elsewhere = f.find((x) => x.docId === 'd1')!;
    expect(elsewhere.evidence!.map((e) => renderMessage(e, 'fr'))).toContain('même forme erronée trouvée ailleurs dans le corpus');
    expect(elsewhere.safe).toBe(false);
  });

  it('name translation: glossary variant', () => {
    const glossary: Glossary = {
      entries: [
        {
          id: 'n',
          kind: 'name',
          doNotTranslate: true,
          terms: {
            '*': [
              { text: 'Blinken', status: 'preferred' },
              { text: 'Clignote', status: 'forbidden' },
            ],
          },
        },
      ],
    };
    const f = of(check({ text: 'La visite de Clignote à Pékin a duré trois jours.', language: 'fr' }, { glossary }), 'name-translation');
    expectBilingual(f);
    expect(f[0]!.evidence!.map(renderBoth)).toEqual([
      {
        en: 'glossary: “Clignote” is a wrong rendering of Blinken',
        fr: `glossaire${NBSP}: «${NBSP}Clignote${NBSP}» est une forme erronée du nom Blinken`,
      },
    ]);
  });

  it('name translation: the aligned sentence of a translation', () => {
    const en = `Defence Minister Peter Vogel visited the base on Friday.
Vogel said the army needed new tanks. Vogel added that the budget would grow.
The plan, according to Vogel, will cost billions.`;
    const fr = `Le ministre de la Défense Peter Vogel a visité la base vendredi.
Vogel a dit que l’armée avait besoin de nouveaux chars. Vogel a ajouté que le budget augmenterait.
Le plan coûtera des milliards, a expliqué hier le responsable Oiseau.`;
    const f = of(
      check(
        [
          { id: 'e', name: 'vogel.en.txt', text: en, language: 'en' },
          { id: 'f', name: 'vogel.fr.txt', text: fr, language: 'fr' },
        ],
        {
          partners: [{ a: 'e', b: 'f', kind: 'translation', beads: [{ src: [3], tgt: [3], confidence: 0.8 }] }],
        },
      ),
      'name-translation',
    );
    expectBilingual(f);
    expect(renderBoth(f[0]!.evidence![0]!)).toEqual({
      en: 'the aligned sentence in vogel.en.txt names Vogel',
      fr: 'la phrase alignée dans vogel.en.txt mentionne Vogel',
    });
  });

  it('terminology: a title bound to its person (with elision in French)', () => {
    const glossary: Glossary = {
      entries: [
        {
          id: 'secstate',
          kind: 'title',
          person: 'Antony Blinken',
          terms: {
            en: [
              { text: 'Secretary of State', status: 'preferred' },
              { text: 'State Secretary', status: 'forbidden' },
            ],
          },
        },
      ],
    };
    const f = of(check({ text: 'State Secretary Antony Blinken arrived.', language: 'en' }, { glossary, noSpell: true }), 'terminology');
    expectBilingual(f);
    expect(f[0]!.evidence!.map(renderBoth)).toEqual([
      { en: 'title of Antony Blinken (“Antony Blinken” next to it)', fr: `titre d’Antony Blinken («${NBSP}Antony Blinken${NBSP}» juste à côté)` },
    ]);
  });

  it('meaning: the other version’s words', () => {
    const a = {
      id: 'a',
      name: 'a.txt',
      language: 'en',
      text: 'Beijing is actively working to improve the rules of the international system and the values that we share, he said in Brussels on Wednesday.',
    };
    const b = {
      id: 'b',
      name: 'b.txt',
      language: 'en',
      text: 'They are actively working to undercut the rules of the international system and the values we and our allies share, Blinken said of China.',
    };
    const f = of(check([a, b], { noSpell: true, partners: [{ a: 'a', b: 'b', kind: 'version' }] }), 'meaning');
    expectBilingual(f);
    expect(f[0]!.evidence!.map(renderBoth)).toEqual([{ en: 'b.txt: “undercut”', fr: `b.txt${NBSP}: «${NBSP}undercut${NBSP}»` }]);
  });

  it('language: dictionary coverage with language names and French percentages', () => {
    const t = 'Blinken et Xi à Pékin\nDescriptive text here\n\nLe secrétaire d’État américain a lancé un message fort.';
    const f = of(check({ text: t, language: 'fr' }), 'language');
    expectBilingual(f);
    expect(renderBoth(f[0]!.evidence![0]!).en).toMatch(/^\d+ % of the words are English, \d+ % French$/u);
    expect(renderBoth(f[0]!.evidence![0]!).fr).toMatch(new RegExp(`^\\d+${NBSP}% des mots sont anglais, \\d+${NBSP}% français$`, 'u'));
  });

  it('recurring lines: the other documents, and how many more in each language', () => {
    const line = 'Read the full dossier on our site';
    const topics = [
      'football results',
      'weather in spring',
      'local elections',
      'new museum opening',
      'train timetables',
      'city budget vote',
      'harbour works',
      'school holidays',
    ];
    const docs = topics.map((x, i) => ({
      id: `r${i}`,
      name: `page-${i}.txt`,
      language: 'en',
      text: `An article about ${x} and nothing else at all.\n\n${line}`,
    }));
    const f = of(check(docs, { noSpell: true }), 'boilerplate').filter((x) => x.rule === 'boilerplate.recurring-line');
    expectBilingual(f);
    const ev = f[0]!.evidence!.map(renderBoth);
    expect(ev.slice(0, 5).every((e) => e.en === e.fr && /^page-\d\.txt$/u.test(e.en))).toBe(true);
    expect(ev[5]).toEqual({ en: '… and 2 more', fr: '… et 2 autres' });
  });
});

describe('storedEvidence (findings.json of older versions)', () => {
  it('reads English-only strings as the same words in both languages', () => {
    const ev = storedEvidence(['glossary: “Clignote” is a wrong rendering of Blinken']);
    expect(ev.map(renderBoth)).toEqual([
      { en: 'glossary: “Clignote” is a wrong rendering of Blinken', fr: 'glossary: “Clignote” is a wrong rendering of Blinken' },
    ]);
  });
  it('keeps bilingual lines and references, fills a missing French line with the English one, drops the rest', () => {
    const ev = storedEvidence([
      { en: 'a', fr: 'b' },
      { en: 'c' },
      3,
      null,
      { fr: 'x' },
      'd',
      { key: 'spelling.dictionary', params: { word: 'teh' } },
      { key: 'x', params: { bad: {} } },
    ]);
    expect(ev.map(renderBoth)).toEqual([
      { en: 'a', fr: 'b' },
      { en: 'c', fr: 'c' },
      { en: 'd', fr: 'd' },
      { en: 'Unknown word “teh”', fr: 'Mot inconnu «\u00a0teh\u00a0»' },
    ]);
    expect(storedEvidence(undefined)).toEqual([]);
    expect(storedEvidence('x')).toEqual([]);
  });
});
