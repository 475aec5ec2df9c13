// Debris that scrapers and CMSs leave in any page, recognised by its form rather than by site:
// machine tokens ("[ad_2]", "[19650001]", "XNUMX"), image file names ("… (cropped).jpg"), wiki
// and page chrome ("Jump to navigation", "Edit on Wikidata", "You might also like"), and a
// breadcrumb line before the article ("Home page economy").
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { countWords } from '../util/text.js';

// [ad_2], [embed_2], [19650001], [caption id="…"] — bracketed identifiers, never prose.
const TOKEN = /\[(?:[a-z]+_[a-z0-9_]+|\d{5,}|\/?(?:caption|embed|video|audio|gallery|ad)[^\]\n]{0,80})\]|(?<![\p{L}\p{N}])X(?:NUMX|NUM)(?![\p{L}\p{N}])/gu;
const IMAGE = /[^\n]{0,120}?\.(?:jpe?g|png|gif|webp|svg|tiff?)(?=\s*$)/gimu;
const IMAGE_EXT = /^(?:jpe?g|png|gif|webp|svg|tiff?)\s*$/iu;
const endsAsImage = (line: string) => IMAGE_EXT.test(line.slice(line.lastIndexOf('.') + 1)) && line.includes('.');
const CHROME = [
  /^(?:jump to (?:navigation|search|content)|skip to (?:main )?content|aller (?:à|au) (?:la navigation|la recherche|contenu)|(?:aller à la navigation\s*)?aller à la recherche)\b/iu,
  /\b(?:edit (?:on|in) wikidata|afficher et modifier les données (?:sur|dans) wikidata|modifier (?:le code|wikidata))\b/iu,
  /^(?:you (?:might|may) also like|tu pourrais aussi aimer|vous (?:pourriez|pouvez|aimerez) aussi(?: aimer)?|à découvrir aussi|related posts?|no comments|post a comment|leave a (?:reply|comment)|laisser un commentaire|source site|site source)\b/iu,
  /\b(?:profile (?:image|picture)|image de profil|photo de profil|avatar)\b/iu,
];
const USER_CREDIT = /^\p{Ll}[\p{L}\p{N}_.-]{2,}[ \u00a0]?[/|][ \u00a0]?\p{Lu}[\p{L}\p{N}.-]+$/u;
// The first short line of a page naming its section path ("Home page economy", "Accueil › Monde",
// "Start Europe"); a headline ("Home Secretary resigns") is not one. The first word is lowercased first.
const BREADCRUMB =
  /^(?:(?:home ?page|homepage|startseite|accueil|inicio|startpagina)\b|(?:home|start)(?:[ \u00a0]*[›>»|/]|[ \u00a0]+(?:\p{Ll}|\p{Lu}\p{Ll}+$)))(?!.*[.!?]$)/u;

export const scraperDebrisRule: Rule = {
  id: 'boilerplate.scraper',
  category: 'boilerplate',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  run(env, view) {
    if (!view) return;
    const { text, paragraphs } = view;
    TOKEN.lastIndex = 0;
    // Machine tokens are never text: removing them is safe.
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text))
      env.emit(view, { start: m.index, end: m.index + m[0].length, suggestions: [''], safe: true, message: msg('boilerplate.scraper') });
    let first = true;
    const latinDoc = view.lang === 'en' || view.lang === 'fr';
    for (const p of paragraphs) {
      let lead = p.text.length - p.text.trimStart().length;
      let line = p.text.trim();
      // A leading date or timestamp ("2023-06-19", "date 2023-06") belongs to the page head.
      const stamp = first ? /^(?:date[ \u00a0]+)?\d{4}-\d\d(?:-\d\d)?(?:[ T]\d\d:\d\d(?::\d\d)?)?[ \u00a0]*/u.exec(line) : null;
      if (stamp && stamp[0].length < line.length) {
        lead += stamp[0].length;
        line = line.slice(stamp[0].length);
      }
      const s = p.start + lead;
      const n = countWords(line);
      const meta = !!stamp && stamp[0].length >= line.length;
      if (first && !meta && n <= 4 && BREADCRUMB.test(line.replace(/^\p{L}+/u, (x) => x.toLowerCase()))) {
        env.emit(view, { start: s, end: s + line.length, suggestions: [''], safe: false, message: msg('boilerplate.scraper.breadcrumb') });
      }
      if (!meta) first = false;
      // A short line in another script than the document's (a promotion of the source site).
      if (latinDoc && n <= 15 && otherScript(line)) {
        env.emit(view, { start: s, end: s + line.length, suggestions: [''], safe: false, message: msg('boilerplate.scraper.other-script') });
        continue;
      }
      if (n <= 14 && CHROME.some((re) => re.test(line))) {
        env.emit(view, { start: s, end: s + line.length, suggestions: [''], safe: false, message: msg('boilerplate.scraper.page-chrome') });
        continue;
      }
      // A photo credit naming a user of a picture site: "jdoe_photos / Picsite" (a lowercase
      // user name, then the site); a dateline "Paris / Berlin" starts with a capital.
      if (n <= 4 && USER_CREDIT.test(line)) {
        env.emit(view, { start: s, end: s + line.length, suggestions: [''], safe: false, message: msg('boilerplate.scraper.user-credit') });
        continue;
      }
      IMAGE.lastIndex = 0;
      // Cue first: the pattern is tried only on a line ending in an image extension.
      const img = n <= 20 && endsAsImage(line) ? IMAGE.exec(line) : null;
      if (img)
        env.emit(view, {
          start: s + img.index,
          end: s + img.index + img[0].length,
          suggestions: [''],
          safe: false,
          message: msg('boilerplate.scraper.image-file'),
        });
    }
  },
};

/** Most letters are neither Latin nor common punctuation: Cyrillic, Greek, Arabic, CJK… */
function otherScript(line: string): boolean {
  let latin = 0;
  let other = 0;
  for (const ch of line) {
    if (!/\p{L}/u.test(ch)) continue;
    if (/\p{Script=Latin}/u.test(ch)) latin++;
    else other++;
  }
  return other >= 8 && other > 3 * latin;
}
