// Names of operations and history entries in the UI language. The server labels its history
// records in English words ("merge", "split"…); they are mapped here, never shown raw.
import type { TFunction } from 'i18next';
import type { AlignmentOp } from '../../../shared/api/contract.js';

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

/** A history record's label in the UI language, or null for labels this view does not know. */
export function historyLabel(t: TFunction, label: string): string | null {
  switch (label) {
    case 'merge':
      return t('history.labels.merge');
    case 'link':
      return t('history.labels.link');
    case 'split':
      return t('history.labels.split');
    case 'unlink':
      return t('history.labels.unlink');
    case 'insert empty partner':
      return t('history.labels.emptyPartner');
    case 'move sentence':
      return t('history.labels.move');
    case 'confirm':
      return t('history.labels.confirm');
    case 'unconfirm':
      return t('history.labels.unconfirm');
    case 'confirm all above':
      return t('history.labels.confirmAbove');
    case 'crossing link':
      return t('history.labels.crossLink');
    case 'edit sentence':
      return t('history.labels.editSentence');
    default:
      return label.startsWith('pair ') ? t('history.labels.pairStatus') : null;
  }
}
