// Maps an API operation onto the pure alignment operations.
import type { AlignmentOp } from '../../../shared/api/contract.js';
import { WorkbenchError } from '../../../shared/api/errors.js';
import { historyLabel } from '../../../shared/history/labels.js';
import {
  AlignmentOpError,
  confirmAllAbove,
  detachSide,
  mergeRange,
  mergeWithNext,
  mergeWithPrevious,
  moveSentence,
  setConfirmed,
  splitBead,
  toggleCrossLink,
  unlinkBead,
  type Alignment,
  type AlignmentChange,
} from '../../../shared/alignment/index.js';

export function changeFor(a: Alignment, op: AlignmentOp): { change: AlignmentChange; label: string } {
  try {
    switch (op.type) {
      case 'merge-next':
        return { change: mergeWithNext(a, op.bead), label: historyLabel('merge') };
      case 'merge-prev':
        return { change: mergeWithPrevious(a, op.bead), label: historyLabel('merge') };
      case 'merge-range':
        return { change: mergeRange(a, op.from, op.to), label: historyLabel('link') };
      case 'split':
        return { change: splitBead(a, op.bead, op.srcCount, op.tgtCount), label: historyLabel('split') };
      case 'unlink':
        return { change: unlinkBead(a, op.bead), label: historyLabel('unlink') };
      case 'detach':
        return { change: detachSide(a, op.bead, op.side), label: historyLabel('empty-partner') };
      case 'move':
        return { change: moveSentence(a, op.bead, op.side, op.dir), label: historyLabel('move-sentence') };
      case 'confirm':
        return { change: setConfirmed(a, op.bead, op.confirmed), label: historyLabel(op.confirmed ? 'confirm' : 'unconfirm') };
      case 'confirm-above':
        return { change: confirmAllAbove(a, op.bead), label: historyLabel('confirm-above') };
      case 'cross-link':
        return { change: toggleCrossLink(a, op.src, op.tgt), label: historyLabel('cross-link') };
    }
  } catch (e) {
    if (e instanceof AlignmentOpError) throw new WorkbenchError('alignment.invalidOp', { reason: e.message });
    throw e;
  }
}
