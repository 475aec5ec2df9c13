import { describe, expect, it } from 'vitest';
import { check, of, spell, testTools } from './helpers.js';
import { runChecks } from '../../shared/checks/engine.js';
import { detectLanguage } from '../../shared/lang/index.js';

describe('language', () => {
  it('finds an English line in a French document', () => {
    const t = 'Blinken et Xi à Pékin\nDescriptive text here\n\nLe secrétaire d’État américain a lancé un message fort.';
    expect(of(check({ text: t, language: 'fr' }), 'language').map((x) => x.text)).toEqual(['Descriptive text here']);
  });
  it('does not take a line of foreign place names for a foreign passage', () => {
    const t =
      'Le député a été élu en 2009.\n\npour Neustadt an der Weinstraße – Bad Dürkheim I – Rheinhessen II – Mainz-Bingen III – Alzey-Worms\n\nIl siège depuis au Parlement.';
    const found = runChecks({
      docs: [{ id: 'a', name: 'a', language: 'fr', text: t }],
      spell: spell(),
      tools: { ...testTools, detectLanguage: (x, o) => detectLanguage(x, o) },
    });
    expect(found.filter((x) => x.rule === 'language.foreign-segment')).toEqual([]);
  });
  it('leaves lines of names and the document language alone', () => {
    const t = 'Antony Blinken, Xi Jinping\n\nLe secrétaire d’État a parlé de la Chine et des États-Unis.\n\nSur le même thème';
    expect(of(check({ text: t, language: 'fr' }), 'language')).toEqual([]);
  });
});
