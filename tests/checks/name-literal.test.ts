// Names of media and parties translated word by word (rules/name-literal.ts), the organisations
// KB (names/orgs.ts), and KB-free given names with a wrong accent (rules/known-names.ts).
// Invented sentences; the organisations named are entries of the shipped KB.
import { describe, expect, it } from 'vitest';
import { orgKey, orgsKB } from '../../shared/checks/names/kb.js';
import { check } from './helpers.js';

const literal = (text: string, language: string) =>
  check({ text, language }, { noSpell: true })
    .filter((f) => f.rule === 'name-translation.literal')
    .map((f) => [f.text, f.suggestions[0]]);

describe('organisations KB', () => {
  it('loads once, with literal renderings indexed by word key', () => {
    const kb = orgsKB();
    expect(kb).toBe(orgsKB());
    expect(kb.orgs.length).toBeGreaterThan(200);
    const spiegel = kb.orgs.find((o) => o.native === 'Spiegel' && o.kind === 'media');
    expect(spiegel?.country).toBe('DEU');
    expect(spiegel?.renderings.en?.[0]?.some((alt) => alt.join(' ') === 'mirror')).toBe(true);
    expect(kb.byKey.en.get('mirror')).toContain(spiegel);
    expect(kb.countryName.get('DEU')).toBe('Germany');
  });
  it('keys words without accents, case, plural or feminine ending', () => {
    expect(orgKey('Électeurs')).toBe(orgKey('électeur'));
    expect(orgKey('Libres')).toBe(orgKey('libre'));
    expect(orgKey('Mirrors')).toBe('mirror');
  });
});

describe('name-translation.literal', () => {
  it('finds a medium’s name rendered as a capitalised word after a media cue, in a document about its country', () => {
    expect(literal('The SPD chairman told the Star on Sunday that the coalition would hold.', 'en')).toEqual([['Star', 'Stern']]);
    expect(literal('Selon le Miroir, le chancelier allemand a refusé. Le SPD a protesté.', 'fr')).toEqual([['le Miroir', 'Der Spiegel']]);
  });
  it('finds a medium’s name after a source-language article left over, the article included', () => {
    expect(literal('The CDU politician spoke to der Star about the budget.', 'en')).toEqual([['der Star', 'Stern']]);
  });
  it('finds a medium named after the speaker, closing the clause (German word order)', () => {
    expect(literal('“We will not give in,” said Minister Hans Gruber Star. The CSU agreed.', 'en')).toEqual([['Star', 'Stern']]);
  });
  it('propagates a flagged rendering to its other uses in the corpus', () => {
    const f = literal('The SPD leader told the Star she would run. Later the Star reported more.', 'en');
    expect(f.map((x) => x[0])).toEqual(['Star', 'Star']);
  });
  it('weighs a rendering that is a medium’s name of the document’s language against, unless more evidence names the original', () => {
    // "The Mirror" is an English paper's name: the cue and the country are not enough…
    expect(literal('The SPD chairman told the Mirror on Sunday that the coalition would hold.', 'en')).toEqual([]);
    // …the native name in the document is.
    expect(literal('Spiegel had the story first; the SPD chairman later told the Mirror that it was true.', 'en')).toEqual([['Mirror', 'Spiegel']]);
  });
  it('leaves real names that are words alone: other media, longer names, no country, lower case', () => {
    // A Canadian paper, no German context.
    expect(literal('The mayor told the Star on Monday that the budget was balanced.', 'en')).toEqual([]);
    // Inside a longer capitalised name.
    expect(literal('The SPD leader told the Mirror Group board that it had to sell.', 'en')).toEqual([]);
    // Ordinary words.
    expect(literal('The SPD leader looked in the mirror and saw the star of the party.', 'en')).toEqual([]);
    // The native name written as such.
    expect(literal('The SPD leader told Der Spiegel on Sunday that the coalition would hold.', 'en')).toEqual([]);
  });
  it('finds a party’s name as lowercase words where that country’s parties are discussed, suggesting the native name', () => {
    expect(literal('Le SPD et la CDU ont perdu des voix, tandis que la ligue du nord progressait.', 'fr')).toEqual([]);
    expect(literal('La Lega et Forza Italia sont en tête ; la ligue nord a gagné dans les montagnes.', 'fr')).toEqual([]);
    expect(literal('Hier, la SPD et la CDU ont perdu des voix, tandis que les démocrates chrétiens bavarois gagnaient.', 'fr')).toEqual([]);
    expect(literal('Le SPD et les Verts ont perdu des voix, tandis que le parti démocratique libre a progressé.', 'fr')).toEqual([
      ['parti démocratique libre', 'Freie Demokratische Partei'],
    ]);
  });
  it('leaves a party’s capitalised usual name and lowercase words without that country’s parties alone', () => {
    expect(literal('Le SPD et les Verts ont perdu des voix, tandis que le Parti démocratique libre a progressé.', 'fr')).toEqual([]);
    expect(literal('Dans ce club, le parti démocratique libre de la jeunesse se réunit le mardi.', 'fr')).toEqual([]);
    // The usual English name in lower case is name-translation.known's finding, not this rule's.
    expect(literal('The SPD and the FDP lost votes, while the christian social union held its ground.', 'en')).toEqual([]);
  });
});

