// Short segments: a few words are weak evidence; the detector says `und` rather than guess, and
// franc's other-language lead on a few words without a foreign function word is not taken.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../shared/lang/index.js';

describe('short-segment confidence', () => {
  it('does not call a French salutation with a foreign surname another language', () => {
    const r = detectLanguage('Merci Madame Kowalczyk.');
    expect(['fr', 'und']).toContain(r.language);
  });
  it('reads an elision cut off by a space as French evidence, not as an English letter', () => {
    expect(detectLanguage("Mais l' Afrique avance.").language).not.toBe('en');
    expect(detectLanguage("Il parle d' abord de l' accord commercial.").language).toBe('fr');
  });
  it('says und for a short text with weak evidence, and still decides clear short text', () => {
    expect(detectLanguage('Brexit').language).toBe('und');
    expect(detectLanguage('La séance est levée.').language).toBe('fr');
    expect(detectLanguage('The meeting is over.').language).toBe('en');
    expect(detectLanguage('Die Sitzung ist geschlossen.').language).toBe('de');
  });
  it('weighs listed words capitalised inside a sentence as names shared by both languages', () => {
    // "Washington" and "Europe" are the same in both languages: the verbs decide.
    expect(detectLanguage('Selon Washington, Europe doit agir.').language).toBe('fr');
    expect(detectLanguage('For Washington, Europe must act.').language).toBe('en');
  });
});
