import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.js';

const en = `Secretary of State Antony Blinken spoke in Brussels on Wednesday.
“We will not force our allies to choose,” Blinken said.
“China is using coercion,” said Flashing at a press conference in Japan.
Blinken added that the alliance was strong. Blinken said the talks went well.`;

describe('name-translation', () => {
  it('flags an ordinary word in a speaker slot and suggests the main person', () => {
    const f = of(check({ text: en, language: 'en' }), 'name-translation');
    expect(f.map((x) => x.text)).toEqual(['Flashing']);
    expect(f[0]!.suggestions).toEqual(['Blinken']);
    expect(f[0]!.severity).toBe('error');
  });

  it('works in French with the subject slot at the start of a sentence', () => {
    const fr = `Le secrétaire d’État Antony Blinken a rencontré Xi Jinping à Pékin. Clignote a déclaré que la Chine devait cesser.
Blinken a indiqué que le soutien chinois était un problème. Blinken a souligné les risques.`;
    const f = of(check({ text: fr, language: 'fr' }), 'name-translation');
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([['Clignote', 'Blinken']]);
  });

  it('propagates the same wrong form to other documents of the corpus', () => {
    const other = 'The press conference ended when Flashing left the room after the questions.';
    const f = of(
      check([
        { text: en, language: 'en' },
        { text: other, language: 'en' },
      ]),
      'name-translation',
    );
    expect(f.filter((x) => x.docId === 'd1').map((x) => x.text)).toEqual(['Flashing']);
  });

  it('does not flag real names that are also words when the corpus uses them as names', () => {
    const t = `President George Bush met Condoleezza Rice and Andrew Young in Washington.
“We are ready,” Bush said. “The talks were useful,” said Rice. Young said the deal was close. Bush said he agreed.`;
    expect(of(check({ text: t, language: 'en' }), 'name-translation')).toEqual([]);
  });

  it('does not flag sentence-initial ordinary words or determiner phrases', () => {
    const t = `Antony Blinken arrived in Paris. Blinken said the visit mattered.
Officials said the meeting was long. The Pentagon said nothing. Critics said it was late. Blinken added more.`;
    expect(of(check({ text: t, language: 'en' }), 'name-translation')).toEqual([]);
  });

  it('uses glossary variants as evidence', () => {
    const glossary = {
      entries: [
        {
          id: 'n',
          kind: 'name' as const,
          doNotTranslate: true,
          terms: {
            '*': [
              { text: 'Blinken', status: 'preferred' as const },
              { text: 'Clignote', status: 'forbidden' as const },
            ],
          },
        },
      ],
    };
    const f = of(check({ text: 'La visite de Clignote à Pékin a duré trois jours.', language: 'fr' }, { glossary }), 'name-translation');
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([['Clignote', 'Blinken']]);
  });
});

// Multi-word names and titles, weak alignment beads: made-up articles, not the sample corpus.
describe('name-translation: titles, organisations and partner beads', () => {
  const enBase = `Secretary of State Antony Blinken arrived in Vienna on Monday.
Blinken said the talks would be hard. Blinken added that Europe stood united.`;

  it('does not take words of a multi-word title or organisation for a mistranslated name', () => {
    const t = `${enBase}
“The sanctions stay,” said National Security Advisor Jake Sullivan on Tuesday.
The summit was postponed, according to White House officials.
The embassy will reopen, said State Department spokesman Ned Price. Blinken said he agreed.
“China wants dialogue,” said Foreign Minister Wang Yi. Prime Minister Harold Finch said nothing.`;
    expect(of(check({ text: t, language: 'en' }), 'name-translation')).toEqual([]);
  });

  it('ignores a weak partner bead and a capitalised word followed by more capitalised words', () => {
    const en = `${enBase}
On Tuesday, National Security Advisor Jake Sullivan told reporters the plan was ready.`;
    const fr = `Le secrétaire d’État Antony Blinken est arrivé à Vienne lundi, avant le président Joe Biden.
Blinken a dit que les discussions seraient difficiles. Blinken a ajouté que l’Europe restait unie.
Le plan était prêt, a dit Biden mardi.`;
    const beads = (confidence: number) => [
      { src: [0], tgt: [0], confidence: 0.9 },
      { src: [1], tgt: [1], confidence: 0.9 },
      { src: [2], tgt: [2], confidence: 0.9 },
      { src: [3], tgt: [3], confidence },
    ];
    for (const confidence of [0.2, 0.9]) {
      const f = check(
        [
          { id: 'e', text: en, language: 'en' },
          { id: 'f', text: fr, language: 'fr' },
        ],
        { partners: [{ a: 'e', b: 'f', kind: 'translation', beads: beads(confidence) }] },
      );
      expect(of(f, 'name-translation').map((x) => x.text)).toEqual([]);
    }
  });

  it('uses only confident beads as partner evidence', () => {
    // The aligned English sentence names Vogel (German "bird"); the French one has "Oiseau".
    const en = `Defence Minister Peter Vogel visited the base on Friday.
Vogel said the army needed new tanks. Vogel added that the budget would grow.
The plan, according to Vogel, will cost billions.`;
    const fr = `Le ministre de la Défense Peter Vogel a visité la base vendredi.
Vogel a dit que l’armée avait besoin de nouveaux chars. Vogel a ajouté que le budget augmenterait.
Le plan coûtera des milliards, a expliqué hier le responsable Oiseau.`;
    const run = (confidence: number) =>
      of(
        check(
          [
            { id: 'e', text: en, language: 'en' },
            { id: 'f', text: fr, language: 'fr' },
          ],
          {
            partners: [{ a: 'e', b: 'f', kind: 'translation', beads: [{ src: [3], tgt: [3], confidence }] }],
          },
        ),
        'name-translation',
      ).map((x) => [x.text, x.suggestions[0]]);
    expect(run(0.3)).toEqual([]);
    expect(run(0.8)).toEqual([['Oiseau', 'Vogel']]);
  });

  it('flags a French surname rendered as a common word ("Marteau a déclaré" for Hammer)', () => {
    const fr = `Le ministre britannique de la Défense, Peter Hammer, s’est rendu à Varsovie mardi.
Hammer a souligné que l’alliance restait solide. Hammer a ajouté que les livraisons continueraient.
Marteau a déclaré que la Pologne recevrait des chars avant l’hiver.`;
    const f = of(check({ text: fr, language: 'fr' }), 'name-translation');
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([['Marteau', 'Hammer']]);
  });

  it('flags an English surname rendered as a common word, not one after a title run', () => {
    // Blum (German "flower") rendered "Flower"; "Economy Minister Lena Blum" is a title run.
    const en = `German Economy Minister Lena Blum met investors in Boston.
Blum said the subsidies would continue. Blum added that energy prices were falling.
“We will not slow down,” said Flower at the end of the meeting.`;
    const f = of(check({ text: en, language: 'en' }), 'name-translation');
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([['Flower', 'Blum']]);
  });

  it('keeps a real surname that is also a word when it is used with a first name elsewhere', () => {
    const en = `Economy Minister Lena Klein and former Treasury official James Baker met on Sunday.
Klein said the subsidies would continue. Klein added that energy prices were falling. Klein said more.
“This will not work,” said Baker in an interview.`;
    expect(of(check({ text: en, language: 'en' }), 'name-translation')).toEqual([]);
  });
});
