// The words a bead is announced with: position, type ("2 to 1"), confidence and its band, and
// whether the editor confirmed it. Shared by the gutter tooltip and the screen-reader text.
import type { TFunction } from 'i18next';
import type { AlignedBead } from '../../../shared/alignment/beads.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { confidenceBand, type ConfidenceBand } from './doubtful.js';

export function bandText(t: TFunction, band: ConfidenceBand): string {
  return band === 'high' ? t('pair.band.high') : band === 'medium' ? t('pair.band.medium') : t('pair.band.low');
}

export function describeBead(t: TFunction, lng: string, b: AlignedBead, position: number, total: number) {
  const band = confidenceBand(b.confidence);
  const value = formatPercent(lng, b.confidence);
  const type = t('pair.bead.type', { src: b.src.length, tgt: b.tgt.length });
  const confirmed = b.confirmed ? t('pair.bead.confirmed') : t('pair.bead.unconfirmed');
  const confidence = t('pair.bead.confidence', { value, band: bandText(t, band) });
  return {
    band,
    value,
    label: t('pair.bead.label', { position: formatNumber(lng, position + 1), total: formatNumber(lng, total), type, confidence, confirmed }),
    tooltip: t('pair.bead.tooltip', { value, band: bandText(t, band), type, confirmed }),
  };
}
