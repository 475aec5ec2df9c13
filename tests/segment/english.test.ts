import { describe, expect, it } from 'vitest';
import { sentences } from './helpers.js';

// Each case: input and the exact sentences expected from the built-in English rules.
const NO_BREAK: Array<[string, string]> = [
  ['titles', 'Mr. Blinken met Dr. Smith and Mrs. Jones in Washington.'],
  ['more titles', 'Ms. Lee, Prof. Adams, Gen. Milley and Sen. Warren spoke to Rep. Cole.'],
  ['saint', 'He lives in St. Louis with his sister.'],
  ['U.S. before a noun', 'A U.S. official said the U.S. Treasury Department agreed.'],
  ['U.K. before a name', 'The U.K. Foreign Office issued a statement.'],
  ['initials', 'J. R. R. Tolkien wrote The Hobbit.'],
  ['middle initial', 'Secretary of State Antony J. Blinken arrived in Brussels.'],
  ['decimal', 'Growth was 3.5 percent in the first quarter.'],
  ['thousands with dots', 'The fund holds 1.000.000 euros in bonds.'],
  ['dotted date', 'The meeting on 24.03.2021 ended late.'],
  ['domain', 'Details are on nato.int and on www.state.gov for everyone.'],
  ['email', 'Write to press.office@example.org for details.'],
  ['etc. mid-sentence', 'They discussed trade, climate, etc. and then left.'],
  ['e.g.', 'Some allies, e.g. France and Germany, disagreed.'],
  ['i.e.', 'The alliance, i.e. NATO, met in Brussels.'],
  ['No. before a number', 'He lives at No. 10 Downing Street.'],
  ['month before a number', 'The talks began on Jan. 5 and ended on Sept. 12 this year.'],
  ['ellipsis then lower case', 'He paused... and then carried on.'],
  ['unicode ellipsis then lower case', 'He paused… and then carried on.'],
  ['quote then lower-case speech verb', '“We will not force our allies,” he said.'],
  ['exclamation in quote then lower case', '“Thank you!” he said to the crowd.'],
  ['question in quote then lower case', '“Is this the end?” she asked quietly.'],
  ['p.m. before a capitalised word', 'The vote is at 5 p.m. Eastern Time on Friday.'],
  ['company', 'Apple Inc. Chief Executive Tim Cook spoke.'],
  ['vs.', 'It was Boston vs. Chicago last night.'],
  ['list number at paragraph start', '1. Introduction to the rules'],
  ['roman list number', 'IV. Results of the survey'],
];

const BREAKS: Array<[string, string, string[]]> = [
  ['plain', 'Blinken arrived. He spoke.', ['Blinken arrived.', 'He spoke.']],
  ['question', 'Will they agree? Nobody knows.', ['Will they agree?', 'Nobody knows.']],
  ['exclamations', 'Stop!! Why?! Now go.', ['Stop!!', 'Why?!', 'Now go.']],
  ['closing quote after period', '“It is over.” Then he left.', ['“It is over.”', 'Then he left.']],
  ['period after closing quote', 'He called it “a mistake”. Then he left.', ['He called it “a mistake”.', 'Then he left.']],
  ['straight quotes', 'He said "no." She said "yes."', ['He said "no."', 'She said "yes."']],
  ['opening quote starts next sentence', 'Biden spoke. “We will compete.”', ['Biden spoke.', '“We will compete.”']],
  ['ellipsis then capital', 'He paused... Then he left.', ['He paused...', 'Then he left.']],
  ['unicode ellipsis then capital', 'He paused… Then he left.', ['He paused…', 'Then he left.']],
  ['number ends sentence', 'The total rose to 25. The rest fell.', ['The total rose to 25.', 'The rest fell.']],
  ['number starts sentence', 'It grew in 2019. 19 members agreed.', ['It grew in 2019.', '19 members agreed.']],
  ['U.S. ends sentence', 'They moved to the U.S. The weather is better.', ['They moved to the U.S.', 'The weather is better.']],
  ['etc. ends sentence', 'They discussed trade, climate, etc. Then they left.', ['They discussed trade, climate, etc.', 'Then they left.']],
  ['initial ends sentence before opener', 'He said Plan B. It failed.', ['He said Plan B.', 'It failed.']],
  ['domain ends sentence', 'See nato.int. It has the text.', ['See nato.int.', 'It has the text.']],
  ['parenthesis', 'He left (for good.) Nobody followed.', ['He left (for good.)', 'Nobody followed.']],
  ['art as a word', 'They admired modern art. The museum was full.', ['They admired modern art.', 'The museum was full.']],
  ['Jr. before opener', 'He met Martin Luther King Jr. The crowd cheered.', ['He met Martin Luther King Jr.', 'The crowd cheered.']],
];

describe('English segmentation', () => {
  for (const [name, text] of NO_BREAK) {
    it(`does not break: ${name}`, () => {
      expect(sentences(text, 'en')).toEqual([text]);
    });
  }
  for (const [name, text, expected] of BREAKS) {
    it(`breaks: ${name}`, () => {
      expect(sentences(text, 'en')).toEqual(expected);
    });
  }
  it('accepts region subtags and POSIX codes', () => {
    expect(sentences('Mr. Smith left. He came back.', 'en-GB')).toEqual(['Mr. Smith left.', 'He came back.']);
    expect(sentences('Mr. Smith left. He came back.', 'en_US')).toEqual(['Mr. Smith left.', 'He came back.']);
  });
});
