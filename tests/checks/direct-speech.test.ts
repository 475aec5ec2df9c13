import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

const ds = (text: string, language = 'en') =>
  check({ id: 'a', text, language }, { noSpell: true })
    .filter((f) => f.rule === 'typography.direct-speech')
    .map((f) => [f.text, f.suggestions[0], f.safe]);

describe('typography.direct-speech', () => {
  it('finds direct speech whose opening mark was lost after a speech verb', () => {
    expect(ds('At the end of the meeting she said, We will not sign this text, and left.')).toEqual([['said, We', 'said, “We', false]]);
    expect(ds('Et il dit, Nous ne signerons pas ce texte, puis il part.', 'fr')).toEqual([['dit, Nous', 'dit\u00a0: «\u00a0Nous', false]]);
  });

  it('leaves quoted speech, names and lowercase reported speech alone', () => {
    expect(ds('She said, “We will not sign this text,” and left.')).toEqual([]);
    expect(ds('The minister said, Germany will pay its share.')).toEqual([]);
    expect(ds('He said, we would see about that later.')).toEqual([]);
    expect(ds('Il a déclaré : « Nous ne signerons pas », puis il est parti.', 'fr')).toEqual([]);
  });
});
