// Operations on the focused bead, the doubtful-bead navigation and filter, and Realign.
import type { AlignedBead } from '../../../shared/alignment/beads.js';
import { useT } from '../../i18n/index.js';
import { formatPercent } from '../../i18n/format.js';
import type { EditCommand } from './bead-commands.js';
import { DOUBTFUL_BELOW } from './doubtful.js';
import { ToolbarButton } from './ToolbarButton.js';

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
  return (
    <div className="pair-toolbar" role="toolbar" aria-label={t('pair.toolbar')}>
      <div className="tool-group" role="group" aria-label={t('pair.groups.edit')}>
        <ToolbarButton icon="⤒" label={t('pair.ops.mergePrev')} shortcut="pairMergePrev" disabled={none} onClick={() => onEdit('mergePrev')} />
        <ToolbarButton icon="⤓" label={t('pair.ops.mergeNext')} shortcut="pairMergeNext" disabled={none} onClick={() => onEdit('mergeNext')} />
        <ToolbarButton icon="✂" label={t('pair.ops.split')} shortcut="pairSplit" disabled={none} onClick={() => onEdit('split')} />
        <ToolbarButton icon={linked ? '⤫' : '⟷'} label={linked ? t('pair.ops.unlink') : t('pair.ops.link')} shortcut="pairLink" disabled={none} onClick={() => onEdit('link')} />
        <ToolbarButton icon="∅" label={t('pair.ops.detach')} hint={t('pair.ops.detachHint')} shortcut="pairDetach" disabled={none || !linked} onClick={() => onEdit('detach')} />
        <ToolbarButton icon="↥" label={t('pair.ops.moveUp')} hint={t('pair.ops.moveUpHint')} shortcut="pairMove" disabled={none} onClick={() => onEdit('moveUp')} />
        <ToolbarButton icon="↧" label={t('pair.ops.moveDown')} hint={t('pair.ops.moveDownHint')} shortcut="pairMove" disabled={none} onClick={() => onEdit('moveDown')} />
        <ToolbarButton icon="⤨" label={t('pair.ops.crossLink')} shortcut="pairCrossLink" disabled={none} onClick={onCrossLink} />
      </div>
      <div className="tool-group" role="group" aria-label={t('pair.groups.confirm')}>
        <ToolbarButton icon="✓" label={bead?.confirmed ? t('pair.ops.unconfirm') : t('pair.ops.confirm')} shortcut="pairConfirm" disabled={none} keepLabel onClick={() => onEdit('confirm')} />
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
