// Detectors for real MT news: each with positives and tricky negatives, on invented sentences.
import { describe, expect, it } from 'vitest';
import { check, of, spell, testTools } from './helpers.js';
import { runChecks } from '../../shared/checks/engine.js';
import { detectLanguage } from '../../shared/lang/index.js';
import type { Finding } from '../../shared/checks/types.js';

const body = 'The talks went on for several hours and ended without any agreement between the two delegations.';
const corps = 'Les discussions ont duré plusieurs heures et se sont achevées sans accord entre les deux délégations.';
const by = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);
const spans = (fs: Finding[], rule: string) => by(fs, rule).map((f) => f.text);

describe('name-translation.slots', () => {
  it('flags a given name followed by a common word where the surname should be, and names the person when the document does', () => {
    const fs = check({ language: 'fr', text: `Le député Sven Halvorsen a été réélu. ${corps}\n\nAu congrès, le candidat Sven sourit aux militants.` });
    const f = by(fs, 'name-translation.slots');
    expect(f.map((x) => x.text)).toEqual(['Sven sourit']);
    expect(f[0]!.suggestions).toEqual(['Sven Halvorsen']);
    expect(f[0]!.safe).toBe(false);
  });
  it('leaves given names with surnames, after titles, in lists, at sentence starts, and surnames that are given names', () => {
    const fs = check({
      language: 'fr',
      text: `Le ministre Sven Halvorsen parle. ${corps}\n\nIl remercie Sven et sa femme. Sven parle ensuite.\n\nJohn Kerry arrive ; selon lui, Kerry reste prudent et pour Kerry rien ne presse.`,
    });
    expect(spans(fs, 'name-translation.slots')).toEqual([]);
  });
  it('leaves a given-name form used alone again and again (a place or a metonym)', () => {
    const t = `Talks between Adelaide and Ottawa resumed. ${body} Officials said that Adelaide wants a deal, and in the end Adelaide accepted.`;
    expect(spans(check({ language: 'en', text: t }), 'name-translation.slots')).toEqual([]);
  });
  it('flags a source-language article before a translated name, not a name left as is', () => {
    expect(spans(check({ language: 'en', text: `“We will not give in,” the minister told der Mirror on Sunday. ${body}` }), 'name-translation.slots')).toEqual([
      'der Mirror',
    ]);
    expect(
      spans(check({ language: 'en', text: `“We will not give in,” the minister told Der Spiegel and Die Zeit on Sunday. ${body}` }), 'name-translation.slots'),
    ).toEqual([]);
  });
  it('flags an ordinary capitalised word in the medium slot after a quoted speaker', () => {
    const t = `Mayor Ingrid Jensen spoke first. ${body}\n\n“We are ready,” said Mayor Jensen Mirror. ${body}`;
    expect(spans(check({ language: 'en', text: t }), 'name-translation.slots')).toEqual(['Mirror']);
    const ok = `Mayor Ingrid Jensen spoke first. ${body}\n\n“We are ready,” said Mayor Jensen Tuesday. “We are ready,” said Jensen, smiling.`;
    expect(spans(check({ language: 'en', text: ok }), 'name-translation.slots')).toEqual([]);
  });
});

describe('terminology.office-title', () => {
  it('binds the title to the office: regional heads of German Länder are Minister-Presidents', () => {
    const fs = check({ language: 'en', text: `The Bavarian Prime Minister met Saxony’s Prime Minister in the capital. ${body}` });
    expect(by(fs, 'terminology.office-title').map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Bavarian Prime Minister', 'Bavarian Minister-President'],
      ['Saxony’s Prime Minister', 'Saxony’s Minister-President'],
    ]);
    const fr = check({ language: 'fr', text: `Le Premier ministre de Basse-Saxe et le Premier ministre bavarois se sont rencontrés. ${corps}` });
    expect(spans(fr, 'terminology.office-title')).toEqual(['Premier ministre de Basse-Saxe', 'Premier ministre bavarois']);
  });
  it('leaves national prime ministers alone', () => {
    expect(
      spans(check({ language: 'en', text: `The British Prime Minister and the Prime Minister of Canada met. ${body}` }), 'terminology.office-title'),
    ).toEqual([]);
    expect(
      spans(check({ language: 'fr', text: `Le Premier ministre de France et le Premier ministre belge se sont parlé. ${corps}` }), 'terminology.office-title'),
    ).toEqual([]);
  });
});

