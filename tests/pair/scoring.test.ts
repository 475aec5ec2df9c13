import { describe, expect, it } from 'vitest';
import { scorePairs } from '../../shared/pair/index.js';
import { extractNumbers } from '../../shared/pair/numbers.js';

describe('number and date normalisation', () => {
  const dates = (s: string): string[] => extractNumbers(s).dates;
  const numbers = (s: string): string[] => extractNumbers(s).numbers;

  it('writes one date the same way in both languages and formats', () => {
    for (const s of ['24 March 2021', 'March 24, 2021', 'le 24 mars 2021', '24.03.2021', '2021-03-24', 'on 24th March 2021']) {
      expect(dates(s)).toEqual(['--03-24']);
      expect(numbers(s)).toEqual(['2021']);
    }
    expect(dates('1er avril 2024')).toEqual(['--04-01']);
    expect(dates('in March 2021')).toEqual(['2021-03']);
  });

  it('matches day-month without a year, and ranges', () => {
    expect(dates('on Wednesday (24 March)')).toEqual(['--03-24']);
    expect(dates('from April 24 to 26')).toEqual(['--04-24', '--04-26']);
    expect(dates('du 24 au 26 avril')).toEqual(['--04-24', '--04-26']);
    expect(extractNumbers('in November').calendar).toEqual(extractNumbers('en novembre').calendar);
    expect(extractNumbers('Wednesday').calendar).toEqual(extractNumbers('mercredi').calendar);
  });

  it('normalises thousands separators and decimal commas', () => {
    expect(numbers('1,000 / 1 000 / 1\u00A0000 / 1.000 / 1000')).toEqual(['1000', '1000', '1000', '1000', '1000']);
    expect(numbers('3.5 and 3,5')).toEqual(['3.5', '3.5']);
    expect(numbers('1,000,000.50 and 1 000 000,5')).toEqual(['1000000.5', '1000000.5']);
    expect(numbers('5.7% of 1.34 billion')).toEqual(['5.7', '1.34']);
  });

  it('keeps separate numbers apart and ignores tiny ones and codes', () => {
    expect(numbers('40, 50 or 60%')).toEqual(['40', '50', '60']);
    expect(numbers('in 2019 100 people')).toEqual(['2019', '100']);
    expect(numbers('2 or 3 times on the A18')).toEqual([]);
  });
});

describe('scorePairs', () => {
  const en =
    'On 24 March 2021, Foreign Minister Maria Kowalczyk met Pedro Alvarenga in Lisbon to sign a fishing agreement worth 1,500,000 euros. Kowalczyk said the deal would protect 3,200 jobs in Gdańsk and Porto.';
  const fr =
    'Le 24 mars 2021, la ministre des Affaires étrangères Maria Kowalczyk a rencontré Pedro Alvarenga à Lisbonne pour signer un accord de pêche de 1 500 000 euros. Selon Kowalczyk, l’accord protège 3 200 emplois à Gdansk et Porto.';
  const unrelatedFr =
    'La chorale municipale de Quimper prépare son concert de printemps : Bach, Fauré et des chants bretons, sous la direction de Jeanne Le Goff, dans la cathédrale Saint-Corentin.';
  const enVersion =
    'Foreign Minister Maria Kowalczyk met Pedro Alvarenga in Lisbon on 24 March 2021 and signed a fishing agreement worth 1.5 million euros, which Kowalczyk said would protect 3,200 jobs in Gdańsk and Porto.';

  it('classifies kinds by language', () => {
    const pairs = scorePairs([
      { id: 'en', language: 'en', text: en },
      { id: 'fr', language: 'fr-FR', text: fr },
      { id: 'en2', language: 'en-GB', text: enVersion },
    ]);
    const kind = (a: string, b: string) => pairs.find((p) => p.a === a && p.b === b)?.kind;
    expect(kind('en', 'fr')).toBe('translation');
    expect(kind('en2', 'fr')).toBe('translation');
    expect(kind('en', 'en2')).toBe('version');
  });

  it('a translation scores high, an unrelated document low', () => {
    const pairs = scorePairs([
      { id: 'a', language: 'en', text: en },
      { id: 'b', language: 'fr', text: fr },
      { id: 'c', language: 'fr', text: unrelatedFr },
    ]);
    const score = (a: string, b: string) => pairs.find((p) => p.a === a && p.b === b)?.score ?? NaN;
    expect(score('a', 'b')).toBeGreaterThan(0.7);
    expect(score('a', 'c')).toBeLessThan(0.1);
    expect(score('b', 'c')).toBeLessThan(0.1);
    const ab = pairs.find((p) => p.a === 'a' && p.b === 'b')!;
    expect(ab.evidence.numbers).toEqual(expect.arrayContaining(['--03-24', '2021', '1500000', '3200']));
    expect(ab.evidence.names).toEqual(expect.arrayContaining(['kowalczyk', 'alvarenga', 'gdansk']));
  });

  it('identical texts score close to 1; documents sharing nothing score 0', () => {
    const pairs = scorePairs([
      { id: 'a', language: 'en', text: en },
      { id: 'b', language: 'en', text: en },
      { id: 'c', language: 'en', text: 'Nothing here matches.' },
    ]);
    expect(pairs[0]).toMatchObject({ a: 'a', b: 'b', kind: 'version' });
    expect(pairs[0]!.score).toBeGreaterThan(0.95);
    expect(pairs.find((p) => p.b === 'c')?.score).toBe(0);
  });

  it('glossary concepts link documents that name things differently', () => {
    const a = { id: 'a', language: 'en', text: 'The Atlantic alliance met to discuss the budget of the organisation and the summit.' };
    const b = { id: 'b', language: 'fr', text: 'L’Alliance atlantique s’est réunie pour discuter du budget de l’organisation et du sommet.' };
    const plain = scorePairs([a, b])[0]!.score;
    const withGlossary = scorePairs([a, b], {
      glossary: [{ terms: ['summit', 'sommet'] }, { terms: ['budget'] }, { terms: ['Atlantic alliance', 'Alliance atlantique'] }],
    })[0]!.score;
    expect(withGlossary).toBeGreaterThan(plain);
  });

  it('minScore drops weak pairs', () => {
    const docs = [
      { id: 'a', language: 'en', text: en },
      { id: 'b', language: 'fr', text: fr },
      { id: 'c', language: 'fr', text: unrelatedFr },
    ];
    expect(scorePairs(docs)).toHaveLength(3);
    expect(scorePairs(docs, { minScore: 0.5 }).map((p) => `${p.a}-${p.b}`)).toEqual(['a-b']);
  });

  it('handles empty input', () => {
    expect(scorePairs([])).toEqual([]);
    expect(scorePairs([{ id: 'x', language: 'en', text: '' }])).toEqual([]);
    expect(
      scorePairs([
        { id: 'x', language: 'en', text: '' },
        { id: 'y', language: 'fr', text: '' },
      ])[0]?.score,
    ).toBe(0);
  });
});
