import { describe, expect, it } from 'vitest';
import { sentences } from './helpers.js';

const NO_BREAK: Array<[string, string]> = [
  ['M.', 'M. Blinken a rencontré M. Wang à Pékin.'],
  ['MM.', 'MM. Xi et Biden se sont parlé au téléphone.'],
  ['Mme and Dr.', 'Mme Dupont et le Dr. Martin sont arrivés.'],
  ['Pr.', 'Le Pr. Durand a présenté son étude.'],
  ['p. ex.', 'Certains pays, p. ex. la France, hésitent.'],
  ['p. ex. before a capital', 'Plusieurs capitales, p. ex. Paris ou Berlin, ont réagi.'],
  ['av. J.-C.', 'En 52 av. J.-C. César assiège Alésia.'],
  ['apr. J.-C.', 'En 79 apr. J.-C. le Vésuve entre en éruption.'],
  ['n°', 'Le décret n° 2021-123 est paru au Journal officiel.'],
  ['art. before a number', 'Selon l’art. 5 du traité, les alliés se défendent.'],
  ['art. L.', 'Voir art. L. 121-1 du code.'],
  ['month abbreviation', 'La réunion du 3 janv. 2021 a été reportée.'],
  ['etc. mid-sentence', 'Des fruits, des légumes, etc. et du pain.'],
  ['decimal comma', 'La croissance a atteint 3,5 % au premier trimestre.'],
  ['dotted thousands', 'Le fonds détient 1.000.000 d’euros.'],
  ['dotted date', 'La réunion du 24.03.2021 a duré longtemps.'],
  ['incise after exclamation', '« Merci ! » dit-il.'],
  ['incise after question', '« Vraiment ? » demanda-t-elle.'],
  ['English quotes incise', '“Merci !” a-t-il répondu.'],
  ['ellipsis then lower case', 'Il y a eu un changement … c’était une nouveauté.'],
  ['initials', 'Le poète J. R. R. Tolkien est né en Afrique du Sud.'],
  ['domain', 'Le site nato.int publie le communiqué.'],
  ['cf.', 'Voir la note, cf. Chapitre deux.'],
];

const BREAKS: Array<[string, string, string[]]> = [
  ['plain', 'Blinken est arrivé. Il a parlé.', ['Blinken est arrivé.', 'Il a parlé.']],
  ['spaced exclamation', 'Merci ! Au revoir.', ['Merci !', 'Au revoir.']],
  ['spaced question', 'Pourquoi ? Parce que.', ['Pourquoi ?', 'Parce que.']],
  ['guillemets then new sentence', '« Merci ! » Il est parti.', ['« Merci ! »', 'Il est parti.']],
  ['period after guillemets', 'Il parle de « guerre ». Le ministre répond.', ['Il parle de « guerre ».', 'Le ministre répond.']],
  ['period inside guillemets', '« C’est fini. » Le ministre se tait.', ['« C’est fini. »', 'Le ministre se tait.']],
  ['sentence opens with guillemets', 'Il a parlé. « Nous agirons », a-t-il dit.', ['Il a parlé.', '« Nous agirons », a-t-il dit.']],
  ['no-break spaces', 'Merci\u00A0! « Au revoir\u00A0! »\u00A0Il part.', ['Merci\u00A0!', '« Au revoir\u00A0! »', 'Il part.']],
  ['ellipsis then capital', 'Il hésita… Puis il partit.', ['Il hésita…', 'Puis il partit.']],
  ['duplicated words', 'aux États-Unis. États-Unis.', ['aux États-Unis.', 'États-Unis.']],
  ['etc. ends sentence', 'Des fruits, du pain, etc. Le marché ferme.', ['Des fruits, du pain, etc.', 'Le marché ferme.']],
  ['acronym before opener', 'Il vit aux É.-U. Le climat lui plaît.', ['Il vit aux É.-U.', 'Le climat lui plaît.']],
  ['elided opener', 'Il vit aux É.-U. C’est loin.', ['Il vit aux É.-U.', 'C’est loin.']],
  ['art as a word', 'Il aime l’art. Elle aussi.', ['Il aime l’art.', 'Elle aussi.']],
  ['number starts sentence', 'Le vote a eu lieu en 2019. 19 membres étaient présents.', ['Le vote a eu lieu en 2019.', '19 membres étaient présents.']],
];

describe('French segmentation', () => {
  for (const [name, text] of NO_BREAK) {
    it(`does not break: ${name}`, () => {
      expect(sentences(text, 'fr')).toEqual([text]);
    });
  }
  for (const [name, text, expected] of BREAKS) {
    it(`breaks: ${name}`, () => {
      expect(sentences(text, 'fr')).toEqual(expected);
    });
  }
  it('keeps M. as a title only in French', () => {
    // In English "M." is an initial, which may end a sentence before a typical opener.
    expect(sentences('Il a vu M. Le Pen hier.', 'fr')).toEqual(['Il a vu M. Le Pen hier.']);
    expect(sentences('He spoke to Agent M. The rest left.', 'en')).toEqual(['He spoke to Agent M.', 'The rest left.']);
  });
  it('fr-CA uses the French rules', () => {
    expect(sentences('M. Tremblay est arrivé. Il parle.', 'fr-CA')).toEqual(['M. Tremblay est arrivé.', 'Il parle.']);
  });
});
