// The checks' word lists and patterns as versioned data: speech verbs (speaker slots), web-widget
// labels, photo-credit and sponsor patterns. A project's check profile can add to or remove from
// each list (profile.data, validated in profile.ts); resolveCheckData() gives what a run uses.
// Bump CHECK_DATA_VERSION whenever a list changes: findings and reports say which data made them.

export const CHECK_DATA_VERSION = '2026.12.2';

/** Speech and report verbs per language, as they stand around the speaker. */
export interface SpeechVerbs {
  /** "X said", "X a déclaré": the speaker comes first. */
  speakerFirst: Record<string, string[]>;
  /** "said X", "selon X": the verb (or preposition) comes first. */
  verbFirst: Record<string, string[]>;
}

export interface CheckData {
  version: string;
  speechVerbs: SpeechVerbs;
  /** Regex sources (matched case-insensitively, Unicode) of web-widget labels: a short line holding one is page furniture. */
  widgetPatterns: string[];
  /** Regex sources of a whole photo-credit line ("Jane Doe | Reuters"). Case-sensitive: capitals carry the signal. */
  creditLinePatterns: string[];
  /** Regex sources (case-insensitive, multiline) of a photo credit inside a line. */
  creditPatterns: string[];
  /** Regex sources (case-insensitive) of sponsor notices. */
  sponsorPatterns: string[];
}

export const DEFAULT_CHECK_DATA: CheckData = {
  version: CHECK_DATA_VERSION,
  speechVerbs: {
    speakerFirst: {
      en: ['said', 'says', 'added', 'adds', 'told', 'noted', 'stressed', 'warned', 'explained', 'insisted', 'argued',
        'declared', 'announced', 'wrote', 'acknowledged', 'urged', 'asked', 'replied', 'recalled', 'emphasised', 'emphasized',
        'pointed', 'underlined', 'evoked', 'recognized', 'recognised', 'reiterated', 'pressed', 'raised', 'slammed', 'accused'],
      fr: ['a déclaré', 'a dit', 'a indiqué', 'a ajouté', 'a affirmé', 'a souligné', 'a estimé', 'a expliqué', 'a précisé',
        'a annoncé', 'a assuré', 'a averti', 'a insisté', 'a rappelé', 'a répondu', 'a évoqué', 'a abordé', 'a soulevé',
        'a lancé', 'a mis en garde', 'a jugé', 'a déploré', 'a dénoncé', 'a réitéré', 'déclare', 'affirme', 'souligne', 'estime', 'ajoute',
        'dit', 'dis'],
    },
    verbFirst: {
      en: ['said', 'says', 'added', 'adds', 'wrote', 'asked', 'continued', 'explained', 'noted', 'according to', 'warned', 'insisted', 'replied'],
      fr: ['a déclaré', 'a dit', 'a ajouté', 'a affirmé', 'a souligné', 'a estimé', 'a expliqué', 'a précisé', 'a indiqué',
        'déclare', 'affirme', 'ajoute', 'souligne', 'selon', 'estime', 'explique', 'précise', 'a insisté', 'a averti'],
    },
  },
  widgetPatterns: [
    '\\b(?:subscribe|sign up|newsletters?|follow us|share (?:this|on)|read more|read also|see also|related (?:articles?|stories|news|content)|most (?:read|popular)|recommended for you|advertisement|sponsored content|cookie policy|all rights reserved|from (?:twitter|facebook|instagram|youtube)|click here|back to top|comments?)\\b',
    '(?:abonnez-vous|inscrivez-vous|newsletters?|lettre d[’\']information|partager (?:sur|cet)|suivez-nous|lire aussi|à lire aussi|voir aussi|sur le même (?:thème|sujet)|^à la une$|publicité|les plus lus|tous droits réservés|en savoir plus|commentaires?)',
  ],
  creditLinePatterns: [
    '^\\s*\\p{Lu}[\\p{L}.\'’-]+(?: \\p{Lu}[\\p{L}.\'’-]+){0,3} ?[|/] ?\\p{Lu}[\\p{L}&.-]+(?: \\p{Lu}[\\p{L}&.-]+){0,2}\\s*$',
  ],
  creditPatterns: [
    '\\[\\p{Lu}[\\p{Lu}\\-]+\\/[^\\]\\n]{2,40}\\]',
    '\\((?:photo|crédit|credit|source)\\s*:[^)\\n]{2,60}\\)',
    '(?:photo|crédit photo|credit|image)\\s*:\\s*[^\\n]{2,60}$',
    '©[^\\n]{2,60}$',
    '\\b(?:Getty Images|AFP Photo|Reuters\\/[^\\s]+)',
  ],
  sponsorPatterns: [
    '\\b(?:this (?:stakeholder|partner|sponsor) supports|supported by|sponsored by|in partnership with|editorial content is independent|contenu sponsorisé|en partenariat avec|with the support of)\\b',
  ],
};