describe('spacing.glued-boundary', () => {
  it('finds words glued at a former link boundary', () => {
    const t = `Anna Harlow left early. ${body}\n\nWorld.Harlow meets the press. The anger ofAnna Harlow grew, and Harlowsaid nothing. Harlow stayed.`;
    expect(spans(check({ language: 'en', text: t }), 'spacing.glued-boundary')).toEqual(['World.Harlow', 'ofAnna', 'Harlowsaid']);
  });
  it('leaves URLs, domains, abbreviations and initials', () => {
    const t = `See www.example.org/News.Today and St.Petersburg and J.Smith. ${body} Mail news@site.Com today.`;
    expect(spans(check({ language: 'en', text: t }), 'spacing.glued-boundary')).toEqual([]);
  });
});

describe('fragment.broken-line', () => {
  it('finds a line ending on an article, stray punctuation and a lowercase word after a full stop', () => {
    const t = `He said that before the\n\nsummit the talks stopped. ${body}\n\nThe vote is set for 3 May. , 2025 at the latest. They met under the roof. of the old building.`;
    expect(spans(check({ language: 'en', text: t }), 'fragment.broken-line')).toEqual(['the\n\nsummit', '. ,', 'roof. of']);
  });
  it('leaves abbreviations and lines that end as sentences', () => {
    const t = `They bought apples, pears etc. and went home at 5 p.m. on Friday.\n\n${body}\n\nThe deal was signed.\n\nIt holds.`;
    expect(spans(check({ language: 'en', text: t }), 'fragment.broken-line')).toEqual([]);
  });
});

describe('language.foreign-words', () => {
  it('finds words of the other language inside a sentence', () => {
    expect(spans(check({ language: 'fr', text: `La coalition était essentially un gouvernement de transition. ${corps}` }), 'language.foreign-words')).toEqual([
      'essentially',
    ]);
  });
  it('finds a capitalised word of the other language inside a sentence, not a name', () => {
    expect(spans(check({ language: 'fr', text: `Il a dit que « Sorrow » est un mot qu’il n’emploie pas. ${corps}` }), 'language.foreign-words')).toEqual([
      'Sorrow',
    ]);
    const names = `Le ministre Gordon Baker est arrivé. Selon Baker, la réunion a été utile et Fisher a approuvé. ${corps}`;
    expect(spans(check({ language: 'fr', text: names }), 'language.foreign-words')).toEqual([]);
  });
  it('accepts British spellings, ligature-less French and loanwords the corpus uses', () => {
    expect(
      spans(check({ language: 'en', text: `The programme will modernise the harbour and revitalise the centre. ${body}` }), 'language.foreign-words'),
    ).toEqual([]);
    expect(spans(check({ language: 'fr', text: `Il a le coeur sur la main et met son oeuvre en avant. ${corps}` }), 'language.foreign-words')).toEqual([]);
  });
});

describe('boilerplate.scraper', () => {
  it('removes machine tokens safely and flags image file names, page chrome and breadcrumbs for review', () => {
    const t = `Home page economy\n\n[ad_2]\n\n${body} [19650001]The XNUMX delegates left.\n\nSummit in the capital (cropped).jpg\n\nJump to navigation\n\n${body}\n\nYou might also like:`;
    const fs = by(check({ language: 'en', text: t }), 'boilerplate.scraper');
    expect(fs.map((f) => [f.text, f.safe])).toEqual([
      ['Home page economy', false],
      ['[ad_2]', true],
      ['[19650001]', true],
      ['XNUMX', true],
      ['Summit in the capital (cropped).jpg', false],
      ['Jump to navigation', false],
      ['You might also like:', false],
    ]);
  });
  it('flags a picture-site credit with a user name, not a dateline', () => {
    expect(spans(check({ language: 'en', text: `${body}\n\nmountainlover_88 / Picsite\n\n${body}` }), 'boilerplate.scraper')).toEqual([
      'mountainlover_88 / Picsite',
    ]);
    expect(spans(check({ language: 'en', text: `Paris / Berlin\n\n${body}` }), 'boilerplate.scraper')).toEqual([]);
  });
  it('leaves citations, a headline starting with Home, and file names inside prose', () => {
    const t = `Home Secretary resigns over leak.\n\n${body} [1] The report was filed as report.pdf and later published with many other documents on a site.`;
    expect(spans(check({ language: 'en', text: t }), 'boilerplate.scraper')).toEqual([]);
  });
});

describe('repetition.coordinated', () => {
  it('finds the same noun phrase on both sides of and/et, not idioms', () => {
    expect(spans(check({ language: 'fr', text: `Ils ont reçu des outils et des outils pour reconstruire. ${corps}` }), 'repetition.coordinated')).toEqual([
      'des outils et des outils',
    ]);
    expect(spans(check({ language: 'fr', text: `Il a répété encore et encore la même chose. ${corps}` }), 'repetition.coordinated')).toEqual([]);
    expect(spans(check({ language: 'en', text: `Prices rose more and more, again and again. ${body}` }), 'repetition.coordinated')).toEqual([]);
  });
});

