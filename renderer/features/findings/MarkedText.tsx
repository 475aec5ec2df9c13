// One block of a document with its marks: open findings underlined (line style by severity),
// fixes marked, removed text struck through (original view) or reduced to a marker (cleaned view).
// Hover or focus shows what a mark means; clicking a finding selects it in the findings panel.
import { useEffect, useId, useRef, useState } from 'react';
import type { FindingView } from '../../../shared/api/contract.js';
import type { RevealTarget } from '../../state/workbench-store.js';
import { useT } from '../../i18n/index.js';
import { EditTip, FindingTip } from './MarkTip.js';
import { markPieces, touches, trimmedRange, type CleanEdit, type MarkPiece, type TextMode } from './text-marks.js';

interface Props {
  text: string;
  start: number;
  end: number;
  findings: readonly FindingView[];
  edits: readonly CleanEdit[];
  mode: TextMode;
  reveal: RevealTarget | null;
  lang: string | undefined;
  onChooseFinding: (id: string) => void;
}

export function MarkedText({ text, start, end, findings, edits, mode, reveal, lang, onChooseFinding }: Props) {
  const { t } = useT();
  const baseId = useId();
  const range = trimmedRange(text, start, end);
  const pieces = markPieces(text, range.start, range.end, findings, edits, mode);
  const [tip, setTip] = useState<number | null>(null);
  const revealRef = useRef<HTMLElement | null>(null);
  const scrollsHere = reveal !== null && reveal.start >= range.start && reveal.start <= range.end;
  const firstRevealed = reveal ? pieces.findIndex((p) => touches(p, reveal)) : -1;

  useEffect(() => {
    if (scrollsHere) revealRef.current?.scrollIntoView({ block: 'center' });
  }, [scrollsHere, reveal?.seq]);

  const tipProps = (i: number) => ({
    tabIndex: 0,
    'aria-describedby': tip === i ? `${baseId}-${i}` : undefined,
    onMouseEnter: () => setTip(i),
    onMouseLeave: () => setTip((x) => (x === i ? null : x)),
    onFocus: () => setTip(i),
    onBlur: () => setTip((x) => (x === i ? null : x)),
    ref: i === firstRevealed ? (el: HTMLElement | null) => void (revealRef.current = el) : undefined,
  });
  const revealed = (p: MarkPiece) => (reveal && touches(p, reveal) ? 'is-revealed' : '');

  return (
    <>
      {pieces.map((p, i) => {
        const key = `${i}-${p.kind}-${p.start}`;
        switch (p.kind) {
          case 'text':
            return (
              <span key={key} data-start={p.start} ref={i === firstRevealed ? (el) => void (revealRef.current = el) : undefined} className={revealed(p)}>
                {p.text}
              </span>
            );
          case 'finding': {
            const f = p.findings[0]!;
            return (
              <mark
                key={key}
                data-start={p.start}
                data-finding-id={f.id}
                className={`hl hl-finding severity-${f.severity} ${revealed(p)}`}
                {...tipProps(i)}
                onClick={() => onChooseFinding(f.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    onChooseFinding(f.id);
                  }
                }}
              >
                {p.text}
                {tip === i ? <FindingTip id={`${baseId}-${i}`} finding={f} more={p.findings.length - 1} lang={lang} /> : null}
              </mark>
            );
          }
          case 'fixed':
            return (
              <mark key={key} className={`hl hl-fixed ${p.text === '' ? 'is-insertion' : ''} ${revealed(p)}`} data-testid="fixed-span" {...tipProps(i)}>
                {p.text === '' ? <span aria-hidden="true">‸</span> : p.text}
                <span className="sr-only">{t('findings.marks.fixedSr')}</span>
                {tip === i ? <EditTip id={`${baseId}-${i}`} edit={p.edit} lang={lang} /> : null}
              </mark>
            );
          case 'excluded':
            return (
              <del key={key} className={`hl hl-excluded ${revealed(p)}`} {...tipProps(i)}>
                {p.text}
                <span className="sr-only">{t('findings.marks.excludedSr')}</span>
                {tip === i ? <EditTip id={`${baseId}-${i}`} edit={p.edit} lang={lang} /> : null}
              </del>
            );
          case 'hidden':
            return (
              <span key={key} className={`hl hl-hidden ${revealed(p)}`} {...tipProps(i)}>
                <span aria-hidden="true">⋯</span>
                <span className="sr-only">{t('findings.marks.hiddenSr')}</span>
                {tip === i ? <EditTip id={`${baseId}-${i}`} edit={p.edit} lang={lang} /> : null}
              </span>
            );
        }
      })}
    </>
  );
}
