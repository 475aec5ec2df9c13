import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.js';

const q = (text: string, language = 'en') => of(check({ text, language }, { noSpell: true }), 'quotes');

describe('quotes', () => {
  it('finds the inverted closing quote “said X pattern', () => {
    const f = q('“The United States will not force our allies, “Blinken said during a speech.');
    expect(f).toHaveLength(1);
    expect(f[0]!.suggestions).toEqual([',” Blinken']);
  });

  it('finds a quote pair turned inside out and a dangling opening quote at the end', () => {
    expect(q('“Targets are subjected to torture and” political re-education “, the department wrote.').map((x) => x.text)).toEqual(['re-education “']);
    expect(q('He said “no single figure captures our security. “').length).toBe(1);
  });

  it('finds a closing quote with no opening quote', () => {
    expect(q('We set out to defend our interests.”').map((x) => x.text)).toEqual(['interests.”']);
  });

  it('flags French guillemets in English text', () => {
    expect(q('the greatest threat since the end of the War. cold ».').length).toBe(1);
  });

  it('accepts correct and nested quotes, and quotes continued over paragraphs', () => {
    expect(q('“We said ‘no’ to that,” she said. “And we meant it.”\n\n“First part of a long quote.\n\n“Second part,” he said.')).toEqual([]);
    expect(q('Il a dit « non » puis « oui, bien sûr ».', 'fr')).toEqual([]);
  });

  it('accepts a quotation that closes in the next paragraph without reopening, but not one never closed', () => {
    expect(
      q('He said: “The first part runs on.\n\nThe second part ends here,” he added.').filter((x) => x.rule === 'quotes.balance' && /“The/u.test(x.text)),
    ).toEqual([]);
    expect(q('He said: “The first part runs on.\n\nThe second part has no end.').length).toBe(1);
    expect(q('Il a dit : « le début continue.\n\nLa fin est là », a-t-il ajouté.', 'fr').filter((x) => x.text.startsWith('«'))).toEqual([]);
  });

  it('flags unbalanced guillemets in French', () => {
    expect(q('Il a dit « non et il est parti.', 'fr').length).toBe(1);
  });

  it('pairs straight quotes in order: a closing one pushed onto the next word', () => {
    const f = q('"The plan cannot be saved in time, "adds another official from the region.');
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([['time, "adds', 'time," adds']]);
    // Correct straight quotes, inch marks and odd counts are left alone.
    expect(q('"It works," he said. "Then we go."')).toEqual([]);
    expect(q('She bought a 27" screen and called it "fine" to everyone.')).toEqual([]);
    expect(q('He said "the rest, and left.')).toEqual([]);
  });

  it('finds a guillemet quotation closed by a straight quote (French)', () => {
    const f = q('Il a dit «c’est ce qui le fâche ", a déclaré le ministre.', 'fr');
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([['fâche "', 'fâche\u00a0»']]);
  });

  it('puts a second « inside an open quotation where it stands, and accepts nesting', () => {
    const f = q('Il a dit : « Nous voulons la paix. « Le dialogue reste ouvert », a-t-il ajouté.', 'fr');
    expect(f.map((x) => x.text)).toEqual(['paix. « Le']);
    expect(q('Il a dit « le mot « paix » est usé » hier.', 'fr')).toEqual([]);
  });

  it('flags two closing guillemets for one opening one, from the first to the second', () => {
    const f = q('« La réunion sur la démocratie », prévue lundi, a été reportée », a dit l’organisation.', 'fr');
    expect(f).toHaveLength(1);
    expect(f[0]!.text).toBe('démocratie », prévue lundi, a été reportée »');
  });

  it('finds an opening guillemet standing where the closing one belongs', () => {
    const f = q('« Nous gagnerons dans les prochaines années « , a-t-il ajouté.', 'fr');
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([['années «', 'années\u00a0»']]);
  });

  it('suggests closing a quotation never closed at the end of its paragraph, never as a safe fix', () => {
    const f = q('He said: “We could have agreed on a common approach.\n\nThat was rare.');
    expect(f.map((x) => [x.text, x.suggestions[0], x.safe])).toEqual([['approach.', 'approach.”', false]]);
  });

  it('reads a closing quote glued to the next sentence as a closing one', () => {
    // `minute. ”Then` closes the quotation: the later “Congratulations opens a new one.
    const f = q('He said: “You need a minute. ”Then he tells people: “Congratulations from me.”');
    expect(f.map((x) => x.rule)).toEqual(['quotes.marks']); // the detached mark, once
    const g = q('“It is over for now, ”said the minister.');
    expect(g.map((x) => [x.text, x.suggestions[0]])).toEqual([['now, ”said', 'now,” said']]);
  });

  it('finds an opening single quote used as an apostrophe, not a quotation in single quotes', () => {
    const f = q('Germany is China‘s largest partner in Europe.');
    expect(f.map((x) => [x.text, x.suggestions[0], x.safe])).toEqual([['‘', '’', true]]);
    expect(q('He called it ‘a turning point’ for Europe’s trade.')).toEqual([]);
  });

  it('finds a single opening quote that nothing closes in its paragraph', () => {
    const f = q('He called her after she became head of the ‘Agency.\n\nThen he left.');
    expect(f.map((x) => [x.text, x.safe])).toEqual([['‘Agency', false]]);
    expect(q('He said it was ‘the end of an era’ and that he couldn’t stay.')).toEqual([]);
  });
});
