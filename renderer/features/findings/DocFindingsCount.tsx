// The documents table's findings column: open findings of one document; activating the number
// opens the findings panel on that document.
import { useMemo } from 'react';
import type { DocumentSummary, FindingsState } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';
import { formatNumber } from '../../i18n/format.js';
import { DEFAULT_FINDING_FILTERS, openCountByDoc } from './finding-query.js';
import { useFindings, useFindingsStore } from './use-findings.js';

const NONE: ReadonlyMap<string, number> = new Map();

/**
 * A document stopped at its time limit after some of its windows: the percentage of its text
 * checked (rounded down: never 100 for a stopped document); null when it has no findings at all.
 */
export function partlyChecked(stopped: NonNullable<FindingsState['timedOut']>[number]): { percent: number } | null {
  if (stopped.checkedChars === undefined || !stopped.totalChars) return null;
  return { percent: Math.floor((100 * stopped.checkedChars) / stopped.totalChars) };
}

export function useOpenFindingsByDoc(): ReadonlyMap<string, number> {
  const findings = useFindings((s) => s.data?.findings);
  return useMemo(() => (findings ? openCountByDoc(findings) : NONE), [findings]);
}

export function DocFindingsCount({ doc, tabIndex }: { doc: DocumentSummary; tabIndex: number }) {
  const { t, i18n } = useT();
  const count = useOpenFindingsByDoc().get(doc.id) ?? 0;
  const loaded = useFindings((s) => s.data !== null);
  const unchecked = useFindings((s) => s.data?.unchecked?.includes(doc.id) ?? false);
  const stopped = useFindings((s) => s.data?.timedOut?.find((x) => x.docId === doc.id));
  if (!loaded) return null;
  // A very large document stopped at the limit after some of its windows: its findings so far,
  // said to be partial (where the check stopped).
  const partly = stopped ? partlyChecked(stopped) : null;
  if (stopped && partly)
    return (
      <>
        <FindingsCountButton doc={doc} tabIndex={tabIndex} count={count} />{' '}
        <span
          className="findings-count is-unchecked"
          title={t('findings.partlyCheckedTitle', { percent: formatNumber(i18n.language, partly.percent), seconds: stopped.seconds })}
          data-testid="doc-findings-partial"
        >
          {t('findings.partlyCheckedShort')}
        </span>
      </>
    );
  // Checks stopped at the per-document time limit: no findings, which is not "0".
  if (stopped)
    return (
      <span className="findings-count is-unchecked" title={t('errors.check.timeLimit', { seconds: stopped.seconds })} data-testid="doc-findings-stopped">
        {t('findings.stoppedShort')}
      </span>
    );
  // A document the checks have not seen yet has no count: "0" would say it is clean.
  if (unchecked)
    return (
      <span className="findings-count is-unchecked" title={t('findings.notCheckedYet')} data-testid="doc-findings-unchecked">
        {t('findings.notCheckedShort')}
      </span>
    );
  return <FindingsCountButton doc={doc} tabIndex={tabIndex} count={count} />;
}

/** The open-findings number: "0" as text, otherwise a button opening the panel on the document. */
function FindingsCountButton({ doc, tabIndex, count }: { doc: DocumentSummary; tabIndex: number; count: number }) {
  const { t, i18n } = useT();
  const store = useFindingsStore();
  if (count === 0) return <span className="findings-count is-zero">{formatNumber(i18n.language, 0)}</span>;
  return (
    <button
      type="button"
      className="link-button findings-count"
      tabIndex={tabIndex}
      aria-label={t('findings.openForDoc', { count, name: doc.name })}
      title={t('findings.openForDoc', { count, name: doc.name })}
      data-testid="doc-findings-count"
      onClick={() => {
        store.setFilters({ ...DEFAULT_FINDING_FILTERS, docId: doc.id });
        store.setPanelOpen(true);
      }}
    >
      {formatNumber(i18n.language, count)}
    </button>
  );
}
