// The selected finding: its message in the UI language, the evidence, each suggestion as a diff
// with Accept, and the other decisions (apply to all, edit, reject, reopen, add to glossary).
import { useState } from 'react';
import type { FindingView } from '../../../shared/api/contract.js';
import { useT } from '../../i18n/index.js';
import { useStore, useWorkbench } from '../../state/use-workbench.js';
import { ApplyToAllDialog } from './ApplyToAllDialog.js';
import { EditForm } from './EditForm.js';
import { categoryLabel, evidenceIn, messageIn, severityLabel, statusLabel } from './finding-labels.js';
import { FixDiff } from './FixDiff.js';
import { RejectForm } from './RejectForm.js';
import { useApplyAllPreview } from './use-apply-all-preview.js';
import { useFindingsStore } from './use-findings.js';

export type DetailMode = 'view' | 'edit' | 'reject';

interface Props {
  finding: FindingView;
  mode: DetailMode;
  onMode: (m: DetailMode) => void;
  onAnnounce: (text: string) => void;
}

export function FindingDetail({ finding: f, mode, onMode, onAnnounce }: Props) {
  const { t, i18n } = useT();
  const store = useFindingsStore();
  const wb = useStore();
  const lang = useWorkbench((s) => s.snapshot?.documents.find((d) => d.id === f.docId)?.language);
  const preview = useApplyAllPreview(f, 0);
  const [applyAll, setApplyAll] = useState(false);
  const [busy, setBusy] = useState(false);
  const open = f.status === 'open';

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    const ok = await work();
    setBusy(false);
    if (ok) onAnnounce(done);
  };
  const accept = (i: number) => void run(() => store.accept(f, i), t('findings.announce.accepted', { text: f.text, to: f.suggestions[i] ?? '' }));

  return (
    <section className="finding-detail" aria-label={t('findings.detailLabel')} data-testid="finding-detail">
      <header className="finding-detail-head">
        <span className={`severity-mark severity-${f.severity}`} aria-hidden="true" />
        <h3>
          {categoryLabel(t, f.category)} · {severityLabel(t, f.severity)}
        </h3>
        <button
          type="button"
          className="link-button finding-doc-link"
          onClick={() => wb.revealSpan({ docId: f.docId, start: f.start, end: f.end, findingId: f.id })}
        >
          {t('findings.showInDocument', { name: f.docName })}
        </button>
      </header>
      <p className="finding-message" lang={i18n.language}>
        {messageIn(f, i18n.language)}
      </p>
      {f.evidence.length > 0 ? (
        <ul className="finding-evidence" aria-label={t('findings.evidence')} lang={i18n.language}>
          {evidenceIn(f, i18n.language).map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      ) : null}

      {open ? null : <SettledStatus finding={f} />}

      {open && mode === 'view' ? (
        f.suggestions.length > 0 ? (
          <ol className="suggestions" aria-label={t('findings.suggestions')}>
            {f.suggestions.map((s, i) => (
              <li key={i} className="suggestion">
                <FixDiff context={f.context} from={f.text} to={s} lang={lang} />
                <button
                  type="button"
                  className={`button small ${i === 0 ? 'primary' : ''}`}
                  disabled={busy}
                  aria-keyshortcuts={i === 0 ? 'A' : undefined}
                  data-testid="accept-suggestion"
                  onClick={() => accept(i)}
                >
                  {s === '' ? t('findings.actions.exclude') : t('findings.actions.accept')}
                </button>
              </li>
            ))}
          </ol>
        ) : (
          <p className="hint">{t('findings.noSuggestion')}</p>
        )
      ) : null}

      {open && mode === 'edit' ? (
        <EditForm
          finding={f}
          lang={lang}
          onCancel={() => onMode('view')}
          onSave={(text) => {
            onMode('view');
            void run(() => store.edit(f, text), t('findings.announce.edited', { text: f.text, to: text }));
          }}
        />
      ) : null}
      {open && mode === 'reject' ? (
        <RejectForm
          finding={f}
          onCancel={() => onMode('view')}
          onReject={(reason, ignore) => {
            onMode('view');
            void run(() => store.reject(f, reason, ignore), t('findings.announce.rejected', { text: f.text }));
          }}
        />
      ) : null}

      <div className="finding-actions" role="group" aria-label={t('findings.actionsLabel')}>
        {open && preview && preview.length > 1 ? (
          <button type="button" className="button small" disabled={busy} onClick={() => setApplyAll(true)} data-testid="apply-all">
            {t('findings.actions.applyAll', { count: preview.length })}
          </button>
        ) : null}
        {open && mode === 'view' ? (
          <>
            <button type="button" className="button small" aria-keyshortcuts="E" onClick={() => onMode('edit')}>
              {t('findings.actions.edit')}
            </button>
            <button type="button" className="button small" aria-keyshortcuts="R" onClick={() => onMode('reject')}>
              {t('findings.actions.reject')}
            </button>
          </>
        ) : null}
        {!open ? (
          <button
            type="button"
            className="button small"
            disabled={busy}
            onClick={() => void run(() => store.reopen(f), t('findings.announce.reopened', { text: f.text }))}
          >
            {t('findings.actions.reopen')}
          </button>
        ) : null}
        {f.category === 'name-translation' && open ? (
          <button
            type="button"
            className="button small"
            disabled={busy}
            title={t('findings.actions.addToGlossaryHint', { name: f.suggestions.find((s) => s.trim() !== '') ?? f.text, text: f.text })}
            onClick={() =>
              void run(() => store.addNameToGlossary(f), t('findings.announce.addedToGlossary', { name: f.suggestions.find((s) => s.trim() !== '') ?? f.text }))
            }
          >
            {t('findings.actions.addToGlossary')}
          </button>
        ) : null}
      </div>

      {applyAll && preview ? (
        <ApplyToAllDialog
          finding={f}
          suggestion={0}
          occurrences={preview}
          onClose={(applied) => {
            setApplyAll(false);
            if (applied) onAnnounce(t('findings.announce.appliedAll', { count: applied, to: f.suggestions[0] ?? '' }));
          }}
        />
      ) : null}
    </section>
  );
}

function SettledStatus({ finding: f }: { finding: FindingView }) {
  const { t } = useT();
  return (
    <p className={`settled status-${f.status}`}>
      <span className={`status-badge status-${f.status}`}>{statusLabel(t, f.status)}</span>{' '}
      {f.status === 'rejected'
        ? f.rejectReason
          ? t('findings.rejectedBecause', { reason: f.rejectReason })
          : null
        : f.appliedText === ''
          ? t('findings.settledExcluded')
          : t('findings.settledAs', { text: f.appliedText ?? '' })}
    </p>
  );
}
