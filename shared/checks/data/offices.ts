// Titles knowledge base: offices whose holders MT renders with another country's title. Each
// region here is headed by a Minister-President (German Länder, Belgian regions and communities),
// which MT calls "Prime Minister" / "Premier ministre". Forms: EN names and adjectives, FR names
// and adjectives, DE/NL names (as left over by MT). Public facts of constitutional law.
export interface Office {
  country: string;
  names: string[];
  adjectives: { en: string[]; fr: string[] };
  title: { en: string; fr: string };
}

const MP = { en: 'Minister-President', fr: 'ministre-président' };
const de = (names: string[], en: string[] = [], fr: string[] = []): Office => ({ country: 'Germany', names, adjectives: { en, fr }, title: MP });
const be = (names: string[], en: string[] = [], fr: string[] = []): Office => ({ country: 'Belgium', names, adjectives: { en, fr }, title: MP });

export const OFFICES: readonly Office[] = [
  de(['Baden-Württemberg', 'Baden-Wurttemberg', 'Bade-Wurtemberg']),
  de(['Bavaria', 'Bavière', 'Bayern'], ['Bavarian'], ['bavarois', 'bavaroise']),
  de(['Brandenburg', 'Brandebourg']),
  de(['Hesse', 'Hessen'], ['Hessian'], ['hessois', 'hessoise']),
  de(['Lower Saxony', 'Basse-Saxe', 'Niedersachsen'], ['Lower Saxon']),
  de(['Mecklenburg-Western Pomerania', 'Mecklenburg-Vorpommern', 'Mecklembourg-Poméranie-Occidentale', 'Mecklembourg-Poméranie']),
  de(['North Rhine-Westphalia', 'Rhénanie-du-Nord-Westphalie', 'Nordrhein-Westfalen']),
  de(['Rhineland-Palatinate', 'Rhénanie-Palatinat', 'Rheinland-Pfalz']),
  de(['Saarland', 'Sarre']),
  de(['Saxony', 'Saxe', 'Sachsen'], ['Saxon'], ['saxon', 'saxonne']),
  de(['Saxony-Anhalt', 'Saxe-Anhalt', 'Sachsen-Anhalt']),
  de(['Schleswig-Holstein']),
  de(['Thuringia', 'Thuringe', 'Thüringen'], ['Thuringian'], ['thuringien', 'thuringienne']),
  be(['Flanders', 'Flandre', 'Vlaanderen'], ['Flemish'], ['flamand', 'flamande']),
  be(['Wallonia', 'Wallonie'], ['Walloon'], ['wallon', 'wallonne']),
];