describe('quotes.marks', () => {
  it('finds the German opening mark, detached closing marks and a closing double prime', () => {
    const t = `He said „we will win“ and left. “It was a victory. ”\n\n${body}`;
    expect(spans(check({ language: 'en', text: t }), 'quotes.marks')).toEqual(['„', 'y. ”']);
    expect(spans(check({ language: 'fr', text: `« Nous tiendrons jusqu’à la fin″, a déclaré le président. ${corps}` }), 'quotes.marks')).toEqual(['″']);
  });
  it('leaves well-formed quotations and inch marks alone', () => {
    expect(spans(check({ language: 'en', text: `“It was a success,” he said. A 27″ screen costs more. “Next,” she added. ${body}` }), 'quotes.marks')).toEqual(
      [],
    );
  });
});

describe('repetition.near-phrase', () => {
  it('finds a clause restarted within a few words', () => {
    const t = `Il faut savoir ce que le pays est prêt à faire que le pays est prêt à accepter. ${corps}`;
    expect(spans(check({ language: 'fr', text: t }), 'repetition.near-phrase')).toEqual(['que le pays est prêt à faire que le pays est prêt à']);
  });
  it('leaves parallel phrases across sentences and short repeats', () => {
    const t = `The right to vote and the right to work matter. The price of oil rose. The price of oil fell. ${body}`;
    expect(spans(check({ language: 'en', text: t }), 'repetition.near-phrase')).toEqual([]);
  });
});

describe('excerpts cut off by the collector', () => {
  it('leave the cut-off last word and an open quotation in the last paragraph alone', () => {
    const cut = `${body}\n\nThe minister said the partners want to “win new contracts and the talks ended withou`;
    const fs = check({ language: 'en', text: cut });
    expect(fs.filter((f) => f.rule === 'spelling.dictionary').map((f) => f.text)).toEqual([]);
    expect(fs.filter((f) => f.rule === 'quotes.balance').map((f) => f.text)).toEqual([]);
  });
  it('still judge the same text when it ends as a sentence', () => {
    const whole = `${body}\n\nThe minister said the partners want to “win new contracts and the talks ended withou.`;
    const fs = check({ language: 'en', text: whole });
    expect(fs.filter((f) => f.rule === 'spelling.dictionary').map((f) => f.text)).toEqual(['withou']);
    expect(fs.filter((f) => f.rule === 'quotes.balance').length).toBe(1);
  });
});

describe('spelling.name-accents', () => {
  it('flags a name written without the accents the document gives it elsewhere', () => {
    const t = `Le ministre Jürgen Schäfer est arrivé à Bogotá. ${corps}\n\nSelon Jurgen Schafer, la réunion de Bogota a été utile.`;
    expect(by(check({ language: 'fr', text: t }), 'spelling.name-accents').map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Jurgen', 'Jürgen'],
      ['Schafer', 'Schäfer'],
      ['Bogota', 'Bogotá'],
    ]);
  });
  it('leaves a name spelt one way in a document, even when another document accents it', () => {
    const a = { language: 'en', text: `President Muller met the press. ${body}` };
    const b = { language: 'en', text: `President Müller met the press. ${body}` };
    expect(spans(check([a, b]), 'spelling.name-accents')).toEqual([]);
  });
});

describe('language.foreign-segment on short lines', () => {
  it('finds a short line left in the source language when the dictionary knows none of its words', () => {
    const t = `${body}\n\nRedaktionell geprüft und freigegeben.\n\n${body}`;
    const f = runChecks({
      docs: [{ id: 'd', name: 'd', language: 'en', text: t }],
      spell: spell(),
      tools: { ...testTools, detectLanguage: (x, o) => detectLanguage(x, o) },
    }).filter((x) => x.rule === 'language.foreign-segment');
    expect(f.map((x) => x.text)).toEqual(['Redaktionell geprüft und freigegeben.']);
  });
});

describe('repetition.doubled-word before an elided article', () => {
  it('finds a determiner before l’, not pronouns before other words', () => {
    const f = check({ language: 'fr', text: `Il travaille dans le l’administration depuis des années. Il le lui a dit et la lui a rendue. ${corps}` });
    expect(spans(f, 'repetition.doubled-word')).toEqual(['le l’administration']);
  });
});

describe('categories', () => {
  it('reports under the product categories', () => {
    const fs = check({ language: 'en', text: `The Bavarian Prime Minister spoke. [ad_2] ${body}` });
    expect(of(fs, 'terminology').length).toBeGreaterThan(0);
    expect(of(fs, 'boilerplate').length).toBeGreaterThan(0);
  });
});
