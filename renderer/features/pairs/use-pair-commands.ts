// The Pair view's behaviour: where the keyboard is, what each key or toolbar button does to the
// focused bead, inline editing, crossing links and doubtful-bead navigation, with a spoken
// message for everything that does not show by itself.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { AlignmentOp, AlignmentView } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';
import type { PairKeyCommand } from '../../keyboard/pair-keys.js';
import { shortcutText } from '../../keyboard/key-labels.js';
import { isMacPlatform } from '../../keyboard/shortcuts.js';
import type { AlignmentSession } from './alignment-session.js';
import { opFor, type EditCommand, type GridFocus, type Side } from './bead-commands.js';
import type { SentenceRef } from './BeadRow.js';
import { doubtfulIndices, findDoubtful } from './doubtful.js';
import { clampFocus, navigate, rowOf, type NavCommand } from './grid-nav.js';
import type { SideActions } from './SideCell.js';
import { opLabel } from './op-labels.js';
import { useFindingsStore } from '../findings/index.js';

const NAV = new Set<PairKeyCommand>(['up', 'down', 'home', 'end', 'pageUp', 'pageDown', 'sentenceUp', 'sentenceDown', 'nextSide', 'prevSide']);
const EDITS = new Set<PairKeyCommand>(['mergeNext', 'mergePrev', 'split', 'link', 'detach', 'moveUp', 'moveDown', 'confirm', 'confirmAbove']);

/** Where the focus lands after an operation (merging with the previous bead moves it up). */
function focusAfter(op: AlignmentOp, f: GridFocus): GridFocus {
  if (op.type === 'merge-prev') return { ...f, bead: f.bead - 1, sentence: 0 };
  if (op.type === 'merge-range') return { ...f, bead: op.from, sentence: 0 };
  return f;
}

export function usePairCommands(session: AlignmentSession, view: AlignmentView, focusGrid: () => void) {
  const { t } = useT();
  const [rawFocus, setFocus] = useState<GridFocus>({ bead: 0, side: 'src', sentence: 0 });
  const [editing, setEditing] = useState<(SentenceRef & { bead: number }) | null>(null);
  const [marked, setMarked] = useState<SentenceRef | null>(null);
  const [doubtfulOnly, setDoubtfulOnly] = useState(false);
  const [message, setMessage] = useState({ text: '', seq: 0 });
  const { beads } = view;
  const focus = clampFocus(rawFocus, beads);
  const rows = useMemo(() => (doubtfulOnly ? doubtfulIndices(beads) : null), [doubtfulOnly, beads]);
  const latest = useRef({ focus, beads, rows });
  latest.current = { focus, beads, rows };
  const findingsStore = useFindingsStore();

  const announce = useCallback((text: string) => setMessage((m) => ({ text, seq: m.seq + 1 })), []);

  const runEdit = useCallback(
    (command: EditCommand) => {
      const { focus: f, beads: bs } = latest.current;
      const op = opFor(command, bs, f);
      if ('cannot' in op) {
        announce(t(`pair.cannot.${op.cannot}`));
        return;
      }
      setFocus(focusAfter(op, f));
      void session.edit(op).then((r) => {
        if (r) announce(t('pair.done', { action: opLabel(t, op) }));
      });
    },
    [session, announce, t],
  );

  const goDoubtful = useCallback(
    (dir: 1 | -1) => {
      const { focus: f, beads: bs } = latest.current;
      const i = findDoubtful(bs, f.bead, dir);
      if (i < 0) announce(dir === 1 ? t('pair.noDoubtfulAfter') : t('pair.noDoubtfulBefore'));
      else setFocus({ ...f, bead: i, sentence: 0 });
    },
    [announce, t],
  );

  const markedRef = useRef<SentenceRef | null>(null);
  const mark = (m: SentenceRef | null) => {
    markedRef.current = m;
    setMarked(m);
  };

  /** First press marks the focused sentence; the second, on the other side, links the two. */
  const crossLink = () => {
    const f = latest.current.focus;
    const index = latest.current.beads[f.bead]?.[f.side][f.sentence];
    const m = markedRef.current;
    if (index === undefined) return announce(t('pair.cross.noSentence'));
    if (!m) {
      mark({ side: f.side, index });
      return announce(t('pair.cross.marked', { n: index + 1, keys: shortcutText(t, 'pairCrossLink', isMacPlatform(navigator)) }));
    }
    if (m.side === f.side) return announce(t('pair.cross.sameSide'));
    mark(null);
    const op: AlignmentOp = { type: 'cross-link', src: m.side === 'src' ? m.index : index, tgt: m.side === 'tgt' ? m.index : index };
    void session.edit(op).then((r) => r && announce(t('pair.done', { action: opLabel(t, op) })));
  };

  /** Shows a sentence (a finding chosen in the panel): its bead becomes the focused one, even if filtered out. */
  const showSentence = useCallback((bead: number, side: Side, position: number) => {
    const shown = latest.current.rows;
    if (shown && !shown.includes(bead)) setDoubtfulOnly(false);
    setFocus({ bead, side, sentence: Math.max(0, position) });
  }, []);

  const startEdit = useCallback((bead: number, side: Side, position: number) => {
    const index = latest.current.beads[bead]?.[side][position];
    if (index === undefined) return;
    setFocus({ bead, side, sentence: position });
    setEditing({ bead, side, index });
  }, []);

  const actions = useMemo<SideActions>(
    () => ({
      pick: (bead, side, position) => {
        setFocus({ bead, side, sentence: position });
        focusGrid();
      },
      startEdit,
      saveEdit: (side, index, text) => {
        setEditing(null);
        focusGrid();
        void session.editSentence(side, index, text);
      },
      cancelEdit: () => {
        setEditing(null);
        focusGrid();
      },
      jump: (side, index) => {
        const bead = latest.current.beads.findIndex((b) => b[side].includes(index));
        if (bead < 0) return;
        setDoubtfulOnly(false);
        setFocus({ bead, side, sentence: Math.max(0, latest.current.beads[bead]![side].indexOf(index)) });
        focusGrid();
      },
      chooseFinding: (id) => {
        findingsStore.focusFinding(id);
        findingsStore.select(id);
      },
    }),
    [session, startEdit, focusGrid, findingsStore],
  );

  /** Handles a grid key; false when the key is not ours (Tab leaving the grid). */
  const onKey = (cmd: PairKeyCommand, pageSize: number): boolean => {
    if (cmd === 'nextSide' && focus.side === 'tgt') return false;
    if (cmd === 'prevSide' && focus.side === 'src') return false;
    if (NAV.has(cmd)) setFocus(navigate(cmd as NavCommand, focus, beads, rows, pageSize));
    else if (EDITS.has(cmd)) runEdit(cmd as EditCommand);
    else if (cmd === 'nextDoubtful') goDoubtful(1);
    else if (cmd === 'prevDoubtful') goDoubtful(-1);
    else if (cmd === 'crossLink') crossLink();
    else if (cmd === 'edit') startEdit(focus.bead, focus.side, focus.sentence);
    else if (cmd === 'escape') {
      if (!markedRef.current) return false;
      mark(null);
      announce(t('pair.cross.cancelled'));
    }
    return true;
  };

  return {
    focus,
    rows,
    activeRow: rowOf(focus.bead, rows),
    editing,
    marked,
    doubtfulOnly,
    setDoubtfulOnly,
    message,
    actions,
    onKey,
    runEdit,
    goDoubtful,
    crossLink,
    showSentence,
  };
}