/** A change to one list in a profile: entries added, default entries removed (exact text). */
export interface ListEdit {
  add?: string[];
  remove?: string[];
}

/** What a check profile may change in the data (profile.data). */
export interface CheckDataOverrides {
  speechVerbs?: { speakerFirst?: Record<string, ListEdit>; verbFirst?: Record<string, ListEdit> };
  widgetPatterns?: ListEdit;
  creditLinePatterns?: ListEdit;
  creditPatterns?: ListEdit;
  sponsorPatterns?: ListEdit;
}

/** The data a run uses, with the patterns compiled once. */
export interface ResolvedCheckData extends CheckData {
  /** DEFAULT version, plus "+profile" when a profile changed something. */
  version: string;
  widget: RegExp[];
  creditLine: RegExp[];
  credit: RegExp[];
  sponsor: RegExp[];
}

const edited = (base: readonly string[], e?: ListEdit): string[] => {
  if (!e) return [...base];
  const remove = new Set(e.remove ?? []);
  return [...new Set([...base.filter((x) => !remove.has(x)), ...(e.add ?? [])])];
};

const editedByLang = (base: Record<string, string[]>, e?: Record<string, ListEdit>): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  for (const lang of new Set([...Object.keys(base), ...Object.keys(e ?? {})])) out[lang] = edited(base[lang] ?? [], e?.[lang]);
  return out;
};

/** Flags of each pattern list (the sources above are written for these). */
export const PATTERN_FLAGS = { widget: 'iu', creditLine: 'u', credit: 'imu', sponsor: 'iu' } as const;

const cache = new WeakMap<object, ResolvedCheckData>();
const NONE = {};

export function resolveCheckData(o?: CheckDataOverrides): ResolvedCheckData {
  const key = o ?? NONE;
  const hit = cache.get(key);
  if (hit) return hit;
  const d = DEFAULT_CHECK_DATA;
  const changed = o !== undefined && Object.keys(o).length > 0;
  const data: CheckData = {
    version: changed ? `${d.version}+profile` : d.version,
    speechVerbs: {
      speakerFirst: editedByLang(d.speechVerbs.speakerFirst, o?.speechVerbs?.speakerFirst),
      verbFirst: editedByLang(d.speechVerbs.verbFirst, o?.speechVerbs?.verbFirst),
    },
    widgetPatterns: edited(d.widgetPatterns, o?.widgetPatterns),
    creditLinePatterns: edited(d.creditLinePatterns, o?.creditLinePatterns),
    creditPatterns: edited(d.creditPatterns, o?.creditPatterns),
    sponsorPatterns: edited(d.sponsorPatterns, o?.sponsorPatterns),
  };
  const r: ResolvedCheckData = {
    ...data,
    widget: data.widgetPatterns.map((p) => new RegExp(p, PATTERN_FLAGS.widget)),
    creditLine: data.creditLinePatterns.map((p) => new RegExp(p, PATTERN_FLAGS.creditLine)),
    credit: data.creditPatterns.map((p) => new RegExp(p, PATTERN_FLAGS.credit)),
    sponsor: data.sponsorPatterns.map((p) => new RegExp(p, PATTERN_FLAGS.sponsor)),
  };
  cache.set(key, r);
  return r;
}

/** First match of any pattern (earliest position) in text, or null. */
export function firstMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const re of patterns) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best;
}
