// Places a fix would apply to, each with its document and context, each with a checkbox.
import { useState } from 'react';
import type { FixOccurrence } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';
import { useWorkbench } from '../../state/use-workbench.js';
import { FixDiff } from './FixDiff.js';

export const occurrenceKey = (o: FixOccurrence) => `${o.docId}:${o.start}:${o.end}`;

/** The checked places of an OccurrenceList (all of them at first) and its onToggle. */
export function useChosenOccurrences(occurrences: readonly FixOccurrence[]): { chosen: ReadonlySet<string>; onToggle: (key: string, on: boolean) => void } {
  const [chosen, setChosen] = useState(() => new Set(occurrences.map(occurrenceKey)));
  const onToggle = (key: string, on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  return { chosen, onToggle };
}

interface Props {
  occurrences: readonly FixOccurrence[];
  to: string;
  chosen: ReadonlySet<string>;
  onToggle: (key: string, on: boolean) => void;
  /** A place that is always included (the finding being fixed). */
  lockedKey?: string | undefined;
}

export function OccurrenceList({ occurrences, to, chosen, onToggle, lockedKey }: Props) {
  const { t } = useT();
  const docs = useWorkbench((s) => s.snapshot?.documents);
  return (
    <ul className="occurrence-list" data-testid="occurrence-list">
      {occurrences.map((o) => {
        const key = occurrenceKey(o);
        const locked = key === lockedKey;
        return (
          <li key={key} className="occurrence" data-testid="occurrence">
            <label className="occurrence-label">
              <input type="checkbox" checked={locked || chosen.has(key)} disabled={locked} onChange={(e) => onToggle(key, e.currentTarget.checked)} />
              <span className="occurrence-body">
                <span className="occurrence-doc">
                  {o.docName}
                  {locked ? <span className="hint"> {t('findings.applyAll.thisOne')}</span> : null}
                </span>
                <FixDiff context={o.context} from={o.text} to={to} contextChars={60} lang={docs?.find((d) => d.id === o.docId)?.language} />
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
