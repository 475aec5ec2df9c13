// The Export view: formats, which beads, what the project holds, the Export button; then the result
// (files, sizes, record counts, removed characters, skipped pairs, the output folder). The export
// runs as a job: its progress and Cancel are in the top bar too.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { caughtErrorText } from '../../i18n/error-text.js';
import { useT } from '../../i18n/index.js';
import { formatPercent } from '../../i18n/format.js';
import { useStore, useWorkbench } from '../../state/use-workbench.js';
import type { ManyPolicy } from '../../../shared/export/types.js';
import {
  beadsOutlook,
  choicesProblem,
  chosenTags,
  exportRequest,
  expectsNoBeads,
  FORMAT_FILES,
  FORMAT_ORDER,
  parsePercent,
  previewExport,
  toggleFormat,
  type ExportChoices,
  type ExportPreview,
} from './export-model.js';
import { ExportResultPanel } from './ExportResultPanel.js';
import { useExportSession } from './use-export.js';
import '../../styles/export.css';
import '../../styles/inline-codes.css';

export function ExportView() {
  const { t } = useT();
  const { session, state } = useExportSession();
  const { choices, run } = state;
  const running = run.state === 'running';
  const problem = choicesProblem(choices);
  const problemId = useId();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const request = exportRequest(choices);
    if (request) void session.run(request);
  };

  return (
    <section className="export-view" aria-labelledby="export-title">
      <h1 id="export-title" className="export-title">
        {t('export.title')}
      </h1>
      <p className="hint export-intro">{t('export.intro')}</p>
      <form className="export-form" onSubmit={onSubmit} aria-describedby={problem ? problemId : undefined}>
        <div className="export-choices">
          <FormatChoices choices={choices} disabled={running} onChange={(c) => session.setChoices(c)} />
          <ScopeChoice choices={choices} disabled={running} onChange={(c) => session.setChoices(c)} />
          <ManyChoice choices={choices} disabled={running} onChange={(c) => session.setChoices(c)} />
          <TagsChoice choices={choices} disabled={running} onChange={(c) => session.setChoices(c)} />
        </div>
        {/* Beside the choices and kept in view: what will be exported, and the button. */}
        <div className="export-side">
          <ExportPreviewBox choices={choices} />
          <div className="export-actions">
            <button type="submit" className="button primary export-button" disabled={problem !== null || running}>
              {t('export.action')}
            </button>
            {running ? <RunningNote /> : null}
            {problem ? (
              <p id={problemId} className="error-text export-problem">
                {problem === 'noFormat' ? t('export.noFormat') : problem === 'badTags' ? t('export.tags.bad') : t('export.scope.badConfidence')}
              </p>
            ) : null}
          </div>
        </div>
      </form>
      <ExportResultPanel run={run} onDismiss={() => session.dismiss()} />
    </section>
  );
}

function RunningNote() {
  const { t } = useT();
  const store = useStore();
  const job = useWorkbench((s) => s.job);
  const cancellable = job?.kind === 'export' && job.state === 'running';
  return (
    <>
      <span className="export-running" role="status">
        {t('export.running')}
      </span>
      {cancellable ? (
        <button type="button" className="button" onClick={() => void store.cancelJob()}>
          {t('export.cancel')}
        </button>
      ) : null}
    </>
  );
}

function FormatChoices({ choices, disabled, onChange }: { choices: ExportChoices; disabled: boolean; onChange: (c: ExportChoices) => void }) {
  const { t } = useT();
  const baseId = useId();
  return (
    <fieldset className="export-fieldset export-formats" disabled={disabled}>
      <legend>{t('export.formatsLegend')}</legend>
      <ul className="export-format-list">
        {FORMAT_ORDER.map((f) => {
          const id = `${baseId}-${f}`;
          return (
            <li key={f} className="export-format">
              <input
                id={id}
                type="checkbox"
                name="format"
                value={f}
                checked={choices.formats.includes(f)}
                aria-describedby={`${id}-desc`}
                onChange={(e) => onChange({ ...choices, formats: toggleFormat(choices.formats, f, e.currentTarget.checked) })}
              />
              <label htmlFor={id} className="export-format-name">
                {t(`export.formats.${f}.name`)}
              </label>
              <span id={`${id}-desc`} className="export-format-desc">
                {t(`export.formats.${f}.desc`)}
                <code className="export-format-files">{FORMAT_FILES[f]}</code>
              </span>
            </li>
          );
        })}
      </ul>
      <div className="export-format-bulk">
        <button type="button" className="link-button" onClick={() => onChange({ ...choices, formats: FORMAT_ORDER })}>
          {t('export.selectAll')}
        </button>
        <button type="button" className="link-button" onClick={() => onChange({ ...choices, formats: [] })}>
          {t('export.selectNone')}
        </button>
      </div>
    </fieldset>
  );
}