describe('name-translation.known: given name with a wrong accent', () => {
  const known = (text: string, language: string) =>
    check({ text, language }, { noSpell: true })
      .filter((f) => f.rule === 'name-translation.known')
      .map((f) => [f.text, f.suggestions[0]]);
  it('suggests the listed form for an accent its language does not write', () => {
    expect(known('Hier, Jesùs Ortega a présenté le budget.', 'fr')).toEqual([['Jesùs', 'Jesús']]);
  });
  it('leaves listed forms, unaccented usual spellings and accents of the name’s own languages alone', () => {
    expect(known('Hier, Jesús Ortega a parlé.', 'fr')).toEqual([]);
    expect(known('Hier, Jesus Ortega a parlé.', 'fr')).toEqual([]);
    expect(known('Yesterday Zoë Martin and Noël Dupont spoke.', 'en')).toEqual([]);
  });
});

describe('name-translation.slots: surnames that are grammar words', () => {
  it('gives no surname-word evidence for a surname that is a function word of the language', () => {
    const f = check({ text: 'Theresa May spoke first. The vote may fail, she said, and May left.', language: 'en' }, { noSpell: true }).filter(
      (x) => x.rule === 'name-translation.slots' && x.text.toLowerCase() === 'may',
    );
    expect(f).toEqual([]);
  });
});

describe('name-translation.literal: people whose surname is a word', () => {
  const people = (text: string, language: string) =>
    check({ text, language }, { noSpell: true })
      .filter((f) => f.rule === 'name-translation.literal')
      .map((f) => [f.text, f.suggestions[0]]);
  it('finds a listed person’s surname rendered as a word after the given name, suggesting the name', () => {
    expect(people('On Monday Hubertus Redemption said the reform would pass.', 'en')).toEqual([['Hubertus Redemption', 'Hubertus Heil']]);
  });
  it('finds the rendering after a title where the document also writes the real surname, suggesting it', () => {
    expect(people('Heil wants the reform. It will pass, Labour Minister Redemption told reporters.', 'en')).toEqual([['Redemption', 'Heil']]);
    // The slot alone is no evidence: a surname may be a word.
    expect(people('The reform will pass, Labour Minister Redemption told reporters.', 'en')).toEqual([]);
  });
  it('leaves renderings that are names themselves, and the words used as words, alone', () => {
    // "Charron" is a French surname: a real person, not a translated "Wagner".
    expect(people('Hier, André Charron a déclaré que la réforme passerait.', 'fr')).toEqual([]);
    expect(people('The minister spoke of redemption and of the well-being of workers.', 'en')).toEqual([]);
    // A surname of people in public life, or written after a given name in the corpus.
    expect(people('Heil spoke first. Later Prime Minister Darling said the budget was sound.', 'en')).toEqual([]);
  });
});

describe('name-translation.known: given name replaced by its French equivalent', () => {
  const known = (text: string, language: string) =>
    check({ text, language }, { noSpell: true })
      .filter((f) => f.rule === 'name-translation.known')
      .map((f) => [f.text, f.suggestions[0]]);
  it('suggests the listed given name when a French document writes its equivalent before the listed surname', () => {
    expect(known('Hier, Adolphe Beznoska a présenté son rapport.', 'fr')).toEqual([['Adolphe Beznoska', 'Adolf Beznoska']]);
  });
  it('leaves English documents and the listed form alone', () => {
    expect(known('Yesterday Adolphe Beznoska presented his report.', 'en')).toEqual([]);
    expect(known('Hier, Adolf Beznoska a présenté son rapport.', 'fr')).toEqual([]);
  });
});

