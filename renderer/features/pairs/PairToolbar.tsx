// Operations on the focused bead, the doubtful-bead navigation and filter, and Realign.
import type { AlignedBead } from '../../../shared/alignment/beads.js';
import { useT } from '../../i18n/index.js';
import { formatPercent } from '../../i18n/format.js';
import type { EditCommand } from './bead-commands.js';
import { DOUBTFUL_BELOW } from './doubtful.js';
import { ToolbarButton } from './ToolbarButton.js';
import { useRef } from 'react';
import { shortcutText } from '../../keyboard/key-labels.js';
import { isMacPlatform, type ShortcutHelp } from '../../keyboard/shortcuts.js';

interface Props {
  bead: AlignedBead | undefined;
  busy: boolean;
  doubtfulOnly: boolean;
  onEdit: (c: EditCommand) => void;
  onCrossLink: () => void;
  onDoubtful: (dir: 1 | -1) => void;
  onDoubtfulOnly: (on: boolean) => void;
  onRealign: () => void;
}

export function PairToolbar({ bead, busy, doubtfulOnly, onEdit, onCrossLink, onDoubtful, onDoubtfulOnly, onRealign }: Props) {
  const { t, i18n } = useT();
  const linked = !!bead && bead.src.length > 0 && bead.tgt.length > 0;
  const none = !bead || busy;
  const edits: EditItem[] = [
    { key: 'mergePrev', icon: '⤒', label: t('pair.ops.mergePrev'), shortcut: 'pairMergePrev', disabled: none, run: () => onEdit('mergePrev') },
    { key: 'mergeNext', icon: '⤓', label: t('pair.ops.mergeNext'), shortcut: 'pairMergeNext', disabled: none, run: () => onEdit('mergeNext') },
    { key: 'split', icon: '✂', label: t('pair.ops.split'), shortcut: 'pairSplit', disabled: none, run: () => onEdit('split') },
    {
      key: 'link',
      icon: linked ? '⤫' : '⟷',
      label: linked ? t('pair.ops.unlink') : t('pair.ops.link'),
      shortcut: 'pairLink',
      disabled: none,
      run: () => onEdit('link'),
    },
    {
      key: 'detach',
      icon: '∅',
      label: t('pair.ops.detach'),
      hint: t('pair.ops.detachHint'),
      shortcut: 'pairDetach',
      disabled: none || !linked,
      run: () => onEdit('detach'),
    },
    {
      key: 'moveUp',
      icon: '↥',
      label: t('pair.ops.moveUp'),
      hint: t('pair.ops.moveUpHint'),
      shortcut: 'pairMove',
      disabled: none,
      run: () => onEdit('moveUp'),
    },
    {
      key: 'moveDown',
      icon: '↧',
      label: t('pair.ops.moveDown'),
      hint: t('pair.ops.moveDownHint'),
      shortcut: 'pairMove',
      disabled: none,
      run: () => onEdit('moveDown'),
    },
    { key: 'crossLink', icon: '⤨', label: t('pair.ops.crossLink'), shortcut: 'pairCrossLink', disabled: none, run: onCrossLink },
  ];
  return (
    <div className="pair-toolbar" role="toolbar" aria-label={t('pair.toolbar')}>
      <div className="tool-group tool-group-edit" role="group" aria-label={t('pair.groups.edit')}>
        {edits.map((e) => (
          <ToolbarButton key={e.key} icon={e.icon} label={e.label} hint={e.hint} shortcut={e.shortcut} disabled={e.disabled} onClick={e.run} />
        ))}
      </div>
      <EditMenu items={edits} />
      <div className="tool-group" role="group" aria-label={t('pair.groups.confirm')}>
        <ToolbarButton
          icon="✓"
          label={bead?.confirmed ? t('pair.ops.unconfirm') : t('pair.ops.confirm')}
          shortcut="pairConfirm"
          disabled={none}
          keepLabel
          onClick={() => onEdit('confirm')}
        />
        <ToolbarButton icon="⇈" label={t('pair.ops.confirmAbove')} shortcut="pairConfirmAbove" disabled={none} onClick={() => onEdit('confirmAbove')} />
      </div>
      <div className="tool-group" role="group" aria-label={t('pair.groups.doubtful')}>
        <ToolbarButton icon="◁" label={t('pair.ops.prevDoubtful')} shortcut="pairPrevDoubtful" disabled={!bead} onClick={() => onDoubtful(-1)} />
        <ToolbarButton icon="▷" label={t('pair.ops.nextDoubtful')} shortcut="pairNextDoubtful" disabled={!bead} onClick={() => onDoubtful(1)} />
        <ToolbarButton
          icon="⚑"
          label={t('pair.ops.doubtfulOnly')}
          hint={t('pair.ops.doubtfulOnlyHint', { threshold: formatPercent(i18n.language, DOUBTFUL_BELOW) })}
          pressed={doubtfulOnly}
          onClick={() => onDoubtfulOnly(!doubtfulOnly)}
        />
      </div>
      <div className="tool-spacer" />
      <ToolbarButton icon="↻" label={t('pair.ops.realign')} disabled={busy} keepLabel onClick={onRealign} />
    </div>
  );
}

interface EditItem {
  key: string;
  icon: string;
  label: string;
  hint?: string;
  shortcut: ShortcutHelp['id'];
  disabled: boolean;
  run: () => void;
}

/**
 * The alignment edits as one "Edit ▾" menu, for a toolbar too narrow for them all (CSS shows it
 * instead of the buttons): every item with its icon, its label and its keys.
 */
function EditMenu({ items }: { items: readonly EditItem[] }) {
  const { t } = useT();
  const ref = useRef<HTMLDetailsElement>(null);
  const mac = isMacPlatform(navigator);
  return (
    <details
      className="tool-menu"
      ref={ref}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !ref.current?.open) return;
        e.stopPropagation();
        ref.current.open = false;
        ref.current.querySelector('summary')?.focus();
      }}
    >
      <summary className="button small tool-button" data-testid="pair-edit-menu">
        {t('pair.editMenu')}
      </summary>
      <div className="tool-menu-body" role="group" aria-label={t('pair.groups.edit')}>
        {items.map((e) => (
          <button
            key={e.key}
            type="button"
            className="tool-menu-item"
            disabled={e.disabled}
            title={e.hint}
            onMouseDown={(ev) => ev.preventDefault()}
            onClick={() => {
              if (ref.current) ref.current.open = false;
              e.run();
            }}
          >
            <span aria-hidden="true" className="tool-icon">
              {e.icon}
            </span>
            <span className="tool-menu-label">{e.label}</span>
            <kbd className="tool-menu-keys">{shortcutText(t, e.shortcut, mac)}</kbd>
          </button>
        ))}
      </div>
    </details>
  );
}
