// The Pair view: header, operations toolbar, the alignment grid, and a live region that speaks
// what the editor's keys did. Loading, failure and the first alignment have their own states.
// A finding chosen in the findings panel while the pair is open is shown here: its bead focused,
// its span marked.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/index.js';
import { caughtErrorText } from '../../i18n/error-text.js';
import type { AlignmentView } from '../../../shared/api/contract.js';
import { AlignmentGrid } from './AlignmentGrid.js';
import type { AlignmentSession } from './alignment-session.js';
import { PairHeader } from './PairHeader.js';
import { PairToolbar } from './PairToolbar.js';
import { RealignDialog } from './RealignDialog.js';
import { useAlignmentSession } from './use-alignment-session.js';
import { usePairFindings } from './use-pair-findings.js';
import { useStore } from '../../state/use-workbench.js';
import { usePairCommands } from './use-pair-commands.js';

/** bead: the bead to show first (from the address); onBead: the focused bead changed (to keep the address in step). */
export function PairView({ pairId, bead, onBead }: { pairId: string; bead?: number | undefined; onBead?: (bead: number) => void }) {
  const { t } = useT();
  const { session, state } = useAlignmentSession(pairId);
  const store = useStore();
  // Spans revealed before the pair was opened belong to another view: only later ones move the focus.
  const [revealSince] = useState(() => store.getState().reveal?.seq ?? 0);
  let body;
  if (state.view)
    body = <PairEditor session={session} view={state.view} realigning={state.realigning} revealSince={revealSince} initialBead={bead} onBead={onBead} />;
  else if (state.status === 'failed')
    body = (
      <div className="pair-problem">
        <p role="alert" className="error-text">
          {t('pair.loadFailed', { message: caughtErrorText(t, state.error) })}
        </p>
        <button type="button" className="button" onClick={() => void session.load()}>
          {t('pair.retry')}
        </button>
      </div>
    );
  else
    body = (
      <p role="status" className="hint">
        {t('pair.loading')}
      </p>
    );
  return (
    <section className="pair-view" aria-label={t('pair.label')}>
      {body}
    </section>
  );
}

/** Whether the keyboard is working the findings list (J / K) or a dialog: a reveal leaves the focus there. */
function focusInFindingsList(): boolean {
  return document.activeElement?.closest('#findings-panel [role=listbox], dialog[open]') != null;
}

function PairEditor({
  session,
  view,
  realigning,
  revealSince,
  initialBead,
  onBead,
}: {
  session: AlignmentSession;
  view: AlignmentView;
  realigning: boolean;
  revealSince: number;
  initialBead: number | undefined;
  onBead: ((bead: number) => void) | undefined;
}) {
  const { t } = useT();
  const gridRef = useRef<HTMLDivElement>(null);
  const [askRealign, setAskRealign] = useState(false);
  const focusGrid = useCallback(() => gridRef.current?.focus({ preventScroll: true }), []);
  const c = usePairCommands(session, view, focusGrid);
  const { findings, reveal } = usePairFindings(view);

  // A new reveal in one of this pair's documents: focus its bead (the grid scrolls to it).
  const [scrollKey, setScrollKey] = useState(0);
  const handledReveal = useRef(revealSince);
  const { showSentence } = c;
  useEffect(() => {
    if (!reveal || reveal.seq <= handledReveal.current) return;
    handledReveal.current = reveal.seq;
    showSentence(reveal.bead, reveal.side, reveal.position);
    setScrollKey((k) => k + 1);
    if (!focusInFindingsList()) focusGrid();
  }, [reveal, showSentence, focusGrid]);
  // Back where the editor was (a reload): the bead from the address, shown once.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    if (initialBead !== undefined && initialBead < view.beads.length) {
      showSentence(initialBead, 'src', 0);
      setScrollKey((k) => k + 1);
    }
  }, [initialBead, view.beads.length, showSentence]);
  const focusedBead = c.focus.bead;
  useEffect(() => {
    if (restored.current) onBead?.(focusedBead);
  }, [focusedBead, onBead]);
  const afterTool = (fn: () => void) => () => {
    fn();
    focusGrid();
  };

  return (
    <>
      <PairHeader view={view} />
      <PairToolbar
        bead={view.beads[c.focus.bead]}
        busy={realigning}
        doubtfulOnly={c.doubtfulOnly}
        onEdit={(cmd) => afterTool(() => c.runEdit(cmd))()}
        onCrossLink={afterTool(c.crossLink)}
        onDoubtful={(dir) => afterTool(() => c.goDoubtful(dir))()}
        onDoubtfulOnly={(on) => afterTool(() => c.setDoubtfulOnly(on))()}
        onRealign={() => setAskRealign(true)}
      />
      {realigning ? (
        <p role="status" className="hint pair-realigning">
          {t('pair.realign.running')}
        </p>
      ) : null}
      {c.rows && c.rows.length === 0 ? <p className="hint pair-filter-empty">{t('pair.filterEmpty')}</p> : null}
      <AlignmentGrid
        view={view}
        rows={c.rows}
        focus={c.focus}
        editing={c.editing}
        marked={c.marked}
        findings={findings}
        reveal={reveal}
        scrollKey={scrollKey}
        actions={c.actions}
        gridRef={gridRef}
        onKey={c.onKey}
      />
      <p className="sr-only" role="status" aria-live="polite" data-testid="pair-announcer">
        {/* A zero-width space makes a repeated message a change, so it is spoken again. */}
        {c.message.text + (c.message.seq % 2 ? '\u200b' : '')}
      </p>
      {askRealign ? (
        <RealignDialog
          onClose={() => setAskRealign(false)}
          onConfirm={(dictionary) => {
            setAskRealign(false);
            void session.realign(dictionary);
          }}
        />
      ) : null}
    </>
  );
}
