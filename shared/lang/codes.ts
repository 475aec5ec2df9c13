// franc answers in ISO 639-3; the app speaks BCP-47, which wants the ISO 639-1 code
// when one exists (and the individual code otherwise). Individual languages that are the
// usual member of a macrolanguage (arb → ar, cmn → zh…) take the macrolanguage's code,
// as BCP-47 users expect.
const ISO3_TO_1: Readonly<Record<string, string>> = {
  afr: 'af', aka: 'ak', als: 'sq', amh: 'am', arb: 'ar', ayr: 'ay', azj: 'az', bam: 'bm',
  bel: 'be', ben: 'bn', bod: 'bo', bos: 'bs', bul: 'bg', cat: 'ca', ces: 'cs', cmn: 'zh',
  dan: 'da', deu: 'de', ekk: 'et', ell: 'el', eng: 'en', epo: 'eo', ewe: 'ee', fin: 'fi',
  fra: 'fr', fuf: 'ff', fuv: 'ff', glg: 'gl', guj: 'gu', hat: 'ht', hau: 'ha', heb: 'he',
  hin: 'hi', hrv: 'hr', hun: 'hu', hye: 'hy', ibo: 'ig', iii: 'ii', ind: 'id', ita: 'it',
  jav: 'jv', jpn: 'ja', kan: 'kn', kat: 'ka', kaz: 'kk', khk: 'mn', khm: 'km', kin: 'rw',
  kir: 'ky', kng: 'kg', knc: 'kr', kor: 'ko', lao: 'lo', lin: 'ln', lit: 'lt', lug: 'lg',
  lvs: 'lv', mal: 'ml', mar: 'mr', mkd: 'mk', mya: 'my', nld: 'nl', nno: 'nn', nob: 'nb',
  npi: 'ne', nya: 'ny', pan: 'pa', pbu: 'ps', pes: 'fa', plt: 'mg', pol: 'pl', por: 'pt',
  quy: 'qu', quz: 'qu', ron: 'ro', run: 'rn', rus: 'ru', sag: 'sg', sin: 'si', slk: 'sk',
  slv: 'sl', sna: 'sn', som: 'so', sot: 'st', spa: 'es', srp: 'sr', ssw: 'ss', sun: 'su',
  swe: 'sv', swh: 'sw', tam: 'ta', tat: 'tt', tel: 'te', tgk: 'tg', tgl: 'tl', tha: 'th',
  tir: 'ti', tsn: 'tn', tso: 'ts', tuk: 'tk', tur: 'tr', uig: 'ug', ukr: 'uk', urd: 'ur',
  uzn: 'uz', ven: 've', vie: 'vi', wol: 'wo', xho: 'xh', ydd: 'yi', yor: 'yo', zlm: 'ms',
  zul: 'zu',
};

const ISO1_TO_3: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ISO3_TO_1).map(([three, one]) => [one, three]),
);

/** BCP-47 primary subtag for a franc code ('und' stays 'und'). */
export function toBcp47(iso3: string): string {
  return ISO3_TO_1[iso3] ?? iso3;
}

/** franc code for a BCP-47 primary subtag (accepts 3-letter codes as they are). */
export function toFranc(code: string): string {
  const primary = code.toLowerCase().split('-')[0] ?? '';
  return ISO1_TO_3[primary] ?? primary;
}

/** Lowercase primary subtag: callers may pass 'en-GB' or 'FR'. */
export function primaryTag(code: string): string {
  return code.toLowerCase().split('-')[0] ?? '';
}
