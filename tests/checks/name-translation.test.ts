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
    const f = of(check([{ text: en, language: 'en' }, { text: other, language: 'en' }]), 'name-translation');
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
    const glossary = { entries: [{ id: 'n', kind: 'name' as const, doNotTranslate: true, terms: { '*': [{ text: 'Blinken', status: 'preferred' as const }, { text: 'Clignote', status: 'forbidden' as const }] } }] };
    const f = of(check({ text: 'La visite de Clignote à Pékin a duré trois jours.', language: 'fr' }, { glossary }), 'name-translation');
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([['Clignote', 'Blinken']]);
  });
});
