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

/**
 * National offices whose title is the country's own: the US heads of foreign affairs, the
 * treasury and defence are Secretaries ("Secretary of State", not "Foreign Minister"); the German
 * and Austrian heads of government are Chancellors, not Prime Ministers. `wrong` holds the generic
 * titles MT puts in their place (EN/FR), `markers` the words naming the country before (EN) or
 * after (FR) the title, `of` the country after "of" / "des", `binds` the country's own title when
 * it names a person ("Secretary of State Antony Blinken"): that person holds this office in the
 * corpus. Public facts of constitutional law.
 */
export interface NationalOffice {
  country: string;
  title: { en: string; fr: string };
  wrong: { en: string[]; fr: string[] };
  markers: { en: string[]; fr: string[] };
  of: { en: string[]; fr: string[] };
  /** The country's own title when it stands alone before a name (EN; FR needs a marker). */
  binds: string[];
}

const US = {
  markers: { en: ['US', 'U.S.', 'American', 'United States'], fr: ['américain', 'américaine', 'des États-Unis'] },
  of: { en: ['the United States', 'the US', 'the U.S.', 'the USA', 'America'], fr: ['des États-Unis'] },
};
const DE_AT = {
  markers: { en: ['German', 'Austrian'], fr: ['allemand', 'allemande', 'autrichien', 'autrichienne'] },
  of: { en: ['Germany', 'Austria'], fr: ["de l'Allemagne", 'de l’Allemagne', "de l'Autriche", 'de l’Autriche'] },
};

export const NATIONAL_OFFICES: readonly NationalOffice[] = [
  {
    country: 'United States',
    title: { en: 'Secretary of State', fr: 'secrétaire d’État' },
    wrong: { en: ['Foreign Minister', 'Foreign Secretary', 'Minister of Foreign Affairs', 'Foreign Affairs Minister'], fr: ['ministre des Affaires étrangères'] },
    ...US,
    binds: ['Secretary of State'],
  },
  {
    country: 'United States',
    title: { en: 'Treasury Secretary', fr: 'secrétaire au Trésor' },
    wrong: { en: ['Finance Minister', 'Minister of Finance'], fr: ['ministre des Finances'] },
    ...US,
    binds: ['Treasury Secretary', 'Secretary of the Treasury'],
  },
  {
    country: 'United States',
    title: { en: 'Defense Secretary', fr: 'secrétaire à la Défense' },
    wrong: { en: ['Defence Minister', 'Defense Minister', 'Minister of Defence', 'Minister of Defense'], fr: ['ministre de la Défense'] },
    ...US,
    binds: ['Defense Secretary', 'Secretary of Defense'],
  },
  {
    country: 'Germany/Austria',
    title: { en: 'Chancellor', fr: 'chancelier' },
    wrong: { en: ['Prime Minister'], fr: ['Premier ministre'] },
    ...DE_AT,
    binds: [],
  },
];