function ScopeChoice({ choices, disabled, onChange }: { choices: ExportChoices; disabled: boolean; onChange: (c: ExportChoices) => void }) {
  const { t } = useT();
  const id = useId();
  const bad = choices.scope === 'all' && parsePercent(choices.minConfidence) === null;
  return (
    <fieldset className="export-fieldset export-scope" disabled={disabled}>
      <legend>{t('export.scope.legend')}</legend>
      <div className="export-radio">
        <input
          id={`${id}-confirmed`}
          type="radio"
          name="scope"
          value="confirmed"
          checked={choices.scope === 'confirmed'}
          aria-describedby={`${id}-confirmed-hint`}
          onChange={() => onChange({ ...choices, scope: 'confirmed' })}
        />
        <label htmlFor={`${id}-confirmed`}>{t('export.scope.confirmed')}</label>
        <span id={`${id}-confirmed-hint`} className="hint">
          {t('export.scope.confirmedHint')}
        </span>
      </div>
      <div className="export-radio">
        <input
          id={`${id}-all`}
          type="radio"
          name="scope"
          value="all"
          checked={choices.scope === 'all'}
          aria-describedby={`${id}-all-hint`}
          onChange={() => onChange({ ...choices, scope: 'all' })}
        />
        <label htmlFor={`${id}-all`}>{t('export.scope.all')}</label>
        <span id={`${id}-all-hint`} className="hint">
          {t('export.scope.allHint')}
        </span>
      </div>
      <div className="export-min-confidence">
        <label htmlFor={`${id}-min`}>{t('export.scope.minConfidence')}</label>
        <input
          id={`${id}-min`}
          type="number"
          min={0}
          max={100}
          step={5}
          inputMode="decimal"
          value={choices.minConfidence}
          disabled={choices.scope !== 'all'}
          aria-invalid={bad || undefined}
          onChange={(e) => onChange({ ...choices, minConfidence: e.currentTarget.value })}
        />
        <span aria-hidden="true">%</span>
      </div>
    </fieldset>
  );
}

const MANY_OPTIONS: readonly ManyPolicy[] = ['paragraph', 'split', 'omit'];
/** Examples of regional tags in the empty fields (tags are not translated). */
const TAG_EXAMPLES = ['en-GB', 'fr-CA'] as const;

function ManyChoice({ choices, disabled, onChange }: { choices: ExportChoices; disabled: boolean; onChange: (c: ExportChoices) => void }) {
  const { t } = useT();
  const id = useId();
  const current = choices.many ?? 'paragraph';
  return (
    <fieldset className="export-fieldset export-many" disabled={disabled}>
      <legend>{t('export.many.legend')}</legend>
      {MANY_OPTIONS.map((m) => (
        <div className="export-radio" key={m}>
          <input
            id={`${id}-${m}`}
            type="radio"
            name="many"
            value={m}
            checked={current === m}
            aria-describedby={`${id}-${m}-hint`}
            onChange={() => onChange({ ...choices, many: m })}
          />
          <label htmlFor={`${id}-${m}`}>{t(`export.many.${m}`)}</label>
          <span id={`${id}-${m}-hint`} className="hint">
            {t(`export.many.${m}Hint`)}
          </span>
        </div>
      ))}
    </fieldset>
  );
}

