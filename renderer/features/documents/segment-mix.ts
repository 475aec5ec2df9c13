// Groups a document's per-language character counts into the four bands the mix bar draws.
export const MIX_BANDS = ['en', 'fr', 'other', 'und'] as const;
export type MixBand = (typeof MIX_BANDS)[number];

export interface MixPart {
  band: MixBand;
  chars: number;
  /** 0..1 of all characters. */
  share: number;
}

export function bandOf(language: string): MixBand {
  return language === 'en' || language === 'fr' || language === 'und' ? language : 'other';
}

export function mixParts(segmentMix: Record<string, number>): MixPart[] {
  const chars: Record<MixBand, number> = { en: 0, fr: 0, other: 0, und: 0 };
  for (const [lang, n] of Object.entries(segmentMix)) chars[bandOf(lang)] += Math.max(0, n);
  const total = MIX_BANDS.reduce((sum, b) => sum + chars[b], 0);
  return MIX_BANDS.filter((b) => chars[b] > 0).map((band) => ({
    band,
    chars: chars[band],
    share: total === 0 ? 0 : chars[band] / total,
  }));
}
