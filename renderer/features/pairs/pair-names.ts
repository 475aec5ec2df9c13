// Short names for pairs in the narrow rail: "000 ⇄ 001" from "000_07a3….txt". The full names stay
// in titles and accessible labels.
import type { TFunction } from 'i18next';
import type { DocumentSummary, PairSummary } from '../../../shared/api/contract.js';

export function shortName(name: string): string {
  const numbered = /^(\d+)[_\-\s.]/.exec(name);
  if (numbered) return numbered[1]!;
  return name.replace(/\.[^.]+$/, '');
}

export function pairKindShort(t: TFunction, kind: PairSummary['kind']): string {
  return kind === 'version' ? t('pairs.kind.version') : t('pairs.kind.translation');
}

export function pairKindLong(t: TFunction, kind: PairSummary['kind']): string {
  return kind === 'version' ? t('pairs.kindLong.version') : t('pairs.kindLong.translation');
}

export function pairStatusText(t: TFunction, status: PairSummary['status']): string {
  return status === 'confirmed' ? t('pairs.status.confirmed') : status === 'rejected' ? t('pairs.status.rejected') : t('pairs.status.suggested');
}

/** Documents in no pair the editor still considers (rejected pairs do not count). */
export function unpairedDocuments(docs: readonly DocumentSummary[], pairs: readonly PairSummary[]): DocumentSummary[] {
  const paired = new Set(pairs.filter((p) => p.status !== 'rejected').flatMap((p) => [p.a, p.b]));
  return docs.filter((d) => !paired.has(d.id));
}

/** "rtl" for the scripts written right to left, so each column gets its own direction. */
export function textDirection(language: string): 'ltr' | 'rtl' {
  return /^(ar|he|fa|ur|yi|ps|sd|ug|dv)$/.test(language) ? 'rtl' : 'ltr';
}
