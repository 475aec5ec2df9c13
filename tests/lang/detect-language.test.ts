import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../shared/lang/index.js';

describe('detectLanguage', () => {
  it('tells English from French sentences', () => {
    expect(detectLanguage('The minister said on Tuesday that talks would resume next week.').language).toBe('en');
    expect(detectLanguage('Le ministre a déclaré mardi que les négociations reprendraient la semaine prochaine.').language).toBe('fr');
  });

  it('handles word pairs and single words', () => {
    expect(detectLanguage('the government').language).toBe('en');
    expect(detectLanguage('le gouvernement').language).toBe('fr');
    expect(detectLanguage('however').language).toBe('en');
    expect(detectLanguage('toutefois').language).toBe('fr');
    expect(detectLanguage("l'homme").language).toBe('fr');
    expect(detectLanguage("doesn't").language).toBe('en');
  });

  it('returns und for empty, numeric or punctuation-only text', () => {
    for (const t of ['', '   ', '42', '...!?', '— « » —', '2021-03-24']) {
      expect(detectLanguage(t)).toEqual({ language: 'und', confidence: 0 });
    }
  });

  it.each([
    ['de', 'Die Regierung hat am Dienstag ein neues Gesetz zur Förderung der erneuerbaren Energien beschlossen.'],
    ['es', 'El Gobierno aprobó este martes una nueva ley para mejorar las condiciones de los trabajadores.'],
    ['it', 'Il governo ha approvato ieri una nuova legge per sostenere le famiglie più povere del paese.'],
  ])('does not call a %s sentence English or French', (code, text) => {
    const g = detectLanguage(text);
    expect(['en', 'fr']).not.toContain(g.language);
    expect(g.language).toBe(code);
  });

  it('answers within the languages asked for, with low confidence when the text disagrees', () => {
    const g = detectLanguage('bonjour tout le monde', { languages: ['en'] });
    expect(g.language).toBe('en');
    expect(g.confidence).toBeLessThan(0.6);
    expect(detectLanguage('Die Regierung hat am Dienstag ein neues Gesetz beschlossen.', { languages: ['en', 'fr', 'de'] }).language).toBe('de');
  });

  it('lets a prior settle a close call but not overrule clear evidence', () => {
    // A lone place name is no evidence either way.
    const neutral = detectLanguage('Paris');
    expect(detectLanguage('Paris', { prior: 'fr' }).language).toBe('fr');
    expect(detectLanguage('Paris', { prior: 'en' }).language).toBe('en');
    expect(neutral.confidence).toBeLessThan(0.9);
    expect(detectLanguage('the people of the United States', { prior: 'fr' }).language).toBe('en');
  });

  it('keeps confidence in [0,1] and raises it with more evidence', () => {
    const texts = ['important', 'the important', 'the most important thing', 'The most important thing is that the two countries keep talking to each other.'];
    const confs = texts.map((t) => detectLanguage(t).confidence);
    for (const c of confs) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
    for (let i = 1; i < confs.length; i++) expect(confs[i]!).toBeGreaterThanOrEqual(confs[i - 1]!);
    expect(confs[0]!).toBeLessThan(0.9);
    expect(confs[3]!).toBeGreaterThan(0.99);
  });
});
