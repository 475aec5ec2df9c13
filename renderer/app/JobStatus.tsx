// The running job in the top bar: what it is, a progress bar, and Cancel. Finished jobs say so
// briefly; failures stay until the next job so the editor can read them.
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import type { JobInfo } from '../../shared/api/contract.js';
import { useT } from '../i18n/index.js';
import { errorText } from '../i18n/error-text.js';
import { formatPercent } from '../i18n/format.js';
import { useStore, useWorkbench } from '../state/use-workbench.js';

const DONE_VISIBLE_MS = 4000;

function jobLabel(t: TFunction, kind: string): string {
  if (kind === 'import') return t('job.kinds.import');
  if (kind === 'detect') return t('job.kinds.detect');
  if (kind === 'pair') return t('job.kinds.pair');
  if (kind === 'align') return t('job.kinds.align');
  if (kind === 'check') return t('job.kinds.check');
  if (kind === 'export') return t('job.kinds.export');
  return t('job.kinds.other');
}

/** The whole job's name: an import made of steps (pairing, checks) says so. */
function wholeLabel(t: TFunction, job: JobInfo): string {
  return job.kind === 'import' && job.stage ? t('job.kinds.importAndCheck') : jobLabel(t, job.kind);
}

export function JobStatus() {
  const { t } = useT();
  const store = useStore();
  const job = useWorkbench((s) => s.job);
  const [hiddenId, setHiddenId] = useState<string | null>(null);

  useEffect(() => {
    if (!job || job.state === 'running' || job.state === 'failed') return;
    const timer = setTimeout(() => setHiddenId(job.id + job.state), DONE_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [job]);

  if (!job || hiddenId === job.id + job.state) return null;
  const label = wholeLabel(t, job);
  return (
    <div className={`job-status job-${job.state}`} role="group" aria-label={t('job.label')}>
      <JobText t={t} job={job} />
      {job.state === 'running' ? (
        <>
          <progress max={Math.max(job.total, 1)} value={job.total > 0 ? job.done : undefined} aria-label={label} />
          <button type="button" className="button small" aria-label={t('job.cancelLabel', { label })} onClick={() => void store.cancelJob()}>
            {t('job.cancel')}
          </button>
        </>
      ) : null}
    </div>
  );
}

/**
 * A running job's share done, in whole percent: never 100 before it ends, null while its size is
 * unknown. The services count in their own units (hundredths of a rule run for checks, two steps
 * per document for pairing, output steps for exports), which mean nothing to an editor.
 */
export function jobPercent(job: JobInfo): number | null {
  if (!(job.total > 0)) return null;
  return Math.max(0, Math.min(99, Math.floor((100 * job.done) / job.total)));
}

/** How far a running job is: files for an import's reading (its units are files), a percentage otherwise. */
function progressText(t: TFunction, job: JobInfo, lng: string): string | null {
  // A staged import's reading step counts files from 0 (its total also covers the later steps);
  // done is fractional while a large file is analysed: the bar moves, the text counts whole files.
  if (job.kind === 'import' && (!job.stage || job.stage.kind === 'import'))
    return job.stage ? t('job.filesRead', { count: Math.floor(job.done) }) : t('job.files', { done: Math.floor(job.done), count: job.total });
  const percent = jobPercent(job);
  return percent === null ? null : formatPercent(lng, percent / 100);
}

/** What the top bar says about a job: its step while it runs in steps, how far it is, then how it ended. */
export function jobStatusText(t: TFunction, job: JobInfo, lng: string): string {
  const label = wholeLabel(t, job);
  if (job.state === 'running') {
    const what = job.stage ? t('job.stageProgress', { stage: jobLabel(t, job.stage.kind), step: job.stage.index + 1, steps: job.stage.count }) : label;
    const progress = progressText(t, job, lng);
    return progress === null ? what : t('job.progress', { label: what, progress });
  }
  if (job.state === 'done') return t('job.finished', { label });
  if (job.state === 'cancelled') return t('job.cancelled', { label });
  return t('job.failed', { label, error: job.error ? errorText(t, job.error) : t('errors.internal') });
}

function JobText({ t, job }: { t: TFunction; job: JobInfo }) {
  const { i18n } = useT();
  return (
    <span className="job-text" role="status">
      {jobStatusText(t, job, i18n.language)}
    </span>
  );
}
