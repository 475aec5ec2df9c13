// Translated names for glossary kinds and term statuses (literal keys, checked by the key scanner).
import type { TFunction } from 'i18next';
import type { GlossaryKind, TermStatus } from './glossary-model.js';

export function kindLabel(t: TFunction, kind: GlossaryKind): string {
  return kind === 'name' ? t('glossary.kinds.name') : kind === 'title' ? t('glossary.kinds.title') : t('glossary.kinds.term');
}

export function termStatusLabel(t: TFunction, status: TermStatus): string {
  return status === 'preferred' ? t('glossary.statuses.preferred') : status === 'admitted' ? t('glossary.statuses.admitted') : t('glossary.statuses.forbidden');
}

export function languageLabel(t: TFunction, lang: string): string {
  return lang === '*' ? t('glossary.anyLanguage') : lang.toUpperCase();
}
