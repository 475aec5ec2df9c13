// Column order of the documents table; the CSS grid template in documents.css follows the same order.
import type { TFunction } from 'i18next';
import type { SortColumn } from './document-query.js';

export const COLUMNS: readonly SortColumn[] = ['name', 'language', 'confidence', 'mix', 'words', 'sentences', 'findings', 'reviewed', 'override'];

export function columnLabel(t: TFunction, c: SortColumn): string {
  switch (c) {
    case 'name':
      return t('documents.columns.name');
    case 'language':
      return t('documents.columns.language');
    case 'confidence':
      return t('documents.columns.confidence');
    case 'mix':
      return t('documents.columns.mix');
    case 'words':
      return t('documents.columns.words');
    case 'sentences':
      return t('documents.columns.sentences');
    case 'findings':
      return t('findings.column');
    case 'reviewed':
      return t('documents.columns.reviewed');
    case 'override':
      return t('documents.columns.override');
  }
}
