import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

const mc = (text: string, language = 'en') =>
  check({ id: 'a', text, language }, { noSpell: true })
    .filter((f) => f.rule === 'spelling.mid-capital')
    .map((f) => [f.text, f.suggestions[0]]);

describe('spelling.mid-capital', () => {
  it('finds a grammar word capitalised in the middle of a sentence', () => {
    expect(mc('Raised near the northern port, The young minister soon took to politics.')).toEqual([['The young', 'the young']]);
    expect(mc('It was a defeat for the party; In the polls it fell sharply.')).toEqual([['In the', 'in the']]);
    expect(mc('Le ministre a parlé hier, Les syndicats ont répondu.', 'fr')).toEqual([['Les syndicats', 'les syndicats']]);
  });

  it('leaves names, months, quotations and sentence starts alone', () => {
    expect(mc('They met in The Hague, then flew to Paris; Le Monde reported it in May last year.')).toEqual([]);
    expect(mc('Il a vu Marine Le Pen, La France insoumise et le journal Le Figaro.', 'fr')).toEqual([]);
    expect(mc('She said, We will see. The talks went on. In the end, they agreed.')).toEqual([]);
  });
});
