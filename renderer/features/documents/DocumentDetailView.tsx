// One document: its languages, encoding and text. Esc or "Back" returns to the table.
import { useEffect, useRef } from 'react';
import { FixSelection } from '../findings/index.js';
import { MarksLegend, TextModeToggle } from '../findings/index.js';
import { useDocumentMarks } from '../findings/index.js';
import { useRememberedScroll } from '../../app/scroll-memory.js';
import { useT } from '../../i18n/index.js';
import { caughtErrorText } from '../../i18n/error-text.js';
import { formatNumber } from '../../i18n/format.js';
import { useWorkbench } from '../../state/use-workbench.js';
import { ConfidenceMeter } from './ConfidenceMeter.js';
import { EncodingPicker } from './EncodingPicker.js';
import { LanguageBadge } from './LanguageBadge.js';
import { SegmentedText } from './SegmentedText.js';
import { useDocumentDetail } from './use-document-detail.js';

interface Props {
  id: string;
  focusSegment?: number | undefined;
  onBack: () => void;
}

export function DocumentDetailView({ id, focusSegment, onBack }: Props) {
  const { t, i18n } = useT();
  const summary = useWorkbench((s) => s.snapshot?.documents.find((d) => d.id === id));
  const state = useDocumentDetail(id, summary);
  const marks = useDocumentMarks(state.status === 'ready' ? state.detail : null, id);
  // A reload comes back to the same place in the text (unless a segment or a finding is asked for).
  const bodyRef = useRef<HTMLDivElement>(null);
  useRememberedScroll(bodyRef, `document:${id}`, state.status === 'ready' && focusSegment === undefined);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A dialog handles its own Esc; only a bare Esc on the page goes back.
      if (e.key === 'Escape' && !e.defaultPrevented && !document.querySelector('dialog[open]')) onBack();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack]);

  return (
    <section className="detail-view" aria-label={t('detail.label')}>
      <div className="view-toolbar">
        <button type="button" className="button" aria-keyshortcuts="Escape" onClick={onBack}>
          <span aria-hidden="true">←</span> {t('detail.back')}
        </button>
      </div>
      {summary ? (
        <header className="detail-header">
          <h1 className="detail-title">{summary.name}</h1>
          <LanguageBadge doc={summary} />
          <ConfidenceMeter value={summary.confidence} />
          <span className="hint">
            {t('detail.stats', {
              words: formatNumber(i18n.language, summary.words),
              sentences: formatNumber(i18n.language, summary.sentences),
              format: summary.format,
            })}
          </span>
          {summary.format !== 'docx' ? <EncodingPicker doc={summary} /> : null}
          {state.status === 'ready' && marks.mode === 'original' ? <FixSelection docId={id} text={state.detail.text} lang={summary.language} /> : null}
          <TextModeToggle mode={marks.mode} onMode={marks.setMode} />
        </header>
      ) : null}
      <div className="detail-body" ref={bodyRef}>
        {state.status === 'loading' ? <p role="status">{t('detail.loading')}</p> : null}
        {state.status === 'failed' ? (
          <p role="alert" className="error-text">
            {caughtErrorText(t, state.error)}
          </p>
        ) : null}
        {state.status === 'ready' ? <MarksLegend mode={marks.mode} /> : null}
        {state.status === 'ready' ? <SegmentedText detail={state.detail} focusSegment={focusSegment} renderBlock={marks.renderBlock} /> : null}
      </div>
    </section>
  );
}
