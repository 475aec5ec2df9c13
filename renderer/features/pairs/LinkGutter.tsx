// The gutter between the columns: the bead's link. Confirmation is the line style (solid when
// confirmed, dotted when not, plus a ✓); confidence is colour AND line weight AND the marker shape
// (● high, ◐ medium, ○ low), and the number shows on hover and focus. Gaps (a sentence with no
// partner) draw no line and no confidence colour: a neutral ∅, whatever the aligner's confidence.
import type { AlignedBead } from '../../../shared/alignment/beads.js';
import type { ConfidenceBand } from './doubtful.js';

const MARKER: Record<ConfidenceBand, string> = { high: '●', medium: '◐', low: '○' };

interface Props {
  bead: AlignedBead;
  band: ConfidenceBand;
  value: string;
  label: string;
  tooltip: string;
  infoId: string;
}

export function LinkGutter({ bead, band, value, label, tooltip, infoId }: Props) {
  const gap = bead.src.length === 0 || bead.tgt.length === 0;
  const type = `${bead.src.length}:${bead.tgt.length}`;
  return (
    <div
      role="gridcell"
      className={`link-gutter ${gap ? 'band-gap' : `band-${band}`} ${bead.confirmed ? 'is-confirmed' : 'is-unconfirmed'} ${gap ? 'is-gap' : ''}`}
      title={tooltip}
    >
      {gap ? null : <span className="link-line" aria-hidden="true" />}
      <span className="link-marker" aria-hidden="true">
        {gap ? '∅' : MARKER[band]}
        {bead.confirmed ? <span className="link-check">✓</span> : null}
      </span>
      <span className="link-number" aria-hidden="true">
        {value}
      </span>
      {type !== '1:1' ? (
        <span className="link-type" aria-hidden="true">
          {type}
        </span>
      ) : null}
      <span className="sr-only" id={infoId}>
        {label}
      </span>
    </div>
  );
}