describe('name-translation.slots: a title followed by a capitalised grammar word', () => {
  const slots = (text: string, language: string) =>
    check({ text, language }, { noSpell: true })
      .filter((f) => f.rule === 'name-translation.slots' && JSON.stringify(f.message).includes('title-word'))
      .map((f) => f.text);
  it('flags the grammar word where the surname stands', () => {
    expect(slots('The state budget is balanced, Prime Minister Although told the regional parliament.', 'en')).toEqual(['Although']);
  });
  it('leaves surnames that are grammar words, words after a title in a longer name, and sentence starts alone', () => {
    expect(slots('Theresa May resigned. Later Prime Minister May told the house she was proud.', 'en')).toEqual([]);
    expect(slots('He met the Minister For Trade on Monday.', 'en')).toEqual([]);
    expect(slots('He is the minister. Because of the strike the vote was delayed.', 'en')).toEqual([]);
  });
});

describe('name-translation.slots: a surname that is a word of the source language', () => {
  const surname = (text: string, language: string) =>
    check({ text, language }, { noSpell: true })
      .filter((f) => f.rule === 'name-translation.slots' && JSON.stringify(f.message).includes('surname-word'))
      .map((f) => [f.text, f.suggestions[0]]);
  it('finds the German surname’s English gloss where the person acts, capitalised or not', () => {
    expect(surname('In the morning, Markus Blume opened the debate. Later flower said the plan was sound.', 'en')).toEqual([['flower', 'Blume']]);
    expect(surname('In the morning, Markus Blume opened the debate. The plan is sound, Minister Flower told the chamber.', 'en')).toEqual([
      ['Flower', 'Blume'],
    ]);
  });
  it('finds the Spanish surname’s French gloss as the subject of a verb', () => {
    expect(surname('Lundi, Pablo Casado a ouvert le débat. Ensuite, le marié a déclaré que le plan tenait.', 'fr')).toEqual([['le marié', 'Casado']]);
  });
  it('leaves the surname as a name, the word elsewhere, and English surnames that are words alone', () => {
    expect(surname('In the morning, Markus Blume opened the debate. Blume said the plan was sound.', 'en')).toEqual([]);
    expect(surname('In the morning, Markus Blume opened the debate in a room full of flowers.', 'en')).toEqual([]);
    expect(surname('In the morning, Gordon Brown opened the debate. Later Minister Brown said the plan was sound.', 'en')).toEqual([]);
  });
});

describe('name-translation.literal: compound names', () => {
  it('finds a German compound name rendered part by part', () => {
    const f = check({ text: 'The SPD chairman told the Hamburg Evening Sheet on Sunday that the coalition would hold.', language: 'en' }, { noSpell: true })
      .filter((x) => x.rule === 'name-translation.literal')
      .map((x) => [x.text, x.suggestions[0]]);
    expect(f).toEqual([['Hamburg Evening Sheet', 'Hamburger Abendblatt']]);
    // A real English paper's name weighs against: the UK's Daily Mirror is not the Tagesspiegel.
    const g = check({ text: 'The SPD chairman told the Daily Mirror on Sunday that the coalition would hold.', language: 'en' }, { noSpell: true }).filter(
      (x) => x.rule === 'name-translation.literal',
    );
    expect(g).toEqual([]);
  });
});

describe('name-translation.literal: English citations of English names', () => {
  it('weighs "X magazine" against: the way a name of the document’s language is cited', () => {
    const f = check({ text: 'The SPD leader told Time magazine that the coalition would hold.', language: 'en' }, { noSpell: true }).filter(
      (x) => x.rule === 'name-translation.literal',
    );
    expect(f).toEqual([]);
  });
});

describe('name-translation.slots: a given name before a title noun', () => {
  it('leaves "German minister" alone (an adjective of nationality that is also a given name)', () => {
    const f = check({ text: 'In an interview, the German minister defended the budget.', language: 'en' }, { noSpell: true }).filter(
      (x) => x.rule === 'name-translation.slots',
    );
    expect(f).toEqual([]);
  });
});

describe('name-translation.slots: a surname that is a grammar word of the source language', () => {
  const slots = (text: string) =>
    check({ text, language: 'en' }, { noSpell: true })
      .filter((f) => f.rule === 'name-translation.slots')
      .map((f) => [f.text, f.suggestions[0]]);
  it('suggests the surname for its capitalised gloss after a title, once', () => {
    expect(slots('In the morning, Stephan Weil opened the session. The budget holds, Prime Minister Because told the parliament.')).toEqual([
      ['Because', 'Weil'],
    ]);
  });
  it('leaves the lowercase grammar word alone', () => {
    expect(slots('In the morning, Stephan Weil opened the session. He said because the budget holds, taxes stay.')).toEqual([]);
  });
});
