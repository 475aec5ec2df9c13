// Names of operations and history entries in the UI language. The server labels its history
// records with keys ("merge", "apply-to-all:3", see shared/history/labels.ts); they are mapped here.
import type { TFunction } from 'i18next';
import type { AlignmentOp } from '../../../shared/api/contract.js';
import { parseHistoryLabel } from '../../../shared/history/labels.js';

export function opLabel(t: TFunction, op: AlignmentOp): string {
  switch (op.type) {
    case 'merge-next':
    case 'merge-prev':
      return t('history.labels.merge');
    case 'merge-range':
      return t('history.labels.link');
    case 'split':
      return t('history.labels.split');
    case 'unlink':
      return t('history.labels.unlink');
    case 'detach':
      return t('history.labels.emptyPartner');
    case 'move':
      return t('history.labels.move');
    case 'confirm':
      return op.confirmed ? t('history.labels.confirm') : t('history.labels.unconfirm');
    case 'confirm-above':
      return t('history.labels.confirmAbove');
    case 'cross-link':
      return t('history.labels.crossLink');
  }
}

/** A history record's label in the UI language, or null for labels that are not keys (records
 * written before labels were keys): the caller then says a plain "Undo" / "Redo". */
export function historyLabel(t: TFunction, label: string): string | null {
  const parsed = parseHistoryLabel(label);
  if (!parsed) return null;
  const count = parsed.count ?? 1;
  switch (parsed.key) {
    case 'merge':
      return t('history.labels.merge');
    case 'link':
      return t('history.labels.link');
    case 'split':
      return t('history.labels.split');
    case 'unlink':
      return t('history.labels.unlink');
    case 'empty-partner':
      return t('history.labels.emptyPartner');
    case 'move-sentence':
      return t('history.labels.move');
    case 'confirm':
      return t('history.labels.confirm');
    case 'unconfirm':
      return t('history.labels.unconfirm');
    case 'confirm-above':
      return t('history.labels.confirmAbove');
    case 'cross-link':
      return t('history.labels.crossLink');
    case 'edit-sentence':
      return t('history.labels.editSentence');
    case 'pair-suggested':
      return t('history.labels.pairSuggested');
    case 'pair-confirmed':
      return t('history.labels.pairConfirmed');
    case 'pair-rejected':
      return t('history.labels.pairRejected');
    case 'accept-fix':
      return t('history.labels.acceptFix');
    case 'edit-finding':
      return t('history.labels.editFinding');
    case 'reject-finding':
      return t('history.labels.rejectFinding');
    case 'reopen-finding':
      return t('history.labels.reopenFinding');
    case 'revert-fix':
      return t('history.labels.revertFix');
    case 'edit-text':
      return t('history.labels.editText');
    case 'apply-to-all':
      return t('history.labels.applyToAll', { count });
    case 'same-fix-elsewhere':
      return t('history.labels.sameFixElsewhere', { count });
    case 'replace-in-corpus':
      return t('history.labels.replaceInCorpus', { count });
    case 'mark-reviewed':
      return t('history.labels.markReviewed');
    case 'mark-unreviewed':
      return t('history.labels.markUnreviewed');
    case 'set-language':
      return t('history.labels.setLanguage');
    case 'clear-language':
      return t('history.labels.clearLanguage');
  }
}
