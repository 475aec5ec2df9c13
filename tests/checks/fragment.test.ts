import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.js';

// The stranded-words rule only (these snippets also start mid-sentence, which fragment.broken-line reports).
const fr = (text: string, language = 'en') => of(check({ text, language }, { noSpell: true }), 'fragment').filter((f) => f.rule === 'fragment.stranded-words');

describe('fragment', () => {
  it('finds a word stranded after a sentence break', () => {
    const f = fr('who promised a hard line if he wins the elections. november. But Biden kept up the pressure.');
    expect(f.map((x) => x.text)).toEqual(['elections. november.']);
    expect(f[0]!.suggestions).toEqual(['november elections.']);
    expect(fr('since the end of the War on the other hand. cold ».').map((x) => x.text)).toEqual(['hand. cold »']);
  });
  it('ignores abbreviations, initials and normal sentences', () => {
    expect(fr('Prices rose, etc. and fell. He met J. smith. The U.S. economy grew. It rained. Then it stopped.')).toEqual([]);
  });
});