function TagsChoice({ choices, disabled, onChange }: { choices: ExportChoices; disabled: boolean; onChange: (c: ExportChoices) => void }) {
  const { t } = useT();
  const id = useId();
  const store = useStore();
  const project = useWorkbench((s) => s.snapshot?.project);
  // What the last "use as the project's languages" said (checked by the service).
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const typed = chosenTags(choices);
  const bad = typed === null;
  const projectTags = project?.languageTags ?? null;
  const bare = project && project.languages.length >= 2 ? [project.languages[0]!, project.languages[1]!] : null;
  const shown = projectTags ?? bare;
  const setProjectTags = async () => {
    if (!typed || typed.length !== 2) return;
    try {
      const info = await store.bridge.call('setLanguageTags', { tags: typed });
      const [source, target] = info.languageTags ?? typed;
      setOutcome({ ok: true, text: t('export.tags.setDone', { source, target }) });
    } catch (err) {
      setOutcome({ ok: false, text: caughtErrorText(t, err) });
    }
  };
  return (
    <fieldset className="export-fieldset export-tags" disabled={disabled} aria-describedby={`${id}-hint`}>
      <legend>{t('export.tags.legend')}</legend>
      <label htmlFor={`${id}-src`}>{t('export.tags.source')}</label>
      <input
        id={`${id}-src`}
        className="export-tag"
        type="text"
        size={8}
        spellCheck={false}
        placeholder={projectTags?.[0] ?? TAG_EXAMPLES[0]}
        value={choices.srcTag ?? ''}
        aria-invalid={bad || undefined}
        onChange={(e) => {
          setOutcome(null);
          onChange({ ...choices, srcTag: e.currentTarget.value });
        }}
      />
      <label htmlFor={`${id}-tgt`}>{t('export.tags.target')}</label>
      <input
        id={`${id}-tgt`}
        className="export-tag"
        type="text"
        size={8}
        spellCheck={false}
        placeholder={projectTags?.[1] ?? TAG_EXAMPLES[1]}
        value={choices.tgtTag ?? ''}
        aria-invalid={bad || undefined}
        onChange={(e) => {
          setOutcome(null);
          onChange({ ...choices, tgtTag: e.currentTarget.value });
        }}
      />
      <button type="button" className="export-tags-set" disabled={!typed || typed.length !== 2} onClick={() => void setProjectTags()}>
        {t('export.tags.setProject')}
      </button>
      {shown ? (
        <p className="export-tags-project" data-testid="project-language-tags">
          {projectTags
            ? t('export.tags.project', { source: shown[0], target: shown[1] })
            : t('export.tags.projectBare', { source: shown[0], target: shown[1] })}
        </p>
      ) : null}
      {outcome ? (
        <p className={outcome.ok ? 'hint' : 'export-warning'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      ) : null}
      <p id={`${id}-hint`} className="hint">
        {t('export.tags.hint')}
      </p>
    </fieldset>
  );
}

function ExportPreviewBox({ choices }: { choices: ExportChoices }) {
  const { t, i18n } = useT();
  const pairs = useWorkbench((s) => s.snapshot?.pairs);
  const nativeDialogs = useWorkbench((s) => s.snapshot?.capabilities.nativeDialogs ?? false);
  const preview: ExportPreview = useMemo(() => previewExport(pairs ?? []), [pairs]);
  const titleId = useId();
  const min = parsePercent(choices.minConfidence);
  const notAligned = preview.pairs - preview.aligned;
  // The same counts as the list above; when none can go in, why (and no "at most 0").
  const outlook = beadsOutlook(choices, preview);
  const warning = expectsNoBeads(choices, preview) && outlook.reason ? t(`export.summary.${outlook.reason}`) : null;

  return (
    <section className="export-preview" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('export.summary.title')}</h2>
      <ul className="export-counts" data-testid="export-counts">
        <li>
          {t('export.summary.pairs', { count: preview.pairs })}
          {notAligned > 0 ? <span className="hint"> ({t('export.summary.notAligned', { count: notAligned })})</span> : null}
        </li>
        <li>{t('export.summary.beads', { count: preview.beads })}</li>
        <li>{t('export.summary.confirmed', { count: preview.confirmed })}</li>
      </ul>
      {outlook.count > 0 ? (
        <p>
          {choices.scope === 'confirmed'
            ? t('export.summary.selectionConfirmed', { count: outlook.count })
            : t('export.summary.selectionAll', { count: outlook.count, min: formatPercent(i18n.language, min ?? 0) })}
        </p>
      ) : null}
      {preview.versionPairs > 0 ? <p className="hint">{t('export.summary.versionPairs', { count: preview.versionPairs })}</p> : null}
      {preview.rejectedPairs > 0 ? <p className="hint">{t('export.summary.rejectedPairs', { count: preview.rejectedPairs })}</p> : null}
      {warning ? <p className="export-warning">{warning}</p> : null}
      <p className="hint">{nativeDialogs ? t('export.summary.whereDialog') : t('export.summary.whereBrowser')}</p>
    </section>
  );
}
