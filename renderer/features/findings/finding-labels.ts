// Translated names for the findings vocabulary. Literal keys (not built at run time) so the key
// scanner checks each one exists; an unknown category from a newer engine shows as itself.
import type { TFunction } from 'i18next';
import type { FindingStatus, FindingView } from '../../../shared/api/contract.js';
import { messageLanguage, renderMessage } from '../../../shared/checks/messages/render.js';

export function categoryLabel(t: TFunction, category: string): string {
  switch (category) {
    case 'name-translation':
      return t('findings.categories.name-translation');
    case 'terminology':
      return t('findings.categories.terminology');
    case 'meaning':
      return t('findings.categories.meaning');
    case 'quotes':
      return t('findings.categories.quotes');
    case 'spacing':
      return t('findings.categories.spacing');
    case 'typography':
      return t('findings.categories.typography');
    case 'repetition':
      return t('findings.categories.repetition');
    case 'fragment':
      return t('findings.categories.fragment');
    case 'spelling':
      return t('findings.categories.spelling');
    case 'grammar':
      return t('findings.categories.grammar');
    case 'boilerplate':
      return t('findings.categories.boilerplate');
    case 'language':
      return t('findings.categories.language');
    default:
      return category;
  }
}

export function severityLabel(t: TFunction, severity: FindingView['severity']): string {
  return severity === 'error' ? t('findings.severity.error') : severity === 'warning' ? t('findings.severity.warning') : t('findings.severity.info');
}

export function statusLabel(t: TFunction, status: FindingStatus | 'done'): string {
  switch (status) {
    case 'open':
      return t('findings.status.open');
    case 'accepted':
      return t('findings.status.accepted');
    case 'edited':
      return t('findings.status.edited');
    case 'rejected':
      return t('findings.status.rejected');
    case 'done':
      return t('findings.status.done');
  }
}

/** The finding's message in the UI language, from the shared check catalogues (French UI → French; anything else → English). */
export function messageIn(f: Pick<FindingView, 'message'>, uiLanguage: string): string {
  return renderMessage(f.message, messageLanguage(uiLanguage));
}

/** The finding's evidence lines in the UI language, as messageIn chooses. */
export function evidenceIn(f: Pick<FindingView, 'evidence'>, uiLanguage: string): string[] {
  const lang = messageLanguage(uiLanguage);
  return f.evidence.map((e) => renderMessage(e, lang));
}
