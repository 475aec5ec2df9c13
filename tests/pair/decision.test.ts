// Pairing as a decision: a calibrated score, at most one suggested partner per kind, "no
// partner" as a normal outcome, and evidence. Texts are invented for these tests.
import { describe, expect, it } from 'vitest';
import { pairDocuments, SUGGEST_AT, type PairDoc } from '../../shared/pair/index.js';

const FOOTER_EN = 'Press office: +44 20 7946 0958. Published 12 March 2024 by the Northwind Wire, 1200 Harbour Road. All rights reserved 2024.';
const FOOTER_FR = 'Service de presse : +44 20 7946 0958. Publié le 12 mars 2024 par Northwind Wire, 1200 Harbour Road. Tous droits réservés 2024.';

// A translation that shares one name and no numbers.
const LIBRARY_EN = `The old library of Orvalle will close for two years of renovation.
The roof leaks every winter and the reading rooms are too cold for visitors.
Architects plan to open the ground floor to the street and to add a garden behind the building.
Books will be moved to a temporary hall near the railway station.
Local writers have asked that the wooden shelves be kept.
The council hopes the new library will attract more young readers.`;
const LIBRARY_FR = `La vieille bibliothèque d'Orvalle fermera pendant deux ans pour des travaux de rénovation.
Le toit fuit chaque hiver et les salles de lecture sont trop froides pour les visiteurs.
Les architectes prévoient d'ouvrir le rez-de-chaussée sur la rue et d'ajouter un jardin derrière le bâtiment.
Les livres seront déplacés dans une salle provisoire près de la gare.
Des écrivains de la ville ont demandé que les étagères en bois soient conservées.
Le conseil espère que la nouvelle bibliothèque attirera davantage de jeunes lecteurs.`;

// Unrelated stories that all end with the same boilerplate (phone number, date, address, year).
const CYCLING_EN = `Riders faced strong winds on the coastal stage of the spring race.
A breakaway of six cyclists stayed ahead until the final climb.
The favourite lost time after a puncture in the forest section.
Team managers complained about the narrow roads near the finish.
The race continues tomorrow with a mountain stage.`;
const BAKERY_EN = `A family bakery has won the regional prize for its rye bread.
The owners still bake in a wood-fired oven built by their grandfather.
Customers queue before dawn on Saturdays.
The jury praised the crust and the slow fermentation.
The bakery plans to offer bread-making classes in the autumn.`;
const THEATRE_FR = `Le festival de théâtre de rue a attiré des milliers de spectateurs ce week-end.
Des compagnies venues de plusieurs pays ont joué sur les places du centre.
Un spectacle de marionnettes géantes a clôturé la soirée de samedi.
Les commerçants se félicitent de l'affluence.
Les organisateurs annoncent déjà une édition plus longue l'an prochain.`;
const FLOOD_FR = `De fortes pluies ont provoqué des inondations dans la vallée pendant la nuit.
Plusieurs routes ont été coupées et une école a été évacuée.
Les pompiers ont secouru des habitants bloqués sur le toit de leur maison.
La rivière devrait redescendre d'ici deux jours selon les prévisionnistes.
Les agriculteurs craignent pour leurs récoltes.`;

const doc = (id: string, language: string, text: string): PairDoc => ({ id, language, text });

function corpus(): PairDoc[] {
  return [
    doc('library-en', 'en', `${LIBRARY_EN}\n${FOOTER_EN}`),
    doc('library-fr', 'fr', `${LIBRARY_FR}\n${FOOTER_FR}`),
    doc('cycling-en', 'en', `${CYCLING_EN}\n${FOOTER_EN}`),
    doc('bakery-en', 'en', `${BAKERY_EN}\n${FOOTER_EN}`),
    doc('theatre-fr', 'fr', `${THEATRE_FR}\n${FOOTER_FR}`),
    doc('flood-fr', 'fr', `${FLOOD_FR}\n${FOOTER_FR}`),
  ];
}

describe('pairing decision', () => {
  it('suggests the translation with few shared names, and no pair of unrelated documents sharing boilerplate numbers', () => {
    const rows = pairDocuments(corpus());
    expect(rows).toHaveLength(15);
    const suggested = rows.filter((r) => r.suggested).map((r) => `${r.a}|${r.b}|${r.kind}`);
    expect(suggested).toEqual(['library-en|library-fr|translation']);
    const library = rows.find((r) => r.a === 'library-en' && r.b === 'library-fr')!;
    expect(library.score).toBeGreaterThanOrEqual(SUGGEST_AT);
    // The decision rests on aligned sentences, not on the shared footer.
    expect(library.evidence.linkedSentences).toBeGreaterThan(4);
    for (const r of rows) if (!r.suggested) expect(r.score).toBeLessThan(SUGGEST_AT);
  });

  it('lists every candidate with a score in [0, 1], best first, and evidence', () => {
    const rows = pairDocuments(corpus());
    for (let k = 0; k < rows.length; k++) {
      expect(rows[k]!.score).toBeGreaterThanOrEqual(0);
      expect(rows[k]!.score).toBeLessThanOrEqual(1);
      if (k) expect(rows[k - 1]!.score).toBeGreaterThanOrEqual(rows[k]!.score);
    }
    const footerOnly = rows.find((r) => r.a === 'bakery-en' && r.b === 'cycling-en')!;
    expect(footerOnly.evidence.numbers.length).toBeGreaterThan(0); // shared, shown, and not enough
  });

  it('gives each document at most one suggested partner per kind; no partner is normal', () => {
    // A second English copy of the library story: a version of library-en, and a second
    // translation candidate for library-fr that must not be suggested as well unless very strong.
    const docs = [...corpus(), doc('library-en-2', 'en', `${LIBRARY_EN.replace('two years', 'two full years')}\n${FOOTER_EN}`)];
    const rows = pairDocuments(docs).filter((r) => r.suggested);
    const perDocKind = new Map<string, number>();
    for (const r of rows) for (const d of [r.a, r.b]) perDocKind.set(`${d}|${r.kind}`, (perDocKind.get(`${d}|${r.kind}`) ?? 0) + 1);
    for (const [k, c] of perDocKind)
      if (c > 1)
        expect(rows.filter((r) => (r.a === k.split('|')[0] || r.b === k.split('|')[0]) && r.kind === k.split('|')[1]).every((r) => r.score >= 0.97)).toBe(true);
    expect(rows.some((r) => r.kind === 'version' && [r.a, r.b].sort().join('|') === 'library-en|library-en-2')).toBe(true);
    for (const lone of ['cycling-en', 'bakery-en', 'theatre-fr', 'flood-fr']) expect(rows.some((r) => r.a === lone || r.b === lone)).toBe(false);
  });

  it('does not depend on the order of the documents', () => {
    const key = (rows: ReturnType<typeof pairDocuments>) =>
      rows
        .filter((r) => r.suggested)
        .map((r) => `${r.a}|${r.b}`)
        .sort();
    expect(key(pairDocuments(corpus().reverse()))).toEqual(key(pairDocuments(corpus())));
  });
});
