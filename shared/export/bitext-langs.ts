// Which two languages of a bilingual file to take. Tags are kept as the file writes them (en-GB
// stays en-GB); comparison ignores case. A multilingual TM gives the user's choice, else the
// project's languages, else the first language that differs from the source — possibly a
// regional variant of it (an en-US → en-GB memory is a same-language pair, not an empty one).
import { canonicalLangTag, primaryLanguage } from './lang-tag.js';

export function sameTag(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Canonical case ("EN-us" → "en-US"); the input unchanged when it is no well-formed tag. */
export function tagAsWritten(tag: string): string {
  return canonicalLangTag(tag) ?? tag.trim();
}

/** Ordered, case-insensitively unique list of tags. */
export class TagList {
  readonly tags: string[] = [];
  add(tag: string): void {
    if (tag && !this.tags.some((t) => sameTag(t, tag))) this.tags.push(tag);
  }
  /** The listed spelling of a tag, else the tag. */
  find(tag: string): string {
    // A tag the file does not hold (srclang="en-US" over en-GB variants) means its language.
    return this.tags.find((t) => sameTag(t, tag)) ?? this.tags.find((t) => primaryLanguage(t) === primaryLanguage(tag)) ?? tag;
  }
}

/** The target tag when none was chosen: preferred language first, another language, then a variant. */
export function pickTarget(found: readonly string[], src: string, prefer: readonly string[] = []): string | undefined {
  const others = found.filter((t) => !sameTag(t, src));
  const srcPrimary = primaryLanguage(src);
  for (const p of prefer) {
    const pp = primaryLanguage(p);
    if (pp === srcPrimary) continue;
    const hit = others.find((t) => sameTag(t, p)) ?? others.find((t) => primaryLanguage(t) === pp);
    if (hit) return hit;
  }
  return others.find((t) => primaryLanguage(t) !== srcPrimary) ?? others[0];
}

/** The variant for a wanted tag: exact tag first, else the first of the same language not excluded. */
export function pickVariant<T extends { lang: string }>(variants: readonly T[], want: string, exclude?: T): T | undefined {
  const exact = variants.find((v) => v !== exclude && sameTag(v.lang, want));
  if (exact) return exact;
  const p = primaryLanguage(want);
  return variants.find((v) => v !== exclude && primaryLanguage(v.lang) === p);
}
