// A sentence of the Pair view with its open findings underlined (as in the Document view: line
// style by severity, the message on hover or focus, a click selects the finding in the panel) and
// the span the editor asked to see marked. Without either, it is just the sentence's runs.
import { useId, useState } from 'react';
import type { FindingView } from '../../../shared/api/contract.js';
import { FindingTip } from '../findings/index.js';
import { sentenceMarks, type SentenceMark, type Span } from './sentence-marks.js';
import { SentenceText } from './SentenceText.js';
import type { Piece } from './text-pieces.js';

interface Props {
  text: string;
  pieces: readonly Piece[];
  /** Open findings in this sentence's coordinates. */
  findings: readonly FindingView[] | undefined;
  reveal: Span | null;
  lang: string;
  /** Marks can take the keyboard focus (Tab) only in the focused bead, like crossing-link notes. */
  tabbable: boolean;
  onChooseFinding: (id: string) => void;
}

export function MarkedSentence({ text, pieces, findings, reveal, lang, tabbable, onChooseFinding }: Props) {
  if (!findings?.length && !reveal) return <SentenceText pieces={pieces} />;
  const marks = sentenceMarks(text, pieces, findings ?? [], reveal);
  return (
    <>
      {marks.map((m) =>
        m.findings.length > 0 ? (
          <FindingMark key={m.start} mark={m} lang={lang} tabbable={tabbable} onChoose={onChooseFinding} />
        ) : m.revealed ? (
          <span key={m.start} className="hl is-revealed" data-testid="pair-revealed">
            <SentenceText pieces={m.pieces} />
          </span>
        ) : (
          <SentenceText key={m.start} pieces={m.pieces} />
        ),
      )}
    </>
  );
}

function FindingMark({ mark, lang, tabbable, onChoose }: { mark: SentenceMark; lang: string; tabbable: boolean; onChoose: (id: string) => void }) {
  const tipId = useId();
  const [tip, setTip] = useState(false);
  const f = mark.findings[0]!;
  return (
    <mark
      className={`hl hl-finding severity-${f.severity} ${mark.revealed ? 'is-revealed' : ''}`}
      data-finding-id={f.id}
      data-testid={mark.revealed ? 'pair-revealed' : undefined}
      tabIndex={tabbable ? 0 : -1}
      aria-describedby={tip ? tipId : undefined}
      onMouseEnter={() => setTip(true)}
      onMouseLeave={() => setTip(false)}
      onFocus={() => setTip(true)}
      onBlur={() => setTip(false)}
      onClick={() => onChoose(f.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          onChoose(f.id);
        }
      }}
    >
      <SentenceText pieces={mark.pieces} />
      {tip ? <FindingTip id={tipId} finding={f} more={mark.findings.length - 1} lang={lang} /> : null}
    </mark>
  );
}
